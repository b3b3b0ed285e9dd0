import { readFileSync } from "node:fs";
import { type InvalidRecord, type OrderWindow, parseJsonLossless } from "@orderbridge/core";
import { describe, expect, it } from "vitest";
import { createOrderSource, NormalizeError, type OrderClient } from "../src/index.js";

const seed = (path: string) =>
  (
    parseJsonLossless(readFileSync(new URL(path, import.meta.url), "utf8")) as {
      data: Record<string, unknown>[];
    }
  ).data[0]!;

/** A fake client that yields `count` copies of an order (renumbered), counting how many run at once. */
function fakeClient(
  template: () => Record<string, unknown>,
  idKey: string,
  count: number,
  gauge: { now: number; max: number; windows: OrderWindow[] },
): OrderClient {
  return {
    async *orders(window) {
      gauge.windows.push(window);
      gauge.now += 1;
      gauge.max = Math.max(gauge.max, gauge.now);
      try {
        for (let i = 0; i < count; i++) {
          await Promise.resolve();
          const order = template();
          yield { ...order, [idKey]: `${String(order[idKey])}-${i}` };
        }
      } finally {
        gauge.now -= 1;
      }
    },
  };
}

const baifude = () => seed("../../baifude/test/fixtures/getList.seed.json");
const yikayi = () => seed("../../yikayi/test/fixtures/Get_GoodsBillPaged.seed.json");

describe("createOrderSource", () => {
  it("yields every order of every account, reading at most `concurrency` accounts at once", async () => {
    const gauge = { now: 0, max: 0, windows: [] as OrderWindow[] };
    const clients = [
      { vendor: "baifude" as const, client: fakeClient(baifude, "sn", 3, gauge) },
      { vendor: "yikayi" as const, client: fakeClient(yikayi, "BillNumber", 4, gauge) },
      { vendor: "yikayi" as const, account: "shop-2", client: fakeClient(yikayi, "BillNumber", 2, gauge) },
    ];
    const ids: string[] = [];
    const since = "2024-04-16T00:00:00Z";
    const until = "2024-04-17T00:00:00Z";
    for await (const order of createOrderSource({ clients, since, until, concurrency: 2 }))
      ids.push(order.id);
    expect(ids).toHaveLength(9);
    expect(ids.filter((id) => id.startsWith("baifude:"))).toHaveLength(3);
    expect(gauge.max).toBe(2);
    expect(gauge.windows.map((w) => [w.since, w.until])).toEqual(Array(3).fill([since, until]));
  });

  it("reports records that fail normalization through onInvalidRecord and goes on", async () => {
    const gauge = { now: 0, max: 0, windows: [] as OrderWindow[] };
    let n = 0;
    const flaky = () => ({ ...yikayi(), PaidValue: n++ === 1 ? "oops" : "100.0000" });
    const invalid: InvalidRecord[] = [];
    const orders = [];
    for await (const order of createOrderSource({
      clients: { yikayi: fakeClient(flaky, "BillNumber", 3, gauge) },
      since: "2016-06-22T00:00:00Z",
      until: "2016-06-23T00:00:00Z",
      onInvalidRecord: (record) => {
        invalid.push(record);
      },
    })) {
      orders.push(order);
    }
    expect(orders).toHaveLength(2);
    expect(invalid).toHaveLength(1);
    expect(invalid[0]?.error).toBeInstanceOf(NormalizeError);
    expect(invalid[0]).toMatchObject({ vendor: "yikayi", id: "DG20160622000002-1" });
    expect(gauge.windows[0]?.onInvalidRecord).toBeTypeOf("function");
  });

  it("without onInvalidRecord a bad record ends the iteration, and the other accounts are stopped", async () => {
    const gauge = { now: 0, max: 0, windows: [] as OrderWindow[] };
    const broken = () => ({ ...yikayi(), TotalMoney: "n/a" });
    const run = async () => {
      for await (const _ of createOrderSource({
        clients: [
          { vendor: "baifude", client: fakeClient(baifude, "sn", 100, gauge) },
          { vendor: "yikayi", client: fakeClient(broken, "BillNumber", 1, gauge) },
        ],
        since: "2024-01-01T00:00:00Z",
        until: "2024-02-01T00:00:00Z",
      })) {
        // consume
      }
    };
    await expect(run()).rejects.toThrow(NormalizeError);
    expect(gauge.now).toBe(0);
  });
});
