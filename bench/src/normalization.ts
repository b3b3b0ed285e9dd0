import { BaifudePayOrderSchema } from "@orderbridge/baifude";
import { parseJsonLossless, stringifyJsonLossless } from "@orderbridge/core";
import { createBaifudeSimulator } from "@orderbridge/mocks/baifude";
import { createYikayiSimulator } from "@orderbridge/mocks/yikayi";
import { createYopointSimulator } from "@orderbridge/mocks/yopoint";
import { normalize, type Vendor } from "@orderbridge/orders";
import { YikayiGoodsBillSchema } from "@orderbridge/yikayi";
import { YopointCabinetOrderSchema } from "@orderbridge/yopoint";
import { alternate, type BenchResult, throughputResult } from "./harness.js";

/** Orders per JSON text: one vendor page. */
const PAGE = 100;

interface VendorCase {
  vendor: Vendor;
  /** What the vendor client validates each record with before yielding it. */
  schema: { safeParse(value: unknown): { success: true; data: unknown } | { success: false } };
  /** The simulator's order `i`, as it puts it on the wire. */
  orderAt(count: number): (i: number) => unknown;
}

const CASES: VendorCase[] = [
  {
    vendor: "yopoint",
    schema: YopointCabinetOrderSchema,
    orderAt: (count) => {
      const sim = createYopointSimulator({ orderCount: count });
      return (i) => sim.orderAt(i);
    },
  },
  {
    vendor: "baifude",
    schema: BaifudePayOrderSchema,
    orderAt: (count) => {
      const sim = createBaifudeSimulator({ orderCount: count });
      return (i) => sim.payOrder(i);
    },
  },
  {
    vendor: "yikayi",
    schema: YikayiGoodsBillSchema,
    orderAt: (count) => {
      const sim = createYikayiSimulator({ orderCount: count });
      return (i) => sim.goodsBill(i);
    },
  },
];

/** The generated orders as JSON texts of {@link PAGE} orders each (decimals keep their wire text). */
export function vendorPages(c: VendorCase, count: number): string[] {
  const at = c.orderAt(count);
  const pages: string[] = [];
  for (let from = 0; from < count; from += PAGE) {
    const records = [];
    for (let i = from; i < Math.min(from + PAGE, count); i++) records.push(at(i));
    pages.push(stringifyJsonLossless(records));
  }
  return pages;
}

/**
 * What orderbridge does with the bytes of a page in a sync: lossless parse, the client's per-record
 * validation, then `normalize` (maps the record and validates the unified Order).
 */
function normalizePages(c: VendorCase, pages: readonly string[]): number {
  let orders = 0;
  for (const text of pages) {
    for (const record of parseJsonLossless(text) as unknown[]) {
      const validated = c.schema.safeParse(record);
      if (!validated.success) throw new Error(`${c.vendor}: generated order fails validation`);
      // As a sync does: the record was validated by the client's schema just above, once.
      const { order } = normalize(c.vendor, validated.data, { validatedInput: true });
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
 * 2. Normalization: unified Orders per second per vendor, from the bytes of 100k generated orders, against
 * `JSON.parse` alone of the same bytes. Target: the whole of it costs at most 2x the parse (ratio ≥ 0.5).
 */
export async function benchNormalization(quick: boolean): Promise<BenchResult[]> {
  const count = quick ? 3_000 : 100_000;
  const repetitions = quick ? 3 : 5;
  const results: BenchResult[] = [];
  for (const c of CASES) {
    const pages = vendorPages(c, count);
    const bytes = pages.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    const check = normalizePages(c, pages);
    if (check !== count) throw new Error(`${c.vendor}: ${check} of ${count} orders normalized`);
    const timing = await alternate(
      repetitions,
      () => parsePages(pages),
      () => normalizePages(c, pages),
    );
    results.push(
      throughputResult({
        name: `normalization: ${c.vendor} (bytes -> validated Orders) vs JSON.parse`,
        unit: "orders/s",
        work: count,
        subjectMs: timing.subjectMs,
        baselineMs: timing.baselineMs,
        minRatio: 0.5,
        target: "<= 2x the parse (ratio >= 0.5)",
        notes: `${count} generated orders in pages of ${PAGE} (${Math.round(bytes / 2 ** 20)} MiB); subject: parseJsonLossless + the client's record schema + normalize (mapper, Order schema), as in a sync; baseline: JSON.parse of the same texts; median of ${repetitions} alternating runs of each`,
      }),
    );
  }
  return results;
}
