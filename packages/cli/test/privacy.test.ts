// No personal data in the clear in any table unless it is asked for: after a sync (with drift and bad records, so
// notes, failed records and runs are written too) and a replay, every column of every table of the SQLite file is
// scanned for the mobile numbers, open ids and IP addresses the simulators serve, for any mobile number or IPv4
// address at all, and for the 1card1 OpenId (a credential). The same sync with --include-personal-data is the
// control: it does store them, so the scan would see them.
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { isLosslessNumber, parseJsonLossless } from "@orderbridge/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mockBadRecords, mockDrift, type RunningSimulators, startSimulators } from "../src/simulators.js";
import { spawnCli } from "./support/cli.js";

const Database = createRequire(import.meta.resolve("@orderbridge/store"))("better-sqlite3") as new (
  file: string,
  options?: { readonly?: boolean },
) => {
  prepare(sql: string): { all(): Record<string, unknown>[]; raw(on: boolean): { all(): unknown[][] } };
  close(): void;
};

/** Personal data by field name (mobile numbers, open ids, IP addresses), as docs/design.md defines it. */
const PERSONAL_KEY = /mobile|phone|openid|ipaddress|buyerlogonid|buyeruserid|bfdaccount|bfduserid/i;
const MOBILE = /(?<![0-9])(?:\+?86)?1[3-9][0-9]{9}(?![0-9])/;
const IPV4 = /(?<![0-9.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![0-9.])/;

let sims: RunningSimulators;
let dir: string;

beforeAll(async () => {
  sims = await startSimulators({
    orders: 50,
    now: new Date("2024-05-01T00:00:00Z"),
    days: 8,
    drift: mockDrift(7),
    badRecords: mockBadRecords(9),
  });
  dir = await mkdtemp(path.join(tmpdir(), "orderbridge-privacy-"));
});

afterAll(async () => {
  await sims?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Every cell of every table of a SQLite file, as text, with where it is. */
function cells(file: string): { where: string; text: string }[] {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((row) => String(row.name));
    expect(tables).toEqual(
      expect.arrayContaining(["orders", "failed_records", "checkpoints", "sync_runs", "order_changes"]),
    );
    const out: { where: string; text: string }[] = [];
    for (const table of tables) {
      const columns = db
        .prepare(`SELECT name FROM pragma_table_info('${table}')`)
        .all()
        .map((row) => String(row.name));
      for (const row of db.prepare(`SELECT * FROM "${table}"`).raw(true).all())
        row.forEach((value, i) => {
          if (value !== null && value !== undefined)
            out.push({ where: `${table}.${columns[i]}`, text: String(value) });
        });
    }
    return out;
  } finally {
    db.close();
  }
}

/** The personal values inside vendor payloads kept in the clear: values of personal fields, and any mobile or IP. */
function personalValues(file: string): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown, key: string) => {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) {
      for (const item of value) walk(item, key);
      return;
    }
    if (typeof value === "object" && !isLosslessNumber(value)) {
      for (const [k, v] of Object.entries(value)) walk(v, k);
      return;
    }
    const text = String(isLosslessNumber(value) ? value.value : value);
    if (text.length >= 5 && (PERSONAL_KEY.test(key) || MOBILE.test(text) || IPV4.test(text))) found.add(text);
  };
  for (const { where, text } of cells(file)) {
    if (where !== "orders.document" && where !== "failed_records.raw") continue;
    let parsed: unknown;
    try {
      parsed = parseJsonLossless(text);
    } catch {
      continue;
    }
    walk((parsed as { raw?: unknown }).raw ?? parsed, "");
  }
  return found;
}

describe("personal data", () => {
  it("is in no column of any table after a sync and a replay, unless it was asked for", async () => {
    const clear = path.join(dir, "clear.db");
    const masked = path.join(dir, "masked.db");
    const span = [
      "--since",
      sims.start.toISOString(),
      "--until",
      new Date(sims.end.getTime() + 1000).toISOString(),
    ];
    const control = await spawnCli(
      ["sync", "--db", clear, "--rate-limit", "1000", "--include-personal-data", "--include-raw", ...span],
      { env: sims.env },
    );
    expect(control.status, control.said).toBe(3);
    const sync = await spawnCli(["sync", "--db", masked, "--rate-limit", "1000", ...span], { env: sims.env });
    expect(sync.status, sync.said).toBe(3);
    const replay = await spawnCli(["replay", "--db", masked]);
    expect(replay.status, replay.said).toBe(3);

    const personal = personalValues(clear);
    // The control: the simulators serve personal data, and a sync that is asked to keeps it.
    expect(personal.size).toBeGreaterThan(100);
    expect([...personal].some((v) => MOBILE.test(v))).toBe(true);
    expect([...personal].some((v) => IPV4.test(v))).toBe(true);
    expect([...personal].some((v) => /^o[A-Za-z0-9_-]{10,}$/.test(v))).toBe(true);

    const openId = sims.env.YIKAYI_OPEN_ID!;
    const leaks: string[] = [];
    for (const cell of cells(masked)) {
      const { where } = cell;
      // A SHA-256 in hex (content hashes, failed records' keys) can hold eleven digits in a row: not data.
      const text = cell.text.replace(/\b(sha256:)?[0-9a-f]{64}\b/g, "<hash>");
      if (MOBILE.test(text)) leaks.push(`${where}: a mobile number: ${MOBILE.exec(text)![0]}`);
      if (IPV4.test(text)) leaks.push(`${where}: an IP address: ${IPV4.exec(text)![0]}`);
      if (text.includes(openId)) leaks.push(`${where}: the 1card1 OpenId`);
      for (const value of personal) if (text.includes(value)) leaks.push(`${where}: ${value}`);
    }
    expect(leaks).toEqual([]);
    // Nor in anything the commands print.
    for (const result of [sync, replay, await spawnCli(["status", "--db", masked, "--format", "json"])]) {
      expect(result.stdout + result.stderr).not.toContain(openId);
      expect(result.stdout + result.stderr).not.toMatch(MOBILE);
    }
  });
});
