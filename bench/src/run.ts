import { parseArgs } from "node:util";
import { benchColdStart } from "./cold-start.js";
import { type BenchResult, formatTable, RESULTS_PATH, writeResults } from "./harness.js";

const { values } = parseArgs({
  options: { quick: { type: "boolean", default: false }, only: { type: "string" } },
  allowPositionals: true,
});
const quick = values.quick ?? false;

const suites: [string, (quick: boolean) => Promise<BenchResult[]>][] = [["cold-start", benchColdStart]];

const results: BenchResult[] = [];
for (const [name, suite] of suites) {
  if (values.only && !values.only.split(",").includes(name)) continue;
  process.stderr.write(`bench: ${name}${quick ? " (quick)" : ""}…\n`);
  results.push(...(await suite(quick)));
}
await writeResults(results);
process.stdout.write(`${formatTable(results)}\n\nwritten to ${RESULTS_PATH}\n`);
