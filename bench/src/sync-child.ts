/**
 * Runs `orderbridge sync` in this (child) process and reports its wall time and peak RSS to the parent
 * over IPC. The CLI's stdout and stderr are kept (and returned on failure) but not printed.
 */
import { Writable } from "node:stream";
import { runCli } from "orderbridge";

let output = "";
const sink = new Writable({
  write(chunk, _encoding, done) {
    if (output.length < 20_000) output += String(chunk);
    done();
  },
});
const started = performance.now();
const status = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: sink,
  stderr: sink,
  env: process.env,
  cwd: process.cwd(),
});
const ms = performance.now() - started;
// maxRSS is in KiB.
process.send?.({ status, ms, maxRssKiB: process.resourceUsage().maxRSS, output });
process.disconnect?.();
