#!/usr/bin/env node
import { redact } from "@orderbridge/core/redact";
import { describeError, runCli } from "./program.js";

// Whatever escapes a command (a stray rejection in a library) is reported like any unexpected error:
// its name and message, the stack only with ORDERBRIDGE_LOG=debug; never Node's raw dump.
const onUnexpected = (error: unknown) => {
  process.stderr.write(`orderbridge: ${redact(describeError(error, process.env))}\n`);
  process.exit(1);
};
process.on("uncaughtException", onUnexpected);
// A reader that stops early (`orderbridge export | head`) closes the pipe: that ends the output, it is no error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    onUnexpected(error);
  });
}
process.on("unhandledRejection", onUnexpected);

const status = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = status;
