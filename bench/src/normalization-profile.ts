/**
 * Where the time of `normalize` goes, per kind of sale: µs per record of each step on the same pages as
 * benchmark 2, each timed on its own (best of the rounds, a forced GC before each). Not part of `pnpm bench`:
 * `pnpm --filter @orderbridge/bench bench:normalization-profile` after `pnpm build`.
 */
import { parseJsonLossless } from "@orderbridge/core";
import { normalize, validators as orderValidators } from "@orderbridge/orders";
import { CASES, kindPages } from "./normalization.js";

const COUNT = 30_000;
const ROUNDS = 9;

function best(run: () => unknown): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let round = 0; round < ROUNDS; round++) {
    globalThis.gc?.();
    const started = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return (fastest * 1000) / COUNT;
}

const rows: string[][] = [];
for (const c of CASES) {
  const pages = kindPages(c, COUNT);
  const trees = pages.map((text) => parseJsonLossless(text) as unknown[]);
  const orders = trees.flat().map((record) => normalize(c.vendor, record, { kind: c.kind }).order);
  const jsonParse = best(() => {
    for (const text of pages) JSON.parse(text);
  });
  const lossless = best(() => {
    for (const text of pages) parseJsonLossless(text);
  });
  // normalize never changes its record: every round reads the same parsed trees.
  const whole = best(() => {
    for (const page of trees) for (const record of page) normalize(c.vendor, record, { kind: c.kind });
  });
  const orderCheck = best(() => {
    for (const order of orders) orderValidators.isOrder(order);
  });
  rows.push([
    `${c.vendor} ${c.kind}`,
    jsonParse.toFixed(2),
    lossless.toFixed(2),
    (lossless - jsonParse).toFixed(2),
    whole.toFixed(2),
    orderCheck.toFixed(2),
    (jsonParse / (lossless + whole)).toFixed(2),
  ]);
}
const header = [
  "kind",
  "JSON.parse µs",
  "parseJsonLossless µs",
  "(lossless extra)",
  "normalize µs (check, map, Order check)",
  "(of which Order check)",
  "ratio",
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join("  ");
console.log([line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n"));
console.log(
  `\nµs per record, best of ${ROUNDS} rounds of ${COUNT} records per kind; Node ${process.version}`,
);
