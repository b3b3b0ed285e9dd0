import { spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { alternate, type BenchResult, costResult, round } from "./harness.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const BIN = path.join(ROOT, "packages/cli/dist/bin.js");

function runNode(args: string[], input?: string): void {
  const result = spawnSync(process.execPath, args, { input, encoding: "utf8" });
  if (result.status !== 0)
    throw new Error(`node ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
}

/** 5. Cold start: `orderbridge --version` and `orderbridge normalize` on one order, against `node -e 0`. */
export async function benchColdStart(quick: boolean): Promise<BenchResult[]> {
  const repetitions = quick ? 7 : 21;
  const order = await readFile(
    path.join(ROOT, "packages/yikayi/test/fixtures/Get_GoodsBillPaged.seed.json"),
    "utf8",
  );
  const version = await alternate(
    repetitions,
    () => runNode(["-e", "0"]),
    () => runNode([BIN, "--version"]),
  );
  const normalize = await alternate(
    repetitions,
    () => runNode(["-e", "0"]),
    () => runNode([BIN, "normalize", "--vendor", "yikayi"], order),
  );
  const notes = `median of ${repetitions} alternating runs of each`;
  return [
    costResult({
      name: "cold start: orderbridge --version",
      unit: "ms",
      value: version.subjectMs,
      baseline: version.baselineMs,
      maxRatio: 3,
      target: "< 3x node -e 0",
      notes: `${notes}; ${round(version.subjectMs - version.baselineMs)} ms over node -e 0`,
    }),
    costResult({
      name: "cold start: orderbridge normalize (one order)",
      unit: "ms",
      value: normalize.subjectMs,
      baseline: normalize.baselineMs,
      maxRatio: 2,
      target: "< 2x node -e 0",
      notes: `${notes}; ${round(normalize.subjectMs - normalize.baselineMs)} ms over node -e 0`,
    }),
  ];
}
