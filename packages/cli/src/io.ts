import type { Env } from "@orderbridge/core";

/** What a command reads and writes: the process's streams and environment, or a test's. */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Env;
  cwd: string;
}
