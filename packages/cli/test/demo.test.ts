import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "./support/io.js";
import { countsOf, streamRow, summaryRows } from "./support/summary.js";

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

const STREAMS = [
  "yopoint cabinet",
  "yopoint vending",
  "baifude welfare_mall",
  "yikayi online_mall",
  "yikayi in_store",
];

describe("orderbridge demo", () => {
  it("shows orders arriving by push, syncs every kind of all three vendors, and a second run changes nothing", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "orderbridge-demo-"));
    dirs.push(dir);
    const db = path.join(dir, "demo.db");

    const first = await run(["demo", "--db", db, "--orders", "60"]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toMatch(
      /push: the Yopoint simulator sent 3 paid-order notifications .*; 3 verified and stored/,
    );
    expect(first.stderr).toMatch(
      /push: the Yopoint simulator sent 3 vending-machine dispense notifications .*; 3 verified and stored/,
    );
    // Every kind of sale of every vendor, one summary row each.
    expect(summaryRows(first.stdout).map((r) => `${r.vendor} ${r.kind}`)).toEqual(STREAMS);
    // The three pushed orders were already stored when the sync read them.
    expect(countsOf(streamRow(first.stdout, "yopoint", "cabinet"))).toEqual({
      seen: 60,
      inserted: 57,
      updated: 0,
      unchanged: 3,
      failed: 0,
      notes: 0,
    });
    // It ends with the report of those days, written beside the database.
    expect(first.stdout).toMatch(
      new RegExp(`^report: ${path.join(dir, "orderbridge-demo-report.html")}$`, "m"),
    );
    expect(existsSync(path.join(dir, "orderbridge-demo-report.html"))).toBe(true);
    // The three pushed vending orders too were already stored when the sync read them.
    const vending = countsOf(streamRow(first.stdout, "yopoint", "vending"));
    expect(vending.unchanged).toBe(3);
    expect(vending.inserted).toBe(vending.seen - 3);
    for (const stream of STREAMS.slice(2)) {
      const [vendor, kind] = stream.split(" ") as [string, string];
      const counts = countsOf(streamRow(first.stdout, vendor, kind));
      expect(counts.seen).toBeGreaterThan(0);
      expect(counts.inserted).toBe(counts.seen);
    }

    const second = await run(["demo", "--db", db, "--orders", "60"]);
    expect(second.status).toBe(0);
    for (const row of summaryRows(second.stdout)) {
      const counts = countsOf(row);
      expect(counts).toMatchObject({ inserted: 0, updated: 0, unchanged: counts.seen, failed: 0 });
    }
  });
});
