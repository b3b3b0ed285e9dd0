#!/usr/bin/env node
// A committed shim, so pnpm can link the bin before `dist/` is built (as on a fresh clone).
import { fileURLToPath } from "node:url";

const entry = new URL("../dist/bin.js", import.meta.url);
try {
  await import(entry.href);
} catch (error) {
  if (error?.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes(fileURLToPath(entry))) {
    process.stderr.write(
      "orderbridge: not built yet: run `pnpm build` (or `pnpm demo`, which builds first) in the repository root\n",
    );
    process.exit(1);
  }
  throw error;
}
