// A store written by the previous release (0.1.0, schema v1): the reading commands refuse it with the hint to
// migrate and leave it as it was; `sync` migrates it and syncs on from its checkpoints — a 1card1 account's too,
// which 0.1.0 kept under the raw OpenId — and nothing in it is lost.
import { createHash } from "node:crypto";
import { copyFile, mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { openStore, SCHEMA_VERSION } from "@orderbridge/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { yikayiAccountName } from "../src/accounts.js";
import type { StatusJson } from "../src/commands/status.js";
import { type RunningSimulators, startSimulators } from "../src/simulators.js";
import { spawnCli } from "./support/cli.js";

const FIXTURE = path.resolve(import.meta.dirname, "../../store/test/fixtures/release-0.1.0.sqlite.db");
// better-sqlite3 as the store has it: to read the 0.1.0 file exactly as it is, without any orderbridge code.
const Database = createRequire(import.meta.resolve("@orderbridge/store"))("better-sqlite3") as new (
  file: string,
  options?: { readonly?: boolean },
) => { prepare(sql: string): { all(): Record<string, unknown>[] }; close(): void };

let sims: RunningSimulators;
let dir: string;

beforeAll(async () => {
  // The day 0.1.0's demo wrote the fixture (its simulators covered the 14 days before it).
  sims = await startSimulators({ orders: 30, now: new Date("2026-11-29T00:00:00Z"), days: 14 });
  dir = await mkdtemp(path.join(tmpdir(), "orderbridge-migrate-"));
});

afterAll(async () => {
  await sims?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const sha = async (file: string) =>
  createHash("sha256")
    .update(await readFile(file))
    .digest("hex");

describe("a store written by release 0.1.0", () => {
  it("is refused by the reading commands with the hint to migrate, and left as it was", async () => {
    const db = path.join(dir, "refused.db");
    await copyFile(FIXTURE, db);
    const before = await sha(db);
    for (const command of [["export"], ["status"], ["failed"], ["changes", "--since", "2024-01-01"]]) {
      const result = await spawnCli([...command, "--db", db]);
      expect(result.status, result.said).toBe(1);
      expect(result.stderr, result.said).toBe(
        `orderbridge: ${db} was written by an older orderbridge (schema v1); run pnpm orderbridge sync once to migrate it (pnpm orderbridge sync --db ${db})\n`,
      );
      expect(result.stdout).toBe("");
    }
    expect(await sha(db)).toBe(before);
  });

  it("is migrated and synced on by sync, from its checkpoints, without losing anything", async () => {
    const db = path.join(dir, "migrated.db");
    await copyFile(FIXTURE, db);
    const old = new Database(db, { readonly: true });
    const oldOrders = old.prepare("SELECT id, vendor, first_seen_at, paid_amount FROM orders").all();
    const oldCheckpoints = old.prepare("SELECT vendor, account, high_water_mark FROM checkpoints").all();
    old.close();
    expect(oldOrders).toHaveLength(89);
    const openId = sims.env.YIKAYI_OPEN_ID!;
    // 0.1.0 named the 1card1 account by its OpenId.
    expect(oldCheckpoints.map((c) => c.account)).toContain(openId);

    const until = new Date(sims.end.getTime() + 1000).toISOString();
    const sync = await spawnCli(["sync", "--db", db, "--until", until, "--rate-limit", "1000"], {
      env: sims.env,
    });
    expect(sync.status, sync.said).toBe(0);
    // The kinds 0.1.0 synced resume from its checkpoints (less the 3-day overlap)…
    const resumed = new Date(
      Date.parse(String(oldCheckpoints[0]!.high_water_mark)) - 3 * 86_400_000,
    ).toISOString();
    const account = yikayiAccountName(openId);
    for (const stream of [
      `yopoint ${sims.env.YOPOINT_APP_ID} cabinet`,
      `baifude ${sims.env.BAIFUDE_APP_KEY} welfare_mall`,
      `yikayi ${account} online_mall`,
    ])
      expect(sync.stderr, sync.said).toContain(`${stream}: syncing ${resumed} .. ${until}`);
    // …the new kinds start where a first sync does (30 days back).
    const initial = new Date(Date.parse(until) - 30 * 86_400_000).toISOString();
    for (const stream of [`yopoint ${sims.env.YOPOINT_APP_ID} vending`, `yikayi ${account} in_store`])
      expect(sync.stderr, sync.said).toContain(`${stream}: syncing ${initial} .. ${until}`);
    expect(sync.said).not.toContain(openId);

    const store = await openStore(db, { readOnly: true });
    try {
      expect(await store.schemaVersion()).toBe(SCHEMA_VERSION);
      for (const row of oldOrders) {
        const order = await store.getOrder(String(row.id));
        expect(order, String(row.id)).toBeDefined();
        // First seen by 0.1.0, and still so; its kind the one 0.1.0 synced.
        expect(order!.firstSeenAt).toBe(row.first_seen_at);
        expect(order!.kind).toBe(
          { yopoint: "cabinet", baifude: "welfare_mall", yikayi: "online_mall" }[String(row.vendor)],
        );
      }
      expect(await store.countOrders({ kind: ["vending"] })).toBeGreaterThan(0);
      expect(await store.countOrders({ kind: ["in_store"] })).toBeGreaterThan(0);
      const checkpoints = await store.listCheckpoints();
      for (const checkpoint of checkpoints) expect(checkpoint.highWaterMark).toBe(until);
      expect(checkpoints.filter((c) => c.vendor === "yikayi").map((c) => [c.account, c.kind])).toEqual(
        expect.arrayContaining([
          [account, "in_store"],
          [account, "online_mall"],
        ]),
      );
    } finally {
      await store.close();
    }

    // status shows each 1card1 stream once, under its name now (the old row under the OpenId merged into it).
    const status = await spawnCli(["status", "--db", db, "--format", "json"]);
    expect(status.status, status.said).toBe(0);
    expect(status.stdout).not.toContain(openId);
    const json = JSON.parse(status.stdout) as StatusJson;
    expect(json.streams.filter((s) => s.vendor === "yikayi").map((s) => `${s.account} ${s.kind}`)).toEqual([
      `${account} in_store`,
      `${account} online_mall`,
    ]);
    const table = await spawnCli(["status", "--db", db]);
    expect(table.stdout).not.toContain(openId);

    // And the export works now, with every order.
    const exported = await spawnCli(["export", "--db", db]);
    expect(exported.status, exported.said).toBe(0);
    const ids = new Set(
      exported.stdout
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line).id as string),
    );
    for (const row of oldOrders) expect(ids.has(String(row.id))).toBe(true);
  });
});
