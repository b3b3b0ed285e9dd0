// The store's throwaway-server harness: initdb + pg_ctl in a temp dir, as a non-root user.
import { type PostgresServer, postgresUnavailableReason, startPostgres } from "@orderbridge/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningSimulators, startSimulators } from "../src/simulators.js";
import { run } from "./support/io.js";
import { countsOf, summaryRows } from "./support/summary.js";

const unavailable = postgresUnavailableReason();
if (unavailable) console.warn(`skipping the PostgreSQL sync tests: ${unavailable}`);

describe.skipIf(Boolean(unavailable))("orderbridge sync into PostgreSQL", () => {
  let server: PostgresServer;
  let sims: RunningSimulators;

  beforeAll(async () => {
    [server, sims] = await Promise.all([
      startPostgres(),
      startSimulators({ orders: 120, now: new Date("2024-05-01T00:00:00Z"), days: 8 }),
    ]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([server?.stop(), sims?.close()]);
  });

  it("stores every vendor's orders, re-runs idempotently and exports them", async () => {
    const db = await server.createDatabase("cli_sync");
    const args = [
      "--db",
      db,
      "--since",
      sims.start.toISOString(),
      "--until",
      new Date(sims.end.getTime() + 1000).toISOString(),
    ];
    const first = await run(["sync", "--rate-limit", "500", ...args], { env: sims.env });
    expect(first.status, first.stderr).toBe(0);
    const rows = summaryRows(first.stdout);
    expect(rows.map((r) => `${r.vendor} ${r.kind}`)).toEqual([
      "yopoint cabinet",
      "yopoint vending",
      "baifude welfare_mall",
      "yikayi online_mall",
      "yikayi in_store",
    ]);
    for (const row of rows) {
      const { seen, inserted } = countsOf(row);
      expect(inserted).toBe(seen);
      expect(inserted).toBeGreaterThan(0);
    }

    const second = await run(["sync", "--rate-limit", "500", ...args], { env: sims.env });
    expect(second.status).toBe(0);
    for (const row of summaryRows(second.stdout)) {
      const { seen, inserted, updated, unchanged } = countsOf(row);
      expect([inserted, updated, unchanged]).toEqual([0, 0, seen]);
    }

    const exported = await run(["export", "--db", db]);
    expect(exported.status).toBe(0);
    const lines = exported.stdout.trim().split("\n");
    expect(lines).toHaveLength(rows.reduce((sum, row) => sum + countsOf(row).inserted, 0));
    expect(new Set(lines.map((line) => JSON.parse(line).id)).size).toBe(lines.length);
  }, 60_000);
});
