import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** One comparison, as written to bench/results.json. */
export interface BenchResult {
  name: string;
  /** Unit of `value` and `baseline` (e.g. "req/s", "orders/s", "ms", "MiB"). */
  unit: string;
  value: number;
  baseline: number;
  /** value / baseline. */
  ratio: number;
  /** The target, in words and as the bound the ratio is checked against. */
  target: string;
  met: boolean;
  /** A figure kept for information: it has no target, and `met` means nothing. */
  informational?: boolean;
  /** Anything a reader needs to interpret the figure (sizes, repetitions, what the baseline is). */
  notes?: string;
}

export const RESULTS_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../results.json");

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Times `subject` and `baseline` alternately (baseline, subject, baseline, subject, …) so that drift in
 * the machine's load hits both alike, and returns the median duration of each in milliseconds.
 */
export async function alternate(
  repetitions: number,
  baseline: () => Promise<unknown> | unknown,
  subject: () => Promise<unknown> | unknown,
): Promise<{ baselineMs: number; subjectMs: number; baselineRuns: number[]; subjectRuns: number[] }> {
  const baselineRuns: number[] = [];
  const subjectRuns: number[] = [];
  // One untimed round of each warms the JIT and any caches.
  await baseline();
  await subject();
  for (let i = 0; i < repetitions; i++) {
    const order = i % 2 === 0 ? ([baseline, subject] as const) : ([subject, baseline] as const);
    for (const fn of order) {
      globalThis.gc?.();
      const started = performance.now();
      await fn();
      const elapsed = performance.now() - started;
      (fn === baseline ? baselineRuns : subjectRuns).push(elapsed);
    }
  }
  return { baselineMs: median(baselineRuns), subjectMs: median(subjectRuns), baselineRuns, subjectRuns };
}

/** A throughput comparison: higher is better; `minRatio` is the target's bound. */
export function throughputResult(options: {
  name: string;
  unit: string;
  work: number;
  subjectMs: number;
  baselineMs: number;
  minRatio: number;
  target: string;
  notes?: string;
}): BenchResult {
  const value = round((options.work / options.subjectMs) * 1000);
  const baseline = round((options.work / options.baselineMs) * 1000);
  const ratio = round(value / baseline, 3);
  return {
    name: options.name,
    unit: options.unit,
    value,
    baseline,
    ratio,
    target: options.target,
    met: ratio >= options.minRatio,
    ...(options.notes ? { notes: options.notes } : {}),
  };
}

/** A cost comparison (time, memory): lower is better; `maxRatio` is the target's bound. */
export function costResult(options: {
  name: string;
  unit: string;
  value: number;
  baseline: number;
  maxRatio: number;
  target: string;
  notes?: string;
}): BenchResult {
  const ratio = round(options.value / options.baseline, 3);
  return {
    name: options.name,
    unit: options.unit,
    value: round(options.value),
    baseline: round(options.baseline),
    ratio,
    target: options.target,
    met: ratio <= options.maxRatio,
    ...(options.notes ? { notes: options.notes } : {}),
  };
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function formatTable(results: readonly BenchResult[]): string {
  const header = ["benchmark", "value", "baseline", "ratio", "target", "met"];
  const rows = results.map((r) => [
    r.name,
    `${r.value} ${r.unit}`,
    `${r.baseline} ${r.unit}`,
    String(r.ratio),
    r.target,
    r.informational ? "-" : r.met ? "yes" : "NO",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

export async function writeResults(results: readonly BenchResult[]): Promise<void> {
  await mkdir(path.dirname(RESULTS_PATH), { recursive: true });
  await writeFile(RESULTS_PATH, `${JSON.stringify(results, null, 2)}\n`);
}
