import { parseJsonLossless, stringifyJsonLossless } from "@orderbridge/core";
import { createBaifudeSimulator } from "@orderbridge/mocks/baifude";
import { createYikayiSimulator } from "@orderbridge/mocks/yikayi";
import { createYopointSimulator } from "@orderbridge/mocks/yopoint";
import { normalize, type OrderKind, type Vendor } from "@orderbridge/orders";
import { alternate, type BenchResult, throughputResult } from "./harness.js";

/** Orders per JSON text: one vendor page. */
const PAGE = 100;

export interface KindCase {
  vendor: Vendor;
  kind: OrderKind;
  /** The simulator's record `i` of this kind, as it puts it on the wire. */
  recordAt(count: number): (i: number) => unknown;
}

export const CASES: KindCase[] = [
  {
    vendor: "yopoint",
    kind: "cabinet",
    recordAt: (count) => {
      const sim = createYopointSimulator({ orderCount: count, consumerOrderCount: 1 });
      return (i) => sim.orderAt(i);
    },
  },
  {
    vendor: "yopoint",
    kind: "vending",
    recordAt: (count) => {
      const sim = createYopointSimulator({ orderCount: 1, consumerOrderCount: count });
      return (i) => sim.consumerOrderAt(i);
    },
  },
  {
    vendor: "baifude",
    kind: "welfare_mall",
    recordAt: (count) => {
      const sim = createBaifudeSimulator({ orderCount: count });
      return (i) => sim.payOrder(i);
    },
  },
  {
    vendor: "yikayi",
    kind: "online_mall",
    recordAt: (count) => {
      const sim = createYikayiSimulator({ orderCount: count, consumeNoteCount: 1 });
      return (i) => sim.goodsBill(i);
    },
  },
  {
    vendor: "yikayi",
    kind: "in_store",
    recordAt: (count) => {
      const sim = createYikayiSimulator({ orderCount: 1, consumeNoteCount: count });
      // A sale as the client's sales() yields it: the note and its lines.
      return (i) => ({ note: sim.consumeNote(i), items: sim.consumeNoteItems(i) });
    },
  },
];

/** The generated records as JSON texts of {@link PAGE} records each (decimals keep their wire text). */
export function kindPages(c: KindCase, count: number): string[] {
  const at = c.recordAt(count);
  const pages: string[] = [];
  for (let from = 0; from < count; from += PAGE) {
    const records = [];
    for (let i = from; i < Math.min(from + PAGE, count); i++) records.push(at(i));
    pages.push(stringifyJsonLossless(records));
  }
  return pages;
}

/**
 * What a sync does with the bytes of a page (the clients yield records unvalidated, `validate: false`, and
 * `normalize` decodes each one tolerantly): lossless parse, then `normalize` with the stream's kind — the
 * compiled vendor-record check, the mapper, the compiled Order check.
 */
function normalizePages(c: KindCase, pages: readonly string[]): number {
  let orders = 0;
  const options = { kind: c.kind };
  for (const text of pages) {
    for (const record of parseJsonLossless(text) as unknown[]) {
      const { order } = normalize(c.vendor, record, options);
      orders += order.totalAmount >= 0 ? 1 : 0;
    }
  }
  return orders;
}

function parsePages(pages: readonly string[]): number {
  let orders = 0;
  for (const text of pages) orders += (JSON.parse(text) as unknown[]).length;
  return orders;
}

/**
 * 2. Normalization: unified Orders per second for each kind of sale (every vendor, each of its kinds), from the
 * bytes of 30k generated records, against `JSON.parse` alone of the same bytes. Target: the whole of it costs at
 * most 2x the parse (ratio ≥ 0.5). Repeated until the medians are steady (two runs agree within 10%).
 */
export async function benchNormalization(quick: boolean): Promise<BenchResult[]> {
  const count = quick ? 30_000 : 100_000;
  const repetitions = quick ? 9 : 11;
  const results: BenchResult[] = [];
  for (const c of CASES) {
    const pages = kindPages(c, count);
    const bytes = pages.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    const check = normalizePages(c, pages);
    if (check !== count) throw new Error(`${c.vendor} ${c.kind}: ${check} of ${count} orders normalized`);
    const timing = await alternate(
      repetitions,
      () => parsePages(pages),
      () => normalizePages(c, pages),
    );
    results.push(
      throughputResult({
        name: `normalization: ${c.vendor} ${c.kind} (bytes -> validated Orders) vs JSON.parse`,
        unit: "orders/s",
        work: count,
        subjectMs: timing.subjectMs,
        baselineMs: timing.baselineMs,
        minRatio: 0.5,
        target: "<= 2x the parse (ratio >= 0.5)",
        notes: `${count} generated ${c.kind} records in pages of ${PAGE} (${Math.round(bytes / 2 ** 20)} MiB, ${Math.round(bytes / count)} bytes per record); subject: parseJsonLossless + normalize (compiled record check, mapper, compiled Order check), as in a sync; baseline: JSON.parse of the same texts; median of ${repetitions} alternating runs of each`,
      }),
    );
  }
  return results;
}
