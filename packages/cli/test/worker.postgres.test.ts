// Workers sharing a dozen vendor accounts through one PostgreSQL: the built CLI, spawned as users run it, against
// simulators on loopback (one per account, each with its own credentials and data).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type PostgresServer, postgresUnavailableReason, startPostgres } from "@orderbridge/store/testing";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { accountLockKey, WORKER_LOCK_SPACE } from "../src/worker/coordinator.js";
import {
  type AccountSimulators,
  type LogLine,
  type SimulatedAccount,
  spawnWorker,
  startAccountSimulators,
  until,
  type WorkerProcess,
} from "./support/worker.js";

const unavailable = postgresUnavailableReason();
if (unavailable) console.warn(`skipping the PostgreSQL worker tests: ${unavailable}`);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// The simulated orders lie in the four days before the last Beijing midnight (a whole day per 1card1 account, see
// startAccountSimulators), so a long-running worker (which syncs up to now) and a --once pass (up to the end of
// the span) see the same orders.
const END = new Date(Math.floor((Date.now() + 8 * HOUR) / DAY) * DAY - 8 * HOUR);
const START = new Date(END.getTime() - 4 * DAY);
/** A --once pass over the whole span: 24 windows of 4 h per stream, at 20 requests per second per account. */
const PASS = [
  "--once",
  "--since",
  START.toISOString(),
  "--until",
  new Date(END.getTime() + 1000).toISOString(),
  "--window",
  "4h",
  "--rate-limit",
  "20",
];
const STREAMS_PER_ACCOUNT = { yopoint: 2, baifude: 1, yikayi: 2 } as const;

describe.skipIf(Boolean(unavailable))("orderbridge worker on PostgreSQL", () => {
  let server: PostgresServer;
  let dir: string;
  const workers: WorkerProcess[] = [];
  const admins: pg.Client[] = [];

  beforeAll(async () => {
    [server, dir] = await Promise.all([
      startPostgres(),
      mkdtemp(path.join(tmpdir(), "orderbridge-worker-pg-")),
    ]);
  }, 60_000);

  afterAll(async () => {
    for (const worker of workers) if (worker.child.exitCode === null) worker.child.kill("SIGKILL");
    await Promise.all(workers.map((w) => w.exited));
    for (const admin of admins) await admin.end().catch(() => {});
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  const simulators = async (options: { gated?: boolean; perVendor?: number; latencyMs?: number } = {}) => {
    const sims = await startAccountSimulators({
      perVendor: options.perVendor ?? 4,
      count: 24,
      start: START,
      end: END,
      latencyMs: options.latencyMs ?? 20,
      gated: options.gated ?? false,
    });
    onTestFinished(() => sims.close());
    return sims;
  };

  const worker = (name: string, args: string[], env: Record<string, string> = {}) => {
    const spawned = spawnWorker(name, args, env);
    workers.push(spawned);
    return spawned;
  };

  const admin = async (db: string) => {
    const client = new pg.Client({ connectionString: db });
    await client.connect();
    admins.push(client);
    return client;
  };

  /** Fails with everything the workers said. */
  const saidBy = (list: WorkerProcess[]) => list.map((w) => w.said()).join("\n");

  const accountsSyncedBy = (w: WorkerProcess) =>
    w.logs.filter((l) => l.msg === "syncing account").map((l) => `${l.vendor} ${l.account}`);

  /** Every stream's runs and checkpoint, and the stored orders per kind. */
  async function storeState(db: string) {
    const client = await admin(db);
    const runs = await client.query<{
      vendor: string;
      account: string;
      kind: string;
      result: string;
      n: string;
    }>("SELECT vendor, account, kind, result, count(*) AS n FROM sync_runs GROUP BY 1, 2, 3, 4");
    const checkpoints = await client.query<{ vendor: string; account: string; kind: string; hwm: Date }>(
      "SELECT vendor, account, kind, high_water_mark AS hwm FROM checkpoints",
    );
    const orders = await client.query<{ kind: string; n: string; ids: string }>(
      "SELECT kind, count(*) AS n, count(DISTINCT id) AS ids FROM orders GROUP BY kind",
    );
    return {
      runs: runs.rows.map((r) => ({ ...r, n: Number(r.n) })),
      checkpoints: checkpoints.rows,
      orders: Object.fromEntries(orders.rows.map((r) => [r.kind, Number(r.n)])),
      distinctIds: orders.rows.every((r) => r.n === r.ids),
    };
  }

  const streamCount = (sims: AccountSimulators) =>
    sims.accounts.reduce((n, a) => n + STREAMS_PER_ACCOUNT[a.vendor], 0);

  it("three workers share a dozen accounts: each synced once per pass, no page fetched twice, every order stored once", async () => {
    const sims = await simulators({ gated: true });
    const config = path.join(dir, "pass.json");
    await sims.writeConfig(config);
    const db = await server.createDatabase("worker_pass");
    const args = ["--db", db, "--config", config, ...PASS, "--max-accounts", "2"];
    const pool = ["a", "b", "c"].map((name) => worker(name, args));
    // The simulators answer nothing until each worker holds accounts: the work is shared, not raced for.
    await Promise.all(pool.map((w) => w.waitFor((l) => l.msg === "syncing account", "an account to sync")));
    sims.gate.open();
    const codes = await Promise.all(pool.map((w) => w.exited));
    expect(codes, saidBy(pool)).toEqual([0, 0, 0]);

    const synced = pool.map(accountsSyncedBy);
    for (const list of synced) expect(list.length, saidBy(pool)).toBeGreaterThan(0);
    // Every account synced by exactly one worker, once.
    expect(synced.flat().sort()).toEqual(sims.accounts.map((a) => `${a.vendor} ${a.account}`).sort());

    const state = await storeState(db);
    expect(state.runs).toHaveLength(streamCount(sims));
    for (const run of state.runs) expect(run, saidBy(pool)).toMatchObject({ result: "ok", n: 1 });
    expect(state.checkpoints).toHaveLength(streamCount(sims));
    for (const c of state.checkpoints) expect(c.hwm.getTime()).toBe(END.getTime() + 1000);
    expect(state.orders).toEqual(sims.totals());
    expect(state.distinctIds).toBe(true);
    // No page fetched twice: every data request each simulator answered is a different one.
    for (const account of sims.accounts) {
      const keys = account.pageKeys();
      expect(keys.length).toBeGreaterThan(0);
      expect(new Set(keys).size, `${account.vendor} ${account.account} was asked for a page twice`).toBe(
        keys.length,
      );
    }
  }, 180_000);

  it("a worker SIGKILLed mid-run: the others finish its accounts within 30 s, nothing lost or duplicated", async () => {
    const sims = await simulators({ gated: true });
    const config = path.join(dir, "kill.json");
    await sims.writeConfig(config);
    const db = await server.createDatabase("worker_kill");
    const args = ["--db", db, "--config", config, ...PASS, "--max-accounts", "2", "--overlap", "0"];
    const [victim, ...survivors] = ["victim", "b", "c"].map((name) => worker(name, args));
    const pool = [victim!, ...survivors];
    await Promise.all(pool.map((w) => w.waitFor((l) => l.msg === "syncing account", "an account to sync")));
    const held = accountsSyncedBy(victim!);
    sims.gate.open();

    // Mid-run: once a window of one of its accounts is stored (a checkpoint), and before it finished them.
    const client = await admin(db);
    await until(async () => {
      const { rows } = await client.query(
        "SELECT 1 FROM checkpoints WHERE vendor || ' ' || account = ANY($1::text[])",
        [held],
      );
      return rows.length > 0;
    }, "a checkpoint of the victim's accounts");
    victim!.child.kill("SIGKILL");
    const death = Date.now();
    await victim!.exited;
    // Its locks go with its connection: free for the others at once (the bound is 30 s).
    const keys = held.map((key) => {
      const [vendor, account] = key.split(" ") as [string, string];
      return accountLockKey({ vendor, account }).id;
    });
    await until(async () => {
      const { rows } = await client.query(
        "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND classid = $1 AND objid = ANY($2::int8[])",
        [WORKER_LOCK_SPACE, keys],
      );
      return rows.length === 0;
    }, "the victim's locks to be released");
    const released = Date.now() - death;
    expect(released).toBeLessThan(30_000);
    if (process.env.ORDERBRIDGE_TEST_TIMES)
      console.info(`the victim's locks were free ${released} ms after the SIGKILL`);
    const { rows: finished } = await client.query<{ key: string }>(
      "SELECT DISTINCT vendor || ' ' || account AS key FROM sync_runs WHERE vendor || ' ' || account = ANY($1::text[])",
      [held],
    );
    const unfinished = held.filter((key) => !finished.some((row) => row.key === key));
    expect(
      unfinished.length,
      `the victim finished its accounts before it was killed\n${victim!.said()}`,
    ).toBeGreaterThan(0);

    const codes = await Promise.all(survivors.map((w) => w.exited));
    expect(codes, saidBy(pool)).toEqual([0, 0]);
    // Each account the victim left unfinished was taken over, and its streams finished within 30 s of its death.
    for (const key of unfinished) {
      const takenOver = survivors
        .flatMap((w) => w.logs)
        .find((l) => l.msg === "syncing account" && `${l.vendor} ${l.account}` === key);
      expect(takenOver, `${key} was not taken over\n${saidBy(pool)}`).toBeDefined();
      if (process.env.ORDERBRIDGE_TEST_TIMES)
        console.info(`${key} taken over ${Date.parse(takenOver!.time) - death} ms after the SIGKILL`);
      const lines: LogLine[] = survivors.flatMap((w) =>
        w.logs.filter((l) => l.msg === "stream synced" && `${l.vendor} ${l.account}` === key),
      );
      expect(lines.length, `${key} was not taken over\n${saidBy(pool)}`).toBeGreaterThan(0);
      for (const line of lines)
        expect(Date.parse(line.time) - death, `${key}\n${saidBy(pool)}`).toBeLessThan(30_000);
    }

    const state = await storeState(db);
    // Every stream ran to its end once (the victim's unfinished runs were never recorded), nothing is missing.
    expect(state.runs).toHaveLength(streamCount(sims));
    for (const run of state.runs) expect(run, saidBy(pool)).toMatchObject({ result: "ok", n: 1 });
    for (const c of state.checkpoints) expect(c.hwm.getTime()).toBe(END.getTime() + 1000);
    expect(state.orders).toEqual(sims.totals());
    expect(state.distinctIds).toBe(true);
  }, 180_000);

  it("a worker whose lock session is terminated writes nothing more, and takes the account back once it is free", async () => {
    const sims = await simulators({ perVendor: 1 });
    const account = sims.accounts.find((a) => a.vendor === "yopoint")!;
    const config = path.join(dir, "fence.json");
    await sims.writeConfig(config, [account]);
    const db = await server.createDatabase("worker_fence");
    // Long-running, slow (4 requests per second): the terminated session finds it mid-run.
    const w = worker(
      "fenced",
      [
        "--db",
        db,
        "--config",
        config,
        "--since",
        START.toISOString(),
        "--window",
        "8h",
        "--rate-limit",
        "4",
        "--overlap",
        "0",
        "--every",
        "1h",
      ],
      { ORDERBRIDGE_LOG: "debug" },
    );
    const session = await w.waitFor((l) => l.msg === "lock session open", "its lock session");
    const client = await admin(db);
    await until(async () => {
      const { rows } = await client.query("SELECT 1 FROM checkpoints WHERE account = $1", [account.account]);
      return rows.length > 0;
    }, "a first window stored");

    // As another worker would, take the account's lock the moment the server frees it: a session waiting for it
    // (pg_advisory_lock) is granted it before the worker can reconnect and ask again.
    const key = accountLockKey({ vendor: account.vendor, account: account.account });
    const successor = await admin(db);
    const successorPid = (await successor.query("SELECT pg_backend_pid() AS pid")).rows[0].pid;
    const granted = successor.query("SELECT pg_advisory_lock($1, $2)", [key.space, key.id]);
    await until(async () => {
      const { rows } = await client.query("SELECT 1 FROM pg_locks WHERE pid = $1 AND NOT granted", [
        successorPid,
      ]);
      return rows.length > 0;
    }, "the successor to wait for the lock");
    const { rows: terminated } = await client.query("SELECT pg_terminate_backend($1) AS ok", [session.pid]);
    expect(terminated[0].ok).toBe(true);
    const cut = new Date();
    await granted;
    await w.waitFor(
      (l) =>
        l.msg ===
        "lost the lock session: stopped syncing its accounts, which other workers may take over; reconnecting",
      "the loss",
    );
    await until(
      () => w.logs.filter((l) => l.msg === "stream stopped: this worker lost the account").length === 2,
      `both streams to stop\n${w.said()}`,
    );

    const written = async () => {
      const { rows } = await client.query(
        `SELECT (SELECT count(*) FROM orders) AS orders,
                (SELECT max(synced_at) FROM orders) AS synced,
                (SELECT max(updated_at) FROM checkpoints) AS moved,
                (SELECT count(*) FROM sync_runs) AS runs,
                (SELECT count(*) FROM failed_records) AS failed`,
      );
      return rows[0];
    };
    const after = await written();
    // Nothing was written after the session ended: not an order, not a checkpoint, not a run.
    expect(after.synced.getTime(), w.said()).toBeLessThan(cut.getTime());
    expect(after.moved.getTime(), w.said()).toBeLessThan(cut.getTime());
    expect(Number(after.runs)).toBe(0);
    // It opens a new session and asks for the account again, which is held: still nothing written.
    await w.waitFor((l) => l.msg === "lock session open" && l.pid !== session.pid, "a new lock session");
    const asked = w.logs.length;
    await until(
      () =>
        w.logs.slice(asked).some((l) => l.msg === "held by another worker" && l.account === account.account),
      `a new attempt at the account\n${w.said()}`,
    );
    expect(await written()).toEqual(after);

    // Free again: it takes the account back and syncs it to the end.
    await successor.query("SELECT pg_advisory_unlock($1, $2)", [key.space, key.id]);
    await until(
      () => w.logs.filter((l) => l.msg === "stream synced").length === 2,
      `the streams synced after the lock came back\n${w.said()}`,
      120_000,
    );
    const { rows: orders } = await client.query<{ kind: string; n: string }>(
      "SELECT kind, count(*) AS n FROM orders GROUP BY kind ORDER BY kind",
    );
    expect(Object.fromEntries(orders.map((r) => [r.kind, Number(r.n)]))).toEqual(account.totals());
    w.child.kill("SIGTERM");
    expect(await w.exited, w.said()).toBe(0);
  }, 180_000);

  it("serves /healthz, /readyz and /metrics; SIGTERM finishes the windows in progress, gives the accounts back and exits 0", async () => {
    const sims = await simulators({ perVendor: 1, gated: false });
    const config = path.join(dir, "ops.json");
    await sims.writeConfig(config);
    const db = await server.createDatabase("worker_ops");
    const w = worker("ops", [
      "--db",
      db,
      "--config",
      config,
      "--since",
      START.toISOString(),
      "--window",
      "4h",
      "--overlap",
      "2d",
      "--rate-limit",
      "50",
      "--every",
      "10s",
      "--metrics-port",
      "0",
    ]);
    const started = await w.waitFor((l) => l.msg === "worker started", "its start");
    const url = started.metricsUrl as string;
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    await until(async () => (await fetch(`${url}/readyz`)).status === 200, "readiness");
    expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ status: "ready" });

    // The first pass: every stream synced.
    await until(
      () => w.logs.filter((l) => l.msg === "stream synced").length === 5,
      `the first pass\n${w.said()}`,
    );
    await until(
      () => w.logs.filter((l) => l.msg === "released account").length === 3,
      "the accounts released",
    );
    const metrics = await (await fetch(`${url}/metrics`)).text();
    for (const a of sims.accounts) {
      for (const [kind, n] of Object.entries(a.totals())) {
        expect(metrics).toContain(
          `orderbridge_orders_stored_total{vendor="${a.vendor}",kind="${kind}"} ${n}`,
        );
        expect(metrics).toContain(`orderbridge_failed_records_total{vendor="${a.vendor}",kind="${kind}"} 0`);
        expect(metrics).toMatch(
          new RegExp(
            `orderbridge_last_successful_sync_timestamp_seconds\\{vendor="${a.vendor}",account="${a.account}",kind="${kind}"\\} \\d+`,
          ),
        );
      }
      expect(metrics).toMatch(
        new RegExp(`orderbridge_vendor_requests_total\\{vendor="${a.vendor}"\\} [1-9]\\d*`),
      );
      expect(metrics).toContain(`orderbridge_vendor_errors_total{vendor="${a.vendor}",reason="http_5xx"} 0`);
    }
    expect(metrics).toContain("orderbridge_accounts_held 0");
    expect(metrics).toContain("orderbridge_accounts_max 8");
    expect(metrics).toContain("orderbridge_lock_session_up 1");
    expect(metrics).toContain("# TYPE process_cpu_seconds_total counter");

    // The second pass (10 s later) waits at the simulators; SIGTERM arrives with its first windows in flight.
    sims.gate.close();
    const before = sims.accounts.map((a) => a.arrived());
    await until(
      () => sims.accounts.every((a, i) => a.arrived() > before[i]!),
      `the second pass's requests\n${w.said()}`,
    );
    await until(
      async () =>
        (await fetch(`${url}/metrics`)).text().then((t) => t.includes("orderbridge_accounts_held 3")),
      "3 accounts held",
    );
    w.child.kill("SIGTERM");
    await w.waitFor((l) => l.msg.startsWith("stopping"), "the stop");
    expect((await fetch(`${url}/readyz`)).status).toBe(503);
    sims.gate.open();
    // Stopping is how a long-running worker ends (as serve): exit 0.
    expect(await w.exited, w.said()).toBe(0);

    const second = w.logs.filter((l) => l.msg === "stream interrupted");
    expect(second.length, w.said()).toBe(5);
    // The windows in flight were finished and stored, not cut: each interrupted run read orders.
    for (const line of second) expect(line.seen, w.said()).toBeGreaterThan(0);
    expect(w.logs.filter((l) => l.msg === "released account")).toHaveLength(6);
    expect(w.logs.at(-1)?.msg).toBe("worker stopped");
    await w.waitForStdout("metrics on http://127.0.0.1:");
    const client = await admin(db);
    const { rows: runs } = await client.query(
      "SELECT result, error FROM sync_runs WHERE result = 'interrupted' ORDER BY id",
    );
    expect(runs).toHaveLength(5);
    for (const run of runs) expect(run.error).toBe("interrupted by SIGTERM");
    const { rows: locks } = await client.query(
      "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND classid = $1",
      [WORKER_LOCK_SPACE],
    );
    expect(locks).toEqual([]);
  }, 180_000);
});

export type { SimulatedAccount };
