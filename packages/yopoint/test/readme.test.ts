import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { serveHandlers } from "@orderbridge/mocks";
import { createYopointSimulator } from "@orderbridge/mocks/yopoint";
import { afterEach, describe, expect, it, vi } from "vitest";

/** Runs the README's usage block exactly as written (only the import is pointed at the source). */
describe("README usage example", () => {
  const file = new URL("./.readme-example.tmp.ts", import.meta.url);
  afterEach(() => rmSync(file, { force: true }));

  it("works as written against the simulator", { timeout: 30_000 }, async () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const block = /```ts\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(block.trim().split("\n")).toHaveLength(5);
    writeFileSync(file, block.replace('"@orderbridge/yopoint"', '"../src/index.js"'));
    const sim = createYopointSimulator();
    const served = await serveHandlers(sim.handlers);
    const saved = { ...process.env };
    Object.assign(process.env, sim.env(served.url));
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      await import(file.href);
      const lines = log.mock.calls;
      expect(lines.length).toBeGreaterThan(2);
      expect(String(lines[0]![0])).toMatch(/^VI\d{18}$/);
      expect(lines.at(-1)![0]).toMatchObject({ current_page: 1 });
    } finally {
      log.mockRestore();
      process.env = saved;
      await served.close();
    }
  });

  it("the vending-machine block works as written against the simulator", { timeout: 30_000 }, async () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const block = /## Vending-machine orders\s+```ts\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(block.trim().split("\n")).toHaveLength(5);
    writeFileSync(file, block.replace('"@orderbridge/yopoint"', '"../src/index.js"'));
    const sim = createYopointSimulator({ counts: { vending: 600 } });
    const served = await serveHandlers(sim.handlers);
    const saved = { ...process.env };
    Object.assign(process.env, sim.env(served.url));
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      await import(`${file.href}?vending`);
      // 2024-02-26 Beijing time, inclusive of its first second, exclusive of the next day's.
      const [lo, hi] = sim.vendingIndexRange(
        Date.parse("2024-02-26T00:00:00+08:00") / 1000,
        Date.parse("2024-02-27T00:00:00+08:00") / 1000 - 1,
      );
      expect(hi - lo).toBeGreaterThan(20);
      expect(log.mock.calls.map((call) => call.join(" "))).toEqual(
        Array.from({ length: hi - lo }, (_, k) => {
          const o = sim.consumerOrderAt(lo + k);
          return `${o.ReceiptNo} ${o.ProductName} ${o.Price} ${o.ShipmentsStatus}`;
        }),
      );
    } finally {
      log.mockRestore();
      process.env = saved;
      await served.close();
    }
  });
});
