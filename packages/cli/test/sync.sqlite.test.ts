import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningSimulators, startSimulators } from "../src/simulators.js";
import { run } from "./support/io.js";
import { summaryRows } from "./support/summary.js";

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

describe("orderbridge sync into SQLite against the simulators", () => {
  it("stores every kind of every vendor's orders, then a re-run changes nothing", async () => {
    const db = path.join(dir, "first.db");
    const first = await run(["sync", "--db", db, "--rate-limit", "500", ...sinceArgs], { env: sims.env });
    expect(first.stderr).not.toMatch(/stopped/);
    expect(first.status).toBe(0);
    const rows = summaryRows(first.stdout);
    expect(rows.map((r) => `${r.vendor} ${r.kind}`)).toEqual([
      "yopoint cabinet",
      "yopoint vending",
      "baifude welfare_mall",
      "yikayi online_mall",
      "yikayi in_store",
    ]);
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

    // --kind filters by kind of sale, combined with --vendor; the CSV says each order's kind.
    const kinds = await run([
      "export",
      "--db",
      db,
      "--kind",
      "vending",
      "--kind",
      "in_store",
      "--format",
      "csv",
    ]);
    expect(kinds.status, kinds.stderr).toBe(0);
    const kindCells = kinds.stdout
      .replace(/^\ufeff/, "")
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split(",")[2]);
    expect(new Set(kindCells)).toEqual(new Set(["vending", "in_store"]));
    expect(kindCells).toHaveLength(
      rows
        .filter((r) => r.kind === "vending" || r.kind === "in_store")
        .reduce((n, r) => n + Number(r.inserted), 0),
    );
    const mismatch = await run(["export", "--db", db, "--vendor", "baifude", "--kind", "vending"]);
    expect(mismatch.status).toBe(2);
    expect(mismatch.stderr).toMatch(
      /--kind vending is not offered by --vendor baifude .*vending is yopoint's/,
    );
    const unknown = await run(["export", "--db", db, "--kind", "vendingg"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(
      /unknown kind "vendingg" \(one of cabinet, vending, welfare_mall, online_mall, in_store\)/,
    );
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
    expect(result.stdout).toMatch(
      /^yopoint\s+\S+\s+cabinet\s.*error: yopoint cabinet\.order\.list: vendor error -1/m,
    );
    expect(result.stdout).toMatch(
      /^yopoint\s+\S+\s+vending\s.*error: yopoint consumer\.order\.list: vendor error -1/m,
    );
    expect(result.stdout + result.stderr).not.toContain(wrongSecret);
  });

  // A refused secret is not fixed by running again: the message says what to check instead.
  it.each([
    ["yopoint", "YOPOINT_APP_SECRET", /check YOPOINT_APP_ID and YOPOINT_APP_SECRET/],
    ["baifude", "BAIFUDE_APP_SECRET", /check BAIFUDE_APP_KEY and BAIFUDE_APP_SECRET/],
    ["yikayi", "YIKAYI_SECRET", /check YIKAYI_OPEN_ID, YIKAYI_SECRET and YIKAYI_USER_ACCOUNT/],
  ])("a wrong %s secret: exit 1, what to check, and no 'run again'", async (vendor, variable, check) => {
    const wrongSecret = "not-the-right-secret-456";
    const result = await run(
      ["sync", "--db", path.join(dir, `wrong-${vendor}.db`), "--vendor", vendor, ...sinceArgs],
      { env: { ...sims.env, [variable]: wrongSecret } },
    );
    const said = `${result.stdout}\n${result.stderr}`;
    expect(result.status, said).toBe(1);
    expect(result.stderr, said).toMatch(new RegExp(`^  ${vendor}: the vendor refused the account: `, "m"));
    expect(result.stderr, said).toMatch(check);
    expect(result.stderr, said).toMatch(/running sync again will not help/);
    expect(said).not.toMatch(/again to resume|resumes\)/);
    expect(said).not.toContain(wrongSecret);
  });

  it("names the host it could not reach and says a rerun resumes", async () => {
    const result = await run(
      [
        "sync",
        "--db",
        path.join(dir, "unreachable.db"),
        "--vendor",
        "yopoint",
        "--window-retries",
        "0",
        ...sinceArgs,
      ],
      { env: { ...sims.env, YOPOINT_BASE_URL: "http://127.0.0.1:1" } },
    );
    const said = `${result.stdout}\n${result.stderr}`;
    expect(result.status, said).toBe(1);
    expect(result.stderr, said).toMatch(/could not connect to http:\/\/127\.0\.0\.1:1 \(YOPOINT_BASE_URL\)/);
    expect(result.stderr, said).toMatch(/`pnpm orderbridge sync` resumes/);
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
    // Excel on a Chinese Windows reads UTF-8 only after a byte-order mark: written by default.
    const bytes = await readFile(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString("utf8");
    expect(csv.startsWith("\ufeff")).toBe(false);
    const [header, first] = csv.split("\n");
    expect(header).toMatch(
      /^id,vendor,kind,vendor_order_id,order_no,status,payment_status,currency,total_yuan,paid_yuan,refunded_yuan,/,
    );
    expect(first).toMatch(/^yikayi:/);
    // Money is plain decimal yuan text: no currency sign, no thousands separator, two decimals.
    for (const row of csv.trim().split("\n").slice(1)) {
      const cells = row.split(",");
      expect(["online_mall", "in_store"]).toContain(cells[2]);
      for (const i of [8, 9, 10]) expect(cells[i]).toMatch(/^-?\d+\.\d{2}$/);
    }

    const plain = path.join(dir, "orders-no-bom.csv");
    const noBom = await run(["export", "--db", db, "--format", "csv", "--no-bom", "--out", plain]);
    expect(noBom.status, noBom.stderr).toBe(0);
    const plainBytes = await readFile(plain);
    expect(plainBytes.subarray(0, 3).toString("utf8")).toBe("id,");
    expect(plainBytes.equals(bytes.subarray(3))).toBe(true);

    // To stdout too (a pipe into a file is the same file).
    const piped = await run(["export", "--db", db, "--format", "csv"]);
    expect(piped.stdout.startsWith("\ufeffid,")).toBe(true);
  });

  it("refuses an --out that is a folder or in a missing folder, naming the path (exit 1)", async () => {
    const db = path.join(dir, "csv.db");
    const folder = await run(["export", "--db", db, "--format", "csv", "--out", dir]);
    expect(folder.status, folder.stderr).toBe(1);
    expect(folder.stderr).toBe(
      `orderbridge: cannot write --out ${dir}: ${dir} is a folder, not a file: give a file name (e.g. ${path.join(dir, "orders.csv")})\n`,
    );
    const missing = path.join(dir, "no-such-folder", "orders.csv");
    const typo = await run(["export", "--db", db, "--out", missing]);
    expect(typo.status, typo.stderr).toBe(1);
    expect(typo.stderr).toBe(
      `orderbridge: cannot write --out ${missing}: the folder ${path.dirname(missing)} does not exist: create it or check the path\n`,
    );
  });
});
