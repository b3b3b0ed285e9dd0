import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningSimulators, startSimulators } from "../src/simulators.js";
import { run } from "./support/io.js";

const SPEC = path.resolve(import.meta.dirname, "../../../specs/order.schema.json");

let sims: RunningSimulators;
let dir: string;
let sinceArgs: string[];

beforeAll(async () => {
  sims = await startSimulators({ orders: 120, now: new Date("2024-05-01T00:00:00Z"), days: 10 });
  dir = await mkdtemp(path.join(tmpdir(), "orderbridge-cli-"));
  sinceArgs = [
    "--since",
    sims.start.toISOString(),
    "--until",
    new Date(sims.end.getTime() + 1000).toISOString(),
  ];
});

afterAll(async () => {
  await sims?.close();
  await rm(dir, { recursive: true, force: true });
});

function summaryRows(stdout: string) {
  const lines = stdout.trim().split("\n");
  const header = lines[0]!.split(/\s{2,}/);
  return lines
    .slice(1)
    .map((line) => Object.fromEntries(line.split(/\s{2,}/).map((cell, i) => [header[i], cell])));
}

describe("orderbridge sync into SQLite against the simulators", () => {
  it("stores every vendor's orders, then a re-run changes nothing", async () => {
    const db = path.join(dir, "first.db");
    const first = await run(["sync", "--db", db, "--rate-limit", "500", ...sinceArgs], { env: sims.env });
    expect(first.stderr).not.toMatch(/stopped/);
    expect(first.status).toBe(0);
    const rows = summaryRows(first.stdout);
    expect(rows.map((r) => r.vendor).sort()).toEqual(["baifude", "yikayi", "yopoint"]);
    for (const row of rows) {
      expect(Number(row.seen)).toBeGreaterThan(0);
      expect(Number(row.inserted)).toBe(Number(row.seen) - Number(row.failed));
      expect(row.result).toMatch(/^ok/);
    }

    const second = await run(["sync", "--db", db, "--rate-limit", "500", ...sinceArgs], { env: sims.env });
    expect(second.status).toBe(0);
    for (const row of summaryRows(second.stdout)) {
      expect(Number(row.inserted)).toBe(0);
      expect(Number(row.updated)).toBe(0);
      expect(Number(row.unchanged)).toBe(Number(row.seen) - Number(row.failed));
    }

    const exported = await run(["export", "--db", db]);
    expect(exported.status).toBe(0);
    const orders = exported.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    const total = rows.reduce((sum, r) => sum + Number(r.inserted), 0);
    expect(orders).toHaveLength(total);
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(await readFile(SPEC, "utf8")));
    for (const order of orders) {
      expect(validate(order), JSON.stringify(validate.errors)).toBe(true);
      expect(Number.isInteger(order.totalAmount)).toBe(true);
      expect(order.raw).toBeUndefined();
      if (order.customer?.mobile) expect(order.customer.mobile).toContain("*");
    }
    expect(new Set(orders.map((o) => o.id)).size).toBe(orders.length);

    const some = await run(["export", "--db", db, "--vendor", "yikayi", "--vendor", "baifude"]);
    expect(some.status).toBe(0);
    const ids = some.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line).id as string);
    const expected = rows
      .filter((r) => r.vendor !== "yopoint")
      .reduce((sum, r) => sum + Number(r.inserted), 0);
    expect(ids).toHaveLength(expected);
    expect(ids.every((id) => id.startsWith("baifude:") || id.startsWith("yikayi:"))).toBe(true);
    expect(ids).toEqual([...ids].sort());
  });

  it("logs every request with ORDERBRIDGE_LOG=debug, with no secret in any line", async () => {
    const db = path.join(dir, "logged.db");
    const result = await run(["sync", "--db", db, "--rate-limit", "500", ...sinceArgs], {
      env: { ...sims.env, ORDERBRIDGE_LOG: "debug" },
    });
    expect(result.status).toBe(0);
    const logLines = result.stderr.split("\n").filter((line) => line.startsWith("{"));
    expect(logLines.some((line) => JSON.parse(line).msg === "request")).toBe(true);
    for (const secret of [sims.env.YOPOINT_APP_SECRET, sims.env.BAIFUDE_APP_SECRET, sims.env.YIKAYI_SECRET]) {
      expect(secret && secret.length > 3).toBe(true);
      expect(result.stderr).not.toContain(secret);
      expect(result.stdout).not.toContain(secret);
    }
    expect(result.stderr).not.toMatch(/(sign|signature|access_token)=(?!\[REDACTED\])[^&"\s]+/);
  });

  it("exits 1 naming the vendor, the method and the vendor's answer when credentials are wrong", async () => {
    const wrongSecret = "not-the-right-secret-123";
    const result = await run(
      ["sync", "--db", path.join(dir, "wrong.db"), "--vendor", "yopoint", ...sinceArgs],
      {
        env: { ...sims.env, YOPOINT_APP_SECRET: wrongSecret },
      },
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^yopoint\s.*error: yopoint cabinet\.order\.list: vendor error -1/m);
    expect(result.stderr).toMatch(/run sync again to resume/);
    expect(result.stdout + result.stderr).not.toContain(wrongSecret);
  });

  it("exports CSV with a header and yuan with two decimals", async () => {
    const db = path.join(dir, "csv.db");
    expect(
      (
        await run(["sync", "--db", db, "--vendor", "yikayi", "--rate-limit", "500", ...sinceArgs], {
          env: sims.env,
        })
      ).status,
    ).toBe(0);
    const out = path.join(dir, "orders.csv");
    const result = await run(["export", "--db", db, "--format", "csv", "--out", out]);
    expect(result.status).toBe(0);
    const csv = await readFile(out, "utf8");
    const [header, first] = csv.split("\n");
    expect(header).toMatch(
      /^id,vendor,vendor_order_id,order_no,status,payment_status,currency,total_yuan,paid_yuan,refunded_yuan,/,
    );
    expect(first).toMatch(/^yikayi:/);
    expect(first!.split(",")[7]).toMatch(/^-?\d+\.\d{2}$/);
  });
});
