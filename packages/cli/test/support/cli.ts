import { spawn } from "node:child_process";
import path from "node:path";

/** The built command, as a user runs it (`pnpm orderbridge …` runs this file). */
export const BIN = path.resolve(import.meta.dirname, "../../dist/bin.js");

export interface Spawned {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Everything the child said, for assertion messages. */
  said: string;
}

/**
 * Runs the built CLI in a child process (where exit statuses and messages are what a user sees) and resolves when
 * it exits, with everything it printed.
 */
export function spawnCli(
  args: readonly string[],
  options: { env?: Record<string, string | undefined>; cwd?: string } = {},
): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? process.cwd(),
      env: { ...process.env, ORDERBRIDGE_LOG: "", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.once("error", reject);
    child.once("close", (status) =>
      resolve({
        status,
        stdout,
        stderr,
        said: `$ orderbridge ${args.join(" ")}\nexit ${status}\nstdout:\n${stdout}\nstderr:\n${stderr}`,
      }),
    );
  });
}
