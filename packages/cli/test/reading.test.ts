// The reading commands (export, status, failed, changes) never create or change anything; the options every
// command shares are checked before anything runs; a config file's values must be text.
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { KINDS_BY_VENDOR, ORDER_KINDS, VENDORS } from "@orderbridge/orders";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { displayAccount, yikayiAccountName } from "../src/accounts.js";
import { KIND_IDS, KINDS_OF_VENDOR, VENDOR_IDS } from "../src/vendor-ids.js";
import { spawnCli } from "./support/cli.js";
import { run } from "./support/io.js";

const Database = createRequire(import.meta.resolve("@orderbridge/store"))("better-sqlite3") as new (
  file: string,
) => { exec(sql: string): void; prepare(sql: string): { all(): { name: string }[] }; close(): void };

const READING = [["export"], ["status"], ["failed"], ["changes", "--since", "2024-04-01"]];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "orderbridge-reading-"));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const sha = async (file: string) =>
  createHash("sha256")
    .update(await readFile(file))
    .digest("hex");

describe("the reading commands", () => {
  it.each(READING)(
    "%s on a mistyped path: exit 1 with the store's message, and no file is created",
    async (...command) => {
      const empty = await mkdtemp(path.join(dir, "typo-"));
      const result = await spawnCli([...command, "--db", "typo.db"], { cwd: empty });
      expect(result.status, result.said).toBe(1);
      expect(result.stderr).toBe(
        "orderbridge: no orderbridge store at typo.db: the file does not exist; run pnpm orderbridge sync --db typo.db to create one\n",
      );
      expect(await readdir(empty)).toEqual([]);
    },
  );

  it.each(READING)(
    "%s on an unrelated SQLite file: refused, and the file gains no table",
    async (...command) => {
      const file = path.join(dir, `unrelated-${command[0]}.db`);
      const db = new Database(file);
      db.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine')");
      db.close();
      const before = { sha: await sha(file), mtime: (await stat(file)).mtimeMs };
      const result = await spawnCli([...command, "--db", file]);
      expect(result.status, result.said).toBe(1);
      expect(result.stderr).toMatch(/is not an orderbridge store \(no schema_migrations table\)/);
      expect({ sha: await sha(file), mtime: (await stat(file)).mtimeMs }).toEqual(before);
      const after = new Database(file);
      expect(after.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all()).toEqual([
        { name: "notes" },
      ]);
      after.close();
    },
  );

  it("check --kind and --vendor before anything is opened", async () => {
    const unknown = await run(["status", "--db", path.join(dir, "none.db"), "--format", "yaml"]);
    expect(unknown.status).toBe(2);
    const kind = await run(["failed", "--db", path.join(dir, "none.db"), "--kind", "till"]);
    expect(kind.status).toBe(2);
    expect(kind.stderr).toMatch(
      /unknown kind "till" \(one of cabinet, vending, welfare_mall, online_mall, in_store\)/,
    );
    const mismatch = await run([
      "changes",
      "--since",
      "2024-04-01",
      "--vendor",
      "yikayi",
      "--kind",
      "cabinet",
    ]);
    expect(mismatch.status).toBe(2);
    expect(mismatch.stderr).toMatch(
      /--kind cabinet is not offered by --vendor yikayi \(yikayi: online_mall, in_store\)/,
    );
    const since = await run(["changes", "--db", path.join(dir, "none.db")]);
    expect(since.status).toBe(2);
    expect(since.stderr).toMatch(/required option '--since <time>' not specified/);
    expect(await readdir(dir)).not.toContain("none.db");
  });
});

describe("sync's own checks", () => {
  it("refuses an unknown --kind, a kind no --vendor offers, and a kind no configured account offers (exit 2)", async () => {
    const env = { BAIFUDE_BASE_URL: "http://127.0.0.1:1", BAIFUDE_APP_KEY: "k", BAIFUDE_APP_SECRET: "s" };
    const db = path.join(dir, "never.db");
    const unknown = await run(["sync", "--db", db, "--kind", "vending,tills"], { env });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown kind "tills"/);
    const mismatch = await run(["sync", "--db", db, "--vendor", "baifude", "--kind", "vending"], { env });
    expect(mismatch.status).toBe(2);
    expect(mismatch.stderr).toMatch(
      /--kind vending is not offered by --vendor baifude \(baifude: welfare_mall\); vending is yopoint's/,
    );
    const unconfigured = await run(["sync", "--db", db, "--kind", "vending"], { env });
    expect(unconfigured.status).toBe(2);
    expect(unconfigured.stderr).toMatch(/no configured vendor account offers --kind vending/);
    const rescan = await run(["sync", "--db", db, "--rescan", "30"], { env });
    expect(rescan.status).toBe(2);
    expect(rescan.stderr).toMatch(/"30" needs a unit/);
    expect(await readdir(dir)).not.toContain("never.db");
  });

  it("a --config value that is not text: a configuration error naming the file, the account and the key (exit 1)", async () => {
    const file = path.join(dir, "accounts.json");
    await writeFile(
      file,
      JSON.stringify({
        accounts: [
          {
            vendor: "baifude",
            env: { BAIFUDE_APP_KEY: "k2", BAIFUDE_APP_SECRET: "s", BAIFUDE_BASE_URL: "http://x" },
          },
          { vendor: "yopoint", env: { YOPOINT_APP_ID: 930859529955, YOPOINT_APP_SECRET: "s3cr3t-value" } },
        ],
      }),
    );
    const result = await spawnCli(["sync", "--db", path.join(dir, "config.db"), "--config", file]);
    expect(result.status, result.said).toBe(1);
    expect(result.stderr).toBe(
      `orderbridge: config file ${file}: accounts[1] (yopoint): "YOPOINT_APP_ID" is a number, not text: write its value in quotes, as "YOPOINT_APP_ID": "…"\n`,
    );
    expect(result.said).not.toMatch(/TypeError|930859529955/);
    expect(await readdir(dir)).not.toContain("config.db");
  });
});

describe("names and kinds", () => {
  it("the CLI's copy of the vendors and kinds is @orderbridge/orders'", () => {
    expect(VENDOR_IDS).toEqual(VENDORS);
    expect(KIND_IDS).toEqual(ORDER_KINDS);
    expect(KINDS_OF_VENDOR).toEqual(KINDS_BY_VENDOR);
  });

  it("a 1card1 account is named by a short stable hash of its OpenId, also where a store kept the OpenId", () => {
    const openId = "0123456789ABCDEF0123456789ABCDEF";
    const name = yikayiAccountName(openId);
    expect(name).toMatch(/^oid-[0-9a-f]{12}$/);
    expect(yikayiAccountName(` ${openId} `)).toBe(name);
    expect(yikayiAccountName("FEDCBA9876543210FEDCBA9876543210")).not.toBe(name);
    expect(displayAccount("yikayi", openId)).toBe(name);
    expect(displayAccount("yikayi", name)).toBe(name);
    expect(displayAccount("yopoint", "930859529955")).toBe("930859529955");
  });
});
