import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import {
  type AdvisoryKey,
  LockLostError,
  type LockSession,
  openStore,
  type Store,
  tryLockFile,
} from "../src/index.js";
import { type PostgresServer, postgresUnavailableReason, startPostgres } from "../src/testing/postgres.js";
import { compileForChildProcesses } from "./support/compile.js";
import { generatedOrder } from "./support/orders.js";

const unavailable = postgresUnavailableReason();
if (unavailable) console.warn(`PostgreSQL lock session tests skipped: ${unavailable}`);

const KEY: AdvisoryKey = { space: 4242, id: 7 };
const OTHER: AdvisoryKey = { space: 4242, id: 8 };

const run = (account = "app-1") => ({
  vendor: "yopoint",
  account,
  kind: "cabinet" as const,
  startedAt: "2024-04-01T00:00:00Z",
  finishedAt: "2024-04-01T00:01:00Z",
  result: "ok" as const,
  counts: { seen: 1, inserted: 1, updated: 0, unchanged: 0, failed: 0, notes: 0 },
});

describe.skipIf(unavailable)("PostgreSQL lock sessions", () => {
  let server: PostgresServer;
  let url: string;
  let store: Store;
  const sessions: LockSession[] = [];
  const open = async (name: string) => {
    const session = await store.openLockSession!({ applicationName: name });
    sessions.push(session);
    return session;
  };

  beforeAll(async () => {
    server = await startPostgres();
    url = await server.createDatabase();
    store = await openStore(url);
    await store.migrate();
  });
  afterAll(async () => {
    for (const session of sessions) await session.close();
    await store?.close();
    await server?.stop();
  });

  it("gives a lock to one session at a time, and tells who holds it", async () => {
    const a = await open("test a");
    const b = await open("test b");
    expect(a.pid).not.toBe(b.pid);
    expect(await a.tryLock(KEY)).toBe(true);
    expect(await a.tryLock(KEY)).toBe(true); // re-entrant for its holder
    expect(await b.tryLock(KEY)).toBe(false);
    expect(await a.holds(KEY)).toBe(true);
    expect(await b.holds(KEY)).toBe(false);
    expect(await b.unlock(KEY)).toBe(false);
    expect(await a.unlock(KEY)).toBe(true);
    // Taken twice, held until unlocked twice (PostgreSQL counts session-level locks).
    expect(await b.tryLock(KEY)).toBe(false);
    expect(await a.unlock(KEY)).toBe(true);
    expect(await b.tryLock(KEY)).toBe(true);
    expect(await b.unlock(KEY)).toBe(true);
  });

  it("shows the session with its name and keepalive settings", async () => {
    const a = await open("orderbridge worker test-keepalive");
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const { rows } = await admin.query("SELECT application_name FROM pg_stat_activity WHERE pid = $1", [
        a.pid,
      ]);
      expect(rows[0]?.application_name).toBe("orderbridge worker test-keepalive");
    } finally {
      await admin.end();
    }
    // The server applies the keepalives to this session: a client host silent for 10 + 5 × 3 s loses it.
    expect(a.keepalive).toEqual({
      idleSeconds: 10,
      intervalSeconds: 5,
      count: 3,
      userTimeoutMs: 25_000,
      silentSeconds: 25,
    });
    const quick = await store.openLockSession!({
      keepalive: { idleSeconds: 2, intervalSeconds: 1, count: 2 },
    });
    sessions.push(quick);
    expect(quick.keepalive?.silentSeconds).toBe(4);
  });

  it("writes through a fenced view only while its session holds the lock", async () => {
    const a = await open("test fenced a");
    const b = await open("test fenced b");
    expect(await a.tryLock(OTHER)).toBe(true);
    const fencedA = a.fenced(OTHER);
    const fencedB = b.fenced(OTHER);

    const written = await fencedA.writeBatch({
      orders: [generatedOrder(1)],
      checkpoint: {
        vendor: "yopoint",
        account: "app-1",
        kind: "cabinet",
        highWaterMark: "2024-04-02T00:00:00Z",
      },
    });
    expect(written.inserted).toBe(1);
    expect((await fencedA.recordRun(run())).result).toBe("ok");

    // B does not hold the lock: refused, nothing stored.
    await expect(
      fencedB.writeBatch({
        orders: [generatedOrder(2)],
        checkpoint: {
          vendor: "yopoint",
          account: "app-1",
          kind: "cabinet",
          highWaterMark: "2024-04-03T00:00:00Z",
        },
      }),
    ).rejects.toBeInstanceOf(LockLostError);
    await expect(fencedB.recordRun(run())).rejects.toBeInstanceOf(LockLostError);
    // The settlement statement a Baifude stream records is fenced like the orders.
    const statement = {
      vendor: "baifude",
      account: "app-1",
      kind: "welfare_mall" as const,
      since: "2024-04-01T00:00:00Z",
      until: "2024-04-02T00:00:00Z",
      entries: [
        { reference: "P1", orderId: "baifude:P1", paidAt: "2024-04-01T01:00:00Z", lines: 1, amount: 100 },
      ],
    };
    await expect(fencedB.recordStatement(statement)).rejects.toBeInstanceOf(LockLostError);
    expect((await fencedA.recordStatement(statement)).written).toBe(1);
    expect(await store.getOrder(generatedOrder(2).id)).toBeUndefined();
    expect((await store.getCheckpoint("yopoint", "app-1", "cabinet"))?.highWaterMark).toBe(
      "2024-04-02T00:00:00.000Z",
    );

    // Released: A's view is refused too, and B takes over.
    expect(await a.unlock(OTHER)).toBe(true);
    await expect(fencedA.writeBatch({ orders: [generatedOrder(3)] })).rejects.toThrow(
      /no longer holds advisory lock \(4242, 8\).*nothing of this write was stored/,
    );
    expect(await b.tryLock(OTHER)).toBe(true);
    expect((await fencedB.writeBatch({ orders: [generatedOrder(2)] })).inserted).toBe(1);
    expect(await store.getOrder(generatedOrder(3).id)).toBeUndefined();
    // Closing a fenced view leaves the store's pool alone.
    await fencedA.close();
    expect(await store.countOrders()).toBe(2);
    expect(await b.unlock(OTHER)).toBe(true);
  });

  it("loses its locks, and writes nothing more, once the server ends the session", async () => {
    const a = await open("test terminated");
    const b = await open("test successor");
    const key = { space: 4242, id: 9 };
    expect(await a.tryLock(key)).toBe(true);
    const fencedA = a.fenced(key);
    expect((await fencedA.writeBatch({ orders: [generatedOrder(10)] })).inserted).toBe(1);

    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query("SELECT pg_terminate_backend($1)", [a.pid]);
    } finally {
      await admin.end();
    }
    const lost = await a.lost;
    expect(lost).toBeInstanceOf(Error);
    expect(a.alive).toBe(false);
    // The server freed the lock with the session.
    expect(await b.tryLock(key)).toBe(true);
    await expect(fencedA.writeBatch({ orders: [generatedOrder(11)] })).rejects.toThrow(
      /lock session .* has ended/,
    );
    await expect(a.tryLock(key)).rejects.toThrow(/has ended/);
    expect(await store.getOrder(generatedOrder(11).id)).toBeUndefined();
  });

  it("refuses keys outside the two-int4 form", async () => {
    const a = await open("test keys");
    await expect(a.tryLock({ space: -1, id: 1 })).rejects.toThrow(RangeError);
    expect(() => a.fenced({ space: 1, id: 2 ** 31 })).toThrow(RangeError);
  });
});

describe("file locks", () => {
  const dir = mkdtempSync(join(tmpdir(), "orderbridge-file-lock-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is held by one holder at a time, in this process too", () => {
    const path = join(dir, "in-process.lock");
    const first = tryLockFile(path);
    expect(first).toBeDefined();
    expect(tryLockFile(path)).toBeUndefined();
    first!.release();
    first!.release();
    const again = tryLockFile(path);
    expect(again).toBeDefined();
    again!.release();
  });

  it("is dropped by the operating system when its holder is killed", async () => {
    const path = join(dir, "killed.lock");
    // The child runs this source, not a stale dist/.
    const compiled = compileForChildProcesses();
    onTestFinished(() => compiled.remove());
    const storeDist = pathToFileURL(join(compiled.dir, "src/file-lock.js")).href;
    // The child takes the lock, says so, and waits to be killed.
    const child = spawn(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `const { tryLockFile } = await import(${JSON.stringify(storeDist)});
         const lock = tryLockFile(${JSON.stringify(path)});
         process.stdout.write(lock ? "held\\n" : "busy\\n");
         setInterval(() => {}, 1000);`,
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let said = "";
    child.stderr.on("data", (chunk) => {
      said += chunk;
    });
    const first = await new Promise<string>((resolve, reject) => {
      child.stdout.once("data", (chunk) => resolve(String(chunk).trim()));
      child.once("exit", (code) => reject(new Error(`child exited ${code}: ${said}`)));
    });
    expect(first, said).toBe("held");
    expect(tryLockFile(path)).toBeUndefined();
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
    const lock = tryLockFile(path);
    expect(lock).toBeDefined();
    lock!.release();
  });

  it("names the file and the fix when it cannot be created", () => {
    expect(() => tryLockFile(join(dir, "no-such-dir", "x.lock"))).toThrow(
      /cannot lock .*no-such-dir\/x\.lock .*make its directory writable/,
    );
  });
});
