import { readFile } from "node:fs/promises";
import path from "node:path";
import { ConfigError } from "@orderbridge/core/errors";

interface SystemError extends Error {
  code?: string;
  path?: string;
  syscall?: string;
}

const REASONS: Record<string, (file: string, action: string) => string> = {
  EISDIR: (file, action) =>
    action === "write"
      ? `${file} is a folder, not a file: give a file name (e.g. ${path.join(file, "orders.csv")})`
      : `${file} is a folder, not a file`,
  ENOENT: (file, action) =>
    action === "write"
      ? `the folder ${path.dirname(file)} does not exist: create it or check the path`
      : `${file} does not exist: check the path`,
  ENOTDIR: (file) => `a part of ${file} is a file, not a folder: check the path`,
  EACCES: (file) => `permission denied on ${file}: check its permissions or choose another path`,
  EPERM: (file) => `not permitted on ${file}: check its permissions or choose another path`,
  EROFS: (file) => `${file} is on a read-only file system: choose another path`,
  ENOSPC: (file) => `no space left on the device of ${file}: free some space or choose another path`,
};

/**
 * A file-system error (`EISDIR`, `ENOENT`, `EACCES`, …) as a sentence that names the path, the cause and
 * the fix; `undefined` for any other error.
 *
 * @example
 * describeFileError(error, "write", "--out") // "cannot write --out /tmp: /tmp is a folder, not a file: …"
 */
export function describeFileError(
  error: unknown,
  action?: "read" | "write",
  what?: string,
): string | undefined {
  const e = error as SystemError;
  if (!(error instanceof Error) || typeof e.code !== "string" || !REASONS[e.code]) return undefined;
  const file = e.path ?? "(unknown path)";
  const verb = action ?? (e.syscall === "open" || e.syscall === "read" ? "open" : (e.syscall ?? "use"));
  return `cannot ${verb}${what ? ` ${what}` : ""} ${file}: ${REASONS[e.code]!(file, action ?? "read")}`;
}

/** Reads a text file the user named, failing with a sentence that names it (exit 1). */
export async function readTextFile(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    throw new ConfigError(
      describeFileError(error, "read", what) ?? `cannot read ${what} ${file}: ${String(error)}`,
    );
  }
}
