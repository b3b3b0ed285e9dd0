import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { openStore, type Store, StoreError } from "../src/index.js";
import { sqliteBackend } from "./support/backends.js";
import { storeBehaviour } from "./support/behaviour.js";
import { storeV2Behaviour } from "./support/behaviour-v2.js";
import { storeV3Behaviour } from "./support/behaviour-v3.js";
import { generatedOrder } from "./support/orders.js";

describe("SQLite store", () => {
  const backend = sqliteBackend();
  afterAll(() => backend.cleanup());
  storeBehaviour(() => backend);
  storeV2Behaviour(() => backend);
  storeV3Behaviour(() => backend);
});

/** What a file is: its bytes and modification time (to prove a read changed nothing). */
function fingerprint(path: string): { bytes: Buffer; mtimeMs: number } {
  return { bytes: readFileSync(path), mtimeMs: statSync(path).mtimeMs };
}

describe("SQLite files that are not a current store", () => {
  const dir = mkdtempSync(join(tmpdir(), "orderbridge-files-"));
  const stores: Store[] = [];
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses a missing file read-only, naming it and the command that creates one, and creates nothing", async () => {
    expect(existsSync("./typo.db")).toBe(false);
    await expect(openStore("./typo.db", { readOnly: true })).rejects.toThrow(
      new StoreError(
        "no orderbridge store at ./typo.db: the file does not exist; run orderbridge sync --db ./typo.db to create one",
      ),
    );
    expect(existsSync("./typo.db")).toBe(false);
    const inDir = join(dir, "missing.db");
    await expect(openStore(inDir, { readOnly: true })).rejects.toThrow(`no orderbridge store at ${inDir}`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("refuses a directory, read-only or not", async () => {
    for (const readOnly of [true, false]) {
      await expect(openStore(dir, { readOnly })).rejects.toThrow(
        `${dir} is a directory, not an orderbridge store: pass the store's file, e.g. ${join(dir, "orderbridge.db")}`,
      );
    }
  });

  it("refuses a file that is not SQLite, naming it, read-only or not, and leaves it as it was", async () => {
    const path = join(dir, "notes.txt");
    writeFileSync(
      path,
      "shopping list: milk, eggs, and a very long line so SQLite reads a whole header\n".repeat(20),
    );
    const before = fingerprint(path);
    await expect(openStore(path, { readOnly: true })).rejects.toThrow(
      `${path} is not a SQLite database (file is not a database): pass the path of an orderbridge store`,
    );
    await expect(openStore(path)).rejects.toThrow(
      `${path} is not a SQLite database (file is not a database): pass the path of an orderbridge store, or a new file name to create one`,
    );
    expect(fingerprint(path)).toEqual(before);
    expect(readdirSync(dir).filter((name) => name.startsWith("notes.txt"))).toEqual(["notes.txt"]);
  });

  it("refuses an unrelated SQLite database read-only and adds no table to it", async () => {
    const path = join(dir, "app.db");
    const db = new Database(path);
    db.exec("CREATE TABLE visits (day TEXT, n INTEGER); INSERT INTO visits VALUES ('2024-04-01', 3)");
    db.close();
    const before = fingerprint(path);
    await expect(openStore(path, { readOnly: true })).rejects.toThrow(
      `${path} is not an orderbridge store (no schema_migrations table): pass the path of a store that orderbridge sync wrote`,
    );
    expect(fingerprint(path)).toEqual(before);
    const after = new Database(path, { readonly: true });
    expect(after.prepare("SELECT name FROM sqlite_master").pluck().all()).toEqual(["visits"]);
    after.close();
    // An empty file is an empty SQLite database: not a store either, and it stays empty.
    const empty = join(dir, "empty.db");
    writeFileSync(empty, "");
    await expect(openStore(empty, { readOnly: true })).rejects.toThrow(/is not an orderbridge store/);
    expect(statSync(empty).size).toBe(0);
  });

  it("refuses the store release 0.1.0 wrote read-only (it needs migrating) without touching it", async () => {
    const path = join(dir, "release.db");
    copyFileSync(new URL("fixtures/release-0.1.0.sqlite.db", import.meta.url), path);
    const before = fingerprint(path);
    await expect(openStore(path, { readOnly: true })).rejects.toThrow(
      `${path} was written by an older orderbridge (schema v1); run orderbridge sync once to migrate it (orderbridge sync --db ${path})`,
    );
    expect(fingerprint(path)).toEqual(before);
    expect(readdirSync(dir).filter((name) => name.startsWith("release.db"))).toEqual(["release.db"]);
  });

  it("reads a current store read-only without changing its file", async () => {
    const path = join(dir, "current.db");
    const writer = await openStore(path);
    await writer.migrate();
    await writer.writeBatch({ orders: [generatedOrder(1), generatedOrder(2)] });
    await writer.close();
    const before = fingerprint(path);
    const reader = await openStore(path, { readOnly: true });
    stores.push(reader);
    expect(await reader.countOrders()).toBe(2);
    expect((await reader.status()).schemaVersion).toBe(3);
    await expect(reader.writeBatch({ orders: [generatedOrder(3)] })).rejects.toThrow(
      `${path} was opened read-only: writeBatch needs it opened for writing`,
    );
    await reader.close();
    expect(fingerprint(path)).toEqual(before);
  });

  it("cannot create a store in a directory that does not exist, and says so", async () => {
    const path = join(dir, "no-such-dir", "orders.db");
    await expect(openStore(path)).rejects.toThrow(
      `cannot create the SQLite store ${path}: the directory ${join(dir, "no-such-dir")} does not exist; create it first or choose another path`,
    );
  });

  it("refuses a --db value with a scheme it does not know instead of creating a file by that name", async () => {
    for (const url of [
      "postgresql:/oops",
      "postgres:db",
      "mysql://u@h/db",
      "file:orders.db",
      "sqlite:mysql://x",
    ]) {
      await expect(openStore(url)).rejects.toThrow(
        /is not a PostgreSQL URL \(postgres:\/\/user@host\/db\) and not a SQLite path/,
      );
      await expect(openStore(url, { readOnly: true })).rejects.toThrow(StoreError);
    }
    expect(readdirSync(".").filter((name) => name.includes(":"))).toEqual([]);
    const path = join(dir, "prefixed.db");
    const store = await openStore(`sqlite:${path}`);
    stores.push(store);
    expect(store.dialect).toBe("sqlite");
    await store.migrate();
    expect(existsSync(path)).toBe(true);
  });

  it("refuses a read-only :memory: store", async () => {
    await expect(openStore(":memory:", { readOnly: true })).rejects.toThrow(
      /a read-only store must be an existing file/,
    );
  });
});
