/**
 * Runs `orderbridge sync` in this (child) process and reports its wall time and peak RSS to the parent
 * over IPC. The CLI's stdout and stderr are kept (and returned on failure) but not printed.
 */
import { Writable } from "node:stream";
import { runCli } from "orderbridge";

// Module loading is not what the benchmark times: everything `orderbridge sync` loads lazily is loaded first
// (the same files, so the command's own imports find them in the module cache).
await Promise.all([
  import(new URL("./commands/sync.js", import.meta.resolve("orderbridge")).href),
  import("@orderbridge/store"),
  import("@orderbridge/yopoint"),
  import("@orderbridge/baifude"),
  import("@orderbridge/yikayi"),
  import("@orderbridge/orders"),
  import("better-sqlite3"),
  import("pg"),
]);

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
const { heapTotal, heapUsed, external } = process.memoryUsage();
process.send?.({
  status,
  ms,
  maxRssKiB: process.resourceUsage().maxRSS,
  heapTotal,
  heapUsed,
  external,
  output,
});
process.disconnect?.();
