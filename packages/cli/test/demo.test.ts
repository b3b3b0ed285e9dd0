import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "./support/io.js";

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

const row = (stdout: string, vendor: string) => {
  const match = new RegExp(`^${vendor}\\s+\\S+\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)`, "m").exec(
    stdout,
  );
  if (!match) throw new Error(`no ${vendor} row in:\n${stdout}`);
  const [seen, inserted, updated, unchanged, failed] = match.slice(1).map(Number);
  return { seen, inserted, updated, unchanged, failed };
};

describe("orderbridge demo", () => {
  it("shows orders arriving by push, syncs all three vendors, and a second run changes nothing", async () => {
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
    // The three pushed orders were already stored when the sync read them.
    expect(row(first.stdout, "yopoint")).toEqual({
      seen: 60,
      inserted: 57,
      updated: 0,
      unchanged: 3,
      failed: 0,
    });
    // It ends with the report of those days, written beside the database.
    expect(first.stdout).toMatch(
      new RegExp(`^report: ${path.join(dir, "orderbridge-demo-report.html")}$`, "m"),
    );
    expect(existsSync(path.join(dir, "orderbridge-demo-report.html"))).toBe(true);
    for (const vendor of ["baifude", "yikayi"]) {
      const counts = row(first.stdout, vendor);
      expect(counts.seen).toBeGreaterThan(0);
      expect(counts.inserted).toBe(counts.seen);
    }

    const second = await run(["demo", "--db", db, "--orders", "60"]);
    expect(second.status).toBe(0);
    for (const vendor of ["yopoint", "baifude", "yikayi"]) {
      const counts = row(second.stdout, vendor);
      expect(counts).toMatchObject({ inserted: 0, updated: 0, unchanged: counts.seen, failed: 0 });
    }
  });
});
