import { parseArgs } from "node:util";
import { benchClientOverhead } from "./client-overhead.js";
import { benchColdStart } from "./cold-start.js";
import { type BenchResult, formatTable, RESULTS_PATH, writeResults } from "./harness.js";
import { benchLatency } from "./latency.js";
import { benchNormalization } from "./normalization.js";
import { benchNotifications } from "./notifications.js";
import { benchReport } from "./report.js";
import { benchSync } from "./sync.js";
import { benchWorkers } from "./workers.js";

const { values } = parseArgs({
  options: { quick: { type: "boolean", default: false }, only: { type: "string" } },
  allowPositionals: true,
});
const quick = values.quick ?? false;

const suites: [string, (quick: boolean) => Promise<BenchResult[]>][] = [
  ["client", benchClientOverhead],
  ["normalization", benchNormalization],
  ["sync", benchSync],
  ["latency", benchLatency],
  ["cold-start", benchColdStart],
  ["notifications", benchNotifications],
  ["report", benchReport],
  ["workers", benchWorkers],
];

const results: BenchResult[] = [];
for (const [name, suite] of suites) {
  if (values.only && !values.only.split(",").includes(name)) continue;
  const started = performance.now();
  process.stderr.write(`bench: ${name}${quick ? " (quick)" : ""}…\n`);
  results.push(...(await suite(quick)));
  process.stderr.write(`bench: ${name} took ${Math.round((performance.now() - started) / 1000)} s\n`);
}
await writeResults(results);
process.stdout.write(`${formatTable(results)}\n\nwritten to ${RESULTS_PATH}\n`);
