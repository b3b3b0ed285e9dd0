import { existsSync, realpathSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

let cached: string | undefined;

/**
 * How the user runs this CLI, for the commands it prints (`next: … export …`, `run … demo`): inside a
 * clone of the repository the README's `pnpm orderbridge …`, installed as a package `orderbridge …`.
 * A clone is told apart by the workspace file beside `packages/` and by not living in `node_modules`.
 */
export function commandName(): string {
  if (cached) return cached;
  // src/ and dist/ both sit two levels below the repository root: packages/cli/<here>.
  const here = path.dirname(fileURLToPath(import.meta.url));
  let inClone = false;
  try {
    const real = realpathSync(here);
    inClone =
      !real.split(path.sep).includes("node_modules") &&
      existsSync(path.resolve(real, "../../..", "pnpm-workspace.yaml"));
  } catch {
    inClone = false;
  }
  cached = inClone ? "pnpm orderbridge" : "orderbridge";
  return cached;
}
