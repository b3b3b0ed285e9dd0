import { fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "@orderbridge/store";
import { findPostgresBinDir, startPostgres } from "@orderbridge/store/testing";
import Database from "better-sqlite3";
import pg from "pg";
import { type BenchResult, costResult, round, throughputResult } from "./harness.js";
import {
  BENCH_VENDORS,
  type BenchSimulators,
  type BenchVendor,
  type RecordedRequest,
  startBenchSimulators,
} from "./simulators.js";

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), "sync-child.js");

/** How many orders are read back per chunk when replaying them into the ceiling database. */
const CHUNK = 5000;

export interface SyncRun {
  orders: number;
  ms: number;
  maxRssMiB: number;
  /** The child's V8 heap when the sync ended, in words. */
  heap: string;
}

/**
 * Runs `orderbridge sync` for all three vendors in a child process (so its peak RSS is its own; the simulators
 * stay in this process, on the other core) and returns its wall time (measured inside the child, around the
 * command) and peak RSS. The client's own throttle (--rate-limit, 5 rps by default) is lifted: the simulators do
 * not throttle here, and this benchmark measures throughput.
 */
export async function runSync(options: {
  env: Record<string, string>;
  since: Date;
  until: Date;
  db: string;
  extraArgs?: string[];
}): Promise<{ ms: number; maxRssMiB: number; heap: string; output: string }> {
  const args = [
    "sync",
    "--since",
    options.since.toISOString(),
    "--until",
    options.until.toISOString(),
    "--db",
    options.db,
    ...(options.extraArgs ?? ["--rate-limit", "1000000"]),
  ];
  const child = fork(CHILD, args, {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...options.env },
    execArgv: [],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  type Report = {
    status: number;
    ms: number;
    maxRssKiB: number;
    heapTotal: number;
    heapUsed: number;
    external: number;
    output: string;
  };
  const message = await new Promise<Report>((resolve, reject) => {
    let received: Report | undefined;
    child.on("message", (m) => {
      received = m as typeof received;
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      received ? resolve(received) : reject(new Error(`sync child exited ${code} without a report`)),
    );
  });
  if (message.status !== 0) throw new Error(`orderbridge sync exited ${message.status}:\n${message.output}`);
  const mib = (bytes: number) => round(bytes / 2 ** 20);
  const heap = `V8 heap at the end ${mib(message.heapUsed)} MiB used of ${mib(message.heapTotal)} MiB, external ${mib(message.external)} MiB`;
  return { ms: message.ms, maxRssMiB: message.maxRssKiB / 1024, heap, output: message.output };
}

async function syncInto(db: string, total: number): Promise<SyncRun & { sims: BenchSimulators }> {
  const sims = await startBenchSimulators({ orders: total, record: true });
  try {
    const run = await runSync({ env: sims.env, since: sims.start, until: sims.end, db });
    const store = await openStore(db);
    const orders = await store.countOrders();
    const failed = (await store.listFailed()).length;
    await store.close();
    // Baifude's simulator leaves some pay orders unpaid (outside every pay-time window), so a little under `total`.
    if (failed > 0 || orders < total * 0.9)
      throw new Error(`sync stored ${orders} of ${total} orders, ${failed} failed:\n${run.output}`);
    return { orders, ms: run.ms, maxRssMiB: run.maxRssMiB, heap: run.heap, sims };
  } catch (error) {
    await sims.close();
    throw error;
  }
}

/** Orders per transaction in the bare pipeline, as the sync's --batch-size. */
const BARE_BATCH = 500;
/** Requests in flight per vendor in the bare pipeline, as the sync's --concurrency. */
const BARE_IN_FLIGHT = 2;

/**
 * The records a replayed answer carries that the sync stores (list pages and 4.1 pay orders); `undefined` for a
 * request that is not replayed at all (Baifude's token exchange: a new token would not page anything).
 */
function recordsOf(vendor: BenchVendor, request: RecordedRequest, body: unknown): unknown[] | undefined {
  const path = new URL(request.url).pathname;
  const envelope = body as { data?: unknown; error_code?: unknown; code?: unknown; status?: unknown };
  const ok =
    vendor === "yopoint"
      ? envelope.error_code === 0
      : vendor === "baifude"
        ? String(envelope.code) === "0"
        : envelope.status === 0;
  if (!ok) throw new Error(`bare pipeline: ${vendor} ${path} answered ${JSON.stringify(body).slice(0, 200)}`);
  if (vendor === "yopoint") {
    const method = new URLSearchParams(request.body ?? "").get("method");
    const list = (envelope.data as { data?: unknown } | undefined)?.data;
    return (method === "cabinet.order.list" || method === "consumer.order.list") && Array.isArray(list)
      ? list
      : [];
  }
  if (vendor === "baifude")
    return path.endsWith("/order/getList") && Array.isArray(envelope.data) ? envelope.data : [];
  return (path.endsWith("/Get_GoodsBillPaged") || path.endsWith("/Get_ConsumeNotePagedV2")) &&
    Array.isArray(envelope.data)
    ? envelope.data
    : [];
}

/**
 * The bare pipeline on the same data: every page the sync fetched, fetched again from the same simulators with
 * plain `fetch` (the recorded request: same URL, headers and body), `JSON.parse`d, and each record the sync
 * stores inserted as JSON text by `insert` in transactions of {@link BARE_BATCH}. The vendors run in parallel with
 * {@link BARE_IN_FLIGHT} requests in flight each, as the sync does. Returns the milliseconds from the first request
 * to the last commit, and how many records were inserted.
 */
async function barePipeline(
  sims: BenchSimulators,
  write: (batch: readonly [BenchVendor, string][]) => Promise<void> | void,
): Promise<{ ms: number; records: number }> {
  const skip = (vendor: BenchVendor, request: RecordedRequest) =>
    vendor === "baifude" && new URL(request.url).pathname.startsWith("/token");
  let pending: [BenchVendor, string][] = [];
  let records = 0;
  let writing: Promise<void> = Promise.resolve();
  const flush = () => {
    const batch = pending;
    pending = [];
    writing = writing.then(() => write(batch));
    return writing;
  };
  const started = performance.now();
  await Promise.all(
    BENCH_VENDORS.map(async (vendor) => {
      const requests = sims.recorded[vendor].filter((request) => !skip(vendor, request));
      let next = 0;
      const worker = async () => {
        while (next < requests.length) {
          const request = requests[next++]!;
          const response = await fetch(request.url, {
            method: request.method,
            headers: request.headers,
            body: request.body,
          });
          const body = JSON.parse(await response.text());
          for (const record of recordsOf(vendor, request, body) ?? []) {
            pending.push([vendor, JSON.stringify(record)]);
            records++;
            if (pending.length >= BARE_BATCH) await flush();
          }
        }
      };
      await Promise.all(Array.from({ length: BARE_IN_FLIGHT }, worker));
    }),
  );
  await flush();
  return { ms: performance.now() - started, records };
}

async function bareSqlite(sims: BenchSimulators, file: string): Promise<{ ms: number; records: number }> {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.exec("CREATE TABLE records (id INTEGER PRIMARY KEY, vendor TEXT NOT NULL, document TEXT NOT NULL)");
  const insert = db.prepare("INSERT INTO records (vendor, document) VALUES (?, ?)");
  const writeBatch = db.transaction((batch: readonly [BenchVendor, string][]) => {
    for (const [vendor, document] of batch) insert.run(vendor, document);
  });
  try {
    return await barePipeline(sims, (batch) => writeBatch(batch));
  } finally {
    db.close();
  }
}

async function barePostgres(sims: BenchSimulators, url: string): Promise<{ ms: number; records: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      "CREATE TABLE records (id bigserial PRIMARY KEY, vendor text NOT NULL, document text NOT NULL)",
    );
    const text = "INSERT INTO records (vendor, document) VALUES ($1, $2)";
    return await barePipeline(sims, async (batch) => {
      await client.query("BEGIN");
      for (const [vendor, document] of batch)
        await client.query({ name: "bare-insert", text, values: [vendor, document] });
      await client.query("COMMIT");
    });
  } finally {
    await client.end();
  }
}

/** Creates an empty, migrated orderbridge database (the same schema the sync wrote). */
async function emptyStore(url: string): Promise<void> {
  const store = await openStore(url);
  await store.migrate();
  await store.close();
}

/**
 * The ceiling on SQLite: the rows the sync stored, replayed into an empty database of the same schema (same
 * pragmas as the store: WAL, synchronous NORMAL) with one prepared INSERT in one transaction. Only the inserts and
 * the commit are timed, not reading the rows back.
 */
async function sqliteCeiling(source: string, target: string): Promise<number> {
  await emptyStore(target);
  const from = new Database(source, { readonly: true });
  const to = new Database(target);
  to.pragma("journal_mode = WAL");
  to.pragma("synchronous = NORMAL");
  // Every column of the schema the sync wrote (read from it, so a schema change cannot break the replay).
  const COLUMNS = (to.prepare("PRAGMA table_info(orders)").all() as { name: string }[]).map((c) => c.name);
  const read = from
    .prepare(`SELECT ${COLUMNS.join(", ")} FROM orders WHERE id > ? ORDER BY id LIMIT ?`)
    .raw();
  const insert = to.prepare(
    `INSERT INTO orders (${COLUMNS.join(", ")}) VALUES (${COLUMNS.map(() => "?").join(", ")})`,
  );
  let elapsed = 0;
  let last = "";
  let started = performance.now();
  to.exec("BEGIN");
  elapsed += performance.now() - started;
  for (;;) {
    const rows = read.all(last, CHUNK) as unknown[][];
    if (rows.length === 0) break;
    started = performance.now();
    for (const row of rows) insert.run(row);
    elapsed += performance.now() - started;
    last = rows[rows.length - 1]![0] as string;
  }
  started = performance.now();
  to.exec("COMMIT");
  elapsed += performance.now() - started;
  from.close();
  to.close();
  return elapsed;
}

/** The ceiling on PostgreSQL: as {@link sqliteCeiling}, one named prepared statement, one transaction. */
async function postgresCeiling(source: string, target: string): Promise<number> {
  await emptyStore(target);
  const from = new pg.Client({ connectionString: source });
  const to = new pg.Client({ connectionString: target });
  await from.connect();
  await to.connect();
  try {
    const { rows: columns } = await to.query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'orders' AND table_schema = current_schema() ORDER BY ordinal_position",
    );
    const COLUMNS = columns.map((c) => c.column_name);
    const select = `SELECT ${COLUMNS.map((c) => `${c}::text`).join(", ")} FROM orders WHERE id > $1 ORDER BY id LIMIT $2`;
    const insert = `INSERT INTO orders (${COLUMNS.join(", ")}) VALUES (${COLUMNS.map((_, i) => `$${i + 1}`).join(", ")})`;
    let elapsed = 0;
    let last = "";
    let started = performance.now();
    await to.query("BEGIN");
    elapsed += performance.now() - started;
    for (;;) {
      const { rows } = await from.query({ text: select, values: [last, CHUNK], rowMode: "array" });
      if (rows.length === 0) break;
      started = performance.now();
      // One row per round trip: node-postgres sends one query at a time anyway.
      for (const row of rows) await to.query({ name: "ceiling-insert", text: insert, values: row });
      elapsed += performance.now() - started;
      last = rows[rows.length - 1]![0] as string;
    }
    started = performance.now();
    await to.query("COMMIT");
    elapsed += performance.now() - started;
    return elapsed;
  } finally {
    await from.end();
    await to.end();
  }
}

/**
 * 3. Sync end to end: orders from the three simulators over loopback into SQLite (and PostgreSQL) through
 * `orderbridge sync`, against the ceiling of inserting the same rows with one prepared statement in one
 * transaction; and the sync's peak RSS at the small size against the large one.
 */
export async function benchSync(quick: boolean): Promise<BenchResult[]> {
  const sqliteLarge = quick ? 30_000 : 1_000_000;
  const sqliteSmall = quick ? 6_000 : 100_000;
  const postgresOrders = quick ? 6_000 : 200_000;
  const dir = mkdtempSync(path.join(tmpdir(), "orderbridge-bench-sync-"));
  const results: BenchResult[] = [];
  try {
    const smallRun = await syncInto(path.join(dir, "small.db"), sqliteSmall);
    await smallRun.sims.close();
    const largeDb = path.join(dir, "large.db");
    const largeRun = await syncInto(largeDb, sqliteLarge);
    let bare: { ms: number; records: number };
    try {
      bare = await bareSqlite(largeRun.sims, path.join(dir, "bare.db"));
    } finally {
      await largeRun.sims.close();
    }
    const ceilingMs = await sqliteCeiling(largeDb, path.join(dir, "ceiling.db"));
    const sizes = `${largeRun.orders} orders (a third per vendor, 14 one-day windows each, --concurrency 2, --batch-size 500, client throttle lifted)`;
    results.push(
      throughputResult({
        name: `sync end to end: SQLite, ${largeRun.orders} orders, vs the bare pipeline`,
        unit: "orders/s",
        work: largeRun.orders,
        subjectMs: largeRun.ms,
        baselineMs: (bare.ms * largeRun.orders) / bare.records,
        minRatio: 0.5,
        target: ">= 0.5x the bare pipeline",
        notes: `${sizes}, timed inside the child after its modules are loaded; baseline: the same ${bare.records} records' pages fetched again from the same simulators with fetch (the sync's recorded requests, 2 in flight per vendor), JSON.parse, each record inserted as JSON text with one prepared INSERT in transactions of 500 (${round(bare.ms)} ms); one run each`,
      }),
      {
        ...throughputResult({
          name: `sync end to end: SQLite, ${largeRun.orders} orders, vs replaying its rows (information)`,
          unit: "orders/s",
          work: largeRun.orders,
          subjectMs: largeRun.ms,
          baselineMs: ceilingMs,
          minRatio: 0,
          target: "information: no target",
          notes: `the earlier ceiling, kept as information: the rows the sync stored, inserted into an empty database with one prepared INSERT in one transaction (inserts and commit timed; no HTTP, parsing, validation or hashing)`,
        }),
        informational: true,
      },
      costResult({
        name: `sync end to end: peak RSS at ${largeRun.orders} vs ${smallRun.orders} orders`,
        unit: "MiB",
        value: largeRun.maxRssMiB,
        baseline: smallRun.maxRssMiB,
        maxRatio: 1.25,
        target: "flat: <= 1.25x the smaller run",
        notes: `peak RSS (process.resourceUsage().maxRSS) of the child process running orderbridge sync into SQLite; ${smallRun.orders} orders took ${round(smallRun.ms / 1000)} s (${smallRun.heap}), ${largeRun.orders} orders ${round(largeRun.ms / 1000)} s (${largeRun.heap})`,
      }),
    );

    const binDir = findPostgresBinDir();
    if (!binDir) {
      results.push({
        name: `sync end to end: PostgreSQL, ${postgresOrders} orders, vs the bare pipeline`,
        unit: "orders/s",
        value: 0,
        baseline: 0,
        ratio: 0,
        target: ">= 0.5x the bare pipeline",
        met: false,
        notes:
          "not measured: no PostgreSQL server binaries (initdb, pg_ctl) via $PG_BIN_DIR, pg_config, /usr/lib/postgresql/*/bin or PATH",
      });
    } else {
      const server = await startPostgres();
      try {
        const syncUrl = await server.createDatabase("bench_sync");
        const pgRun = await syncInto(syncUrl, postgresOrders);
        let pgBare: { ms: number; records: number };
        try {
          pgBare = await barePostgres(pgRun.sims, await server.createDatabase("bench_bare"));
        } finally {
          await pgRun.sims.close();
        }
        const pgCeilingMs = await postgresCeiling(syncUrl, await server.createDatabase("bench_ceiling"));
        results.push(
          throughputResult({
            name: `sync end to end: PostgreSQL, ${pgRun.orders} orders, vs the bare pipeline`,
            unit: "orders/s",
            work: pgRun.orders,
            subjectMs: pgRun.ms,
            baselineMs: (pgBare.ms * pgRun.orders) / pgBare.records,
            minRatio: 0.5,
            target: ">= 0.5x the bare pipeline",
            notes: `${pgRun.orders} orders as above, into a throwaway local PostgreSQL (fsync off); baseline: the same ${pgBare.records} records' pages fetched again with fetch, JSON.parse, each record inserted as JSON text with one named prepared INSERT per record (one round trip each, as node-postgres sends them) in transactions of 500 over one connection (${round(pgBare.ms)} ms); peak RSS ${round(pgRun.maxRssMiB)} MiB; one run each`,
          }),
          {
            ...throughputResult({
              name: `sync end to end: PostgreSQL, ${pgRun.orders} orders, vs replaying its rows (information)`,
              unit: "orders/s",
              work: pgRun.orders,
              subjectMs: pgRun.ms,
              baselineMs: pgCeilingMs,
              minRatio: 0,
              target: "information: no target",
              notes:
                "the earlier ceiling, kept as information: the stored rows replayed with one named prepared INSERT per row in one transaction",
            }),
            informational: true,
          },
        );
      } finally {
        await server.stop();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
