import { PassThrough, Readable } from "node:stream";
import type { Env } from "@orderbridge/core";
import type { CliIo } from "../../src/io.js";
import { runCli } from "../../src/program.js";

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output (not a TTY, so progress is plain lines). */
export async function run(
  argv: string[],
  options: { env?: Env; stdin?: string; cwd?: string } = {},
): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (chunk) => {
    out += chunk;
  });
  stderr.on("data", (chunk) => {
    err += chunk;
  });
  const io: CliIo = {
    stdin: Readable.from([options.stdin ?? ""]),
    stdout,
    stderr,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
  };
  const status = await runCli(argv, io);
  return { status, stdout: out, stderr: err };
}
