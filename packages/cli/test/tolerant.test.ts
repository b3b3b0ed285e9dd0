// Drift and bad records over real HTTP, through the built command: drifted records are stored with their notes
// (the summary and `status` count them per field), records that cannot be orders become failed records (`failed`
// lists them, the sync exits 3), `replay` is idempotent with today's decoders, and stores them after a decoder
// change.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough, Readable } from "node:stream";
import { openStore, SCHEMA_VERSION } from "@orderbridge/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Ingest, remaining, runReplay } from "../src/commands/replay.js";
import type { StatusJson } from "../src/commands/status.js";
import { ingestRecord } from "../src/ingest.js";
import { mockDrift, type RunningSimulators, startSimulators } from "../src/simulators.js";
import { spawnCli } from "./support/cli.js";
import { summaryRows } from "./support/summary.js";

const KINDS = [
  ["yopoint", "cabinet"],
  ["yopoint", "vending"],
  ["baifude", "welfare_mall"],
  ["yikayi", "online_mall"],
  ["yikayi", "in_store"],
] as const;

// Every 15th record broken, the defects in turn: no amount, no object at all, an unreadable time, and (1card1 sales
// only) lines that never come.
const BAD = {
  every: 15,
  kind: ["missing-money", "not-an-object", "unreadable-time", "lines-unavailable"],
} as const;

let sims: RunningSimulators;
let dir: string;
let db: string;
let span: string[];

beforeAll(async () => {
  sims = await startSimulators({
    orders: 60,
    now: new Date("2024-05-01T00:00:00Z"),
    days: 8,
    drift: mockDrift(10),
    badRecords: { yopoint: BAD, baifude: BAD, yikayi: BAD },
  });
  dir = await mkdtemp(path.join(tmpdir(), "orderbridge-tolerant-"));
  db = path.join(dir, "tolerant.db");
  span = ["--since", sims.start.toISOString(), "--until", new Date(sims.end.getTime() + 1000).toISOString()];
});

afterAll(async () => {
  await sims?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const totals = (vendor: (typeof KINDS)[number][0], kind: string) =>
  sims.simulators[vendor].totals()[kind as "cabinet"]!;

describe("a sync of drifting data with bad records", () => {
  it("stores drifted records with notes, keeps the unreadable ones as failed records, and exits 3", async () => {
    const sync = await spawnCli(["sync", "--db", db, "--rate-limit", "1000", ...span], { env: sims.env });
    expect(sync.status, sync.said).toBe(3);
    const rows = summaryRows(sync.stdout);
    let bad = 0;
    for (const [vendor, kind] of KINDS) {
      const row = rows.find((r) => r.vendor === vendor && r.kind === kind)!;
      const held = totals(vendor, kind);
      expect(held.bad.count, `${vendor} ${kind}`).toBeGreaterThan(0);
      expect(held.drifted, `${vendor} ${kind}`).toBeGreaterThan(0);
      bad += held.bad.count;
      // Every record that is not broken is stored (the drifted ones too), every broken one is a failed record.
      expect(Number(row.inserted), sync.said).toBe(held.count);
      expect(Number(row.failed), sync.said).toBe(held.bad.count);
      expect(Number(row.notes), sync.said).toBeGreaterThan(0);
      expect(row.result).toBe("failed records");
    }
    expect(sync.stderr, sync.said).toMatch(
      new RegExp(
        `^orderbridge: ${bad} record\\(s\\) could not be stored \\(yopoint cabinet \\d+, yopoint vending \\d+, baifude welfare_mall \\d+, yikayi online_mall \\d+, yikayi in_store \\d+\\): \`pnpm orderbridge failed\` lists them and why; once fixed, \`pnpm orderbridge replay\` stores them$`,
        "m",
      ),
    );
    // The notes section counts drift per vendor, kind and field: every drifted goods order lacks ConsumeBillNumber.
    const drifted = totals("yikayi", "online_mall").drifted;
    expect(sync.stdout).toMatch(
      new RegExp(`^ {2}yikayi\\s+online_mall\\s+ConsumeBillNumber\\s+missing_field\\s+${drifted}$`, "m"),
    );
    expect(sync.stdout).toMatch(/^ {2}yopoint\s+cabinet\s+PayType\s+unknown_code\s+\d+$/m);
    expect(sync.stdout).toMatch(/^ {2}baifude\s+welfare_mall\s+channelSn\s+missing_field\s+\d+$/m);

    // status: per stream, the last run, failed records and notes by field.
    const status = await spawnCli(["status", "--db", db, "--format", "json"]);
    expect(status.status, status.said).toBe(0);
    const json = JSON.parse(status.stdout) as StatusJson;
    expect(json.schemaVersion).toBe(SCHEMA_VERSION);
    expect(json.streams.map((s) => `${s.vendor} ${s.kind}`)).toEqual([
      "baifude welfare_mall",
      "yikayi in_store",
      "yikayi online_mall",
      "yopoint cabinet",
      "yopoint vending",
    ]);
    for (const stream of json.streams) {
      const held = totals(stream.vendor as "yopoint", stream.kind);
      expect(stream.checkpoint).toBe(new Date(sims.end.getTime() + 1000).toISOString());
      expect(stream.lastRun).toMatchObject({
        result: "failed_records",
        counts: { inserted: held.count, failed: held.bad.count },
        error: null,
      });
      expect(stream.failedRecords).toBe(held.bad.count);
      expect(stream.storedOrders).toBe(held.count);
      expect(stream.notes.length).toBeGreaterThan(0);
      expect(stream.lastError).toBeNull();
    }
    const goods = json.streams.find((s) => s.kind === "online_mall")!;
    expect(goods.notes).toContainEqual({
      code: "missing_field",
      field: "ConsumeBillNumber",
      count: drifted,
      orders: drifted,
    });
    const table = await spawnCli(["status", "--db", db]);
    expect(table.status, table.said).toBe(0);
    expect(table.stdout).toMatch(/^yikayi\s+oid-[0-9a-f]{12}\s+online_mall\s+\S+\s+\S+\s+failed_records\s/m);
    expect(table.stdout).toMatch(
      /^ {2}yikayi\s+online_mall\s+ConsumeBillNumber\s+missing_field\s+\d+\s+\d+$/m,
    );

    // failed: grouped by reason; one JSON line per record with --format jsonl, the payload masked.
    const failed = await spawnCli(["failed", "--db", db]);
    expect(failed.status, failed.said).toBe(0);
    expect(failed.stdout).toMatch(
      /^yopoint\s+cabinet\s+Price\s+NormalizeError: .*Price: missing; the mapping needs it/m,
    );
    expect(failed.stdout).toMatch(/^yikayi\s+in_store\s+-\s+\S+: .*Get_ConsumeNoteItemPagedV2/m);
    expect(failed.stdout).toMatch(new RegExp(`^${bad} failed record\\(s\\)\\.`, "m"));
    const lines = await spawnCli(["failed", "--db", db, "--format", "jsonl"]);
    expect(lines.status, lines.said).toBe(0);
    const records = lines.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(records).toHaveLength(bad);
    expect(lines.stdout).not.toMatch(/(?<![0-9*])1[3-9][0-9]{9}(?![0-9])/);
    const only = await spawnCli([
      "failed",
      "--db",
      db,
      "--format",
      "jsonl",
      "--vendor",
      "yikayi",
      "--kind",
      "in_store",
    ]);
    expect(only.stdout.trim().split("\n")).toHaveLength(totals("yikayi", "in_store").bad.count);
  });

  it("replays with today's decoders idempotently (exit 3), and stores the records a decoder change can read", async () => {
    const before = await spawnCli(["failed", "--db", db, "--format", "jsonl"]);
    const first = await spawnCli(["replay", "--db", db]);
    expect(first.status, first.said).toBe(3);
    expect(first.stdout, first.said).toMatch(/^replay: \d+ failed record\(s\) read; no vendor was called$/m);
    expect(first.stdout, first.said).toMatch(/still fail with today's decoders/);
    expect(first.stderr, first.said).toMatch(
      /record\(s\) are still in the failed table: `pnpm orderbridge failed`/,
    );
    const second = await spawnCli(["replay", "--db", db]);
    expect(second.status).toBe(3);
    expect(second.stdout).toBe(first.stdout);
    // Nothing changed: the same rows, not even rewritten.
    expect((await spawnCli(["failed", "--db", db, "--format", "jsonl"])).stdout).toBe(before.stdout);

    // A decoder change, simulated honestly: cabinet orders whose `Price` is missing are priced as the sum of their
    // lines' `TotalPrice` (what Price is in every order the simulator serves). Everything else is today's code.
    const priceFromLines: Ingest = (vendor, account, kind, raw, options) => {
      const record = raw as Record<string, unknown> | null;
      if (
        vendor === "yopoint" &&
        kind === "cabinet" &&
        record &&
        typeof record === "object" &&
        !("Price" in record)
      ) {
        const lines = record.Products as { TotalPrice: { valueOf(): unknown } | number }[];
        const price = lines.reduce((sum, line) => sum + Number(String(line.TotalPrice)), 0);
        return ingestRecord(vendor, account, kind, { ...record, Price: price }, options);
      }
      return ingestRecord(vendor, account, kind, raw, options);
    };
    const missingPrice = JSON.parse(`[${before.stdout.trim().split("\n").join(",")}]`).filter(
      (r: { kind: string; errorField: string }) => r.kind === "cabinet" && r.errorField === "Price",
    ) as { vendorOrderId: string }[];
    expect(missingPrice.length).toBeGreaterThan(0);

    const out = new PassThrough();
    let printed = "";
    out.on("data", (chunk) => {
      printed += chunk;
    });
    const io = { stdin: Readable.from([]), stdout: out, stderr: out, env: {}, cwd: dir };
    const options = { db, includePersonalData: false, includeRaw: false };
    const fixed = await runReplay(io, options, priceFromLines);
    expect(fixed.stored, printed).toBe(missingPrice.length);
    expect(fixed.inserted).toBe(missingPrice.length);
    expect(printed).toMatch(
      new RegExp(`stored ${missingPrice.length} as orders \\(${missingPrice.length} inserted`),
    );
    expect(remaining(fixed)).toBe(records(before.stdout) - missingPrice.length);

    const store = await openStore(db, { readOnly: true });
    try {
      const left = await store.listFailed({ vendor: "yopoint", kind: ["cabinet"] });
      expect(left.filter((r) => r.errorField === "Price")).toEqual([]);
      const cabinet = sims.simulators.yopoint;
      for (const { vendorOrderId } of missingPrice) {
        const order = await store.getOrder(`yopoint:${vendorOrderId}`);
        expect(order, vendorOrderId).toBeDefined();
        let generated: Record<string, unknown> | undefined;
        for (let i = 0; i < cabinet.orderCount && !generated; i++)
          if (cabinet.orderAt(i).ReceiptNo === vendorOrderId) generated = cabinet.orderAt(i);
        expect(order!.totalAmount).toBe(generated!.Price);
        expect(order!.refundedAmount).toBe(generated!.RefundsPrice);
      }
    } finally {
      await store.close();
    }
    // And a replay after that, with the same decoders, finds nothing more to store.
    const again = await runReplay(io, options, priceFromLines);
    expect(again.stored).toBe(0);
    expect(again.stillFailing.length).toBe(fixed.stillFailing.length);
  });
});

const records = (jsonl: string) => jsonl.trim().split("\n").length;
