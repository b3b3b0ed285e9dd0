import { createRequire } from "node:module";

/** The CLI's version, from its package.json (read once, without a JSON import assertion). */
export const version: string = (createRequire(import.meta.url)("../package.json") as { version: string })
  .version;
