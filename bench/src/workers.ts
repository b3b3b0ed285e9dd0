import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { serveHandlers } from "@orderbridge/mocks";
import { createYopointSimulator } from "@orderbridge/mocks/yopoint";
import { findPostgresBinDir, startPostgres } from "@orderbridge/store/testing";
import pg from "pg";
import { type BenchResult, round } from "./harness.js";
import { busiestSecond } from "./simulators.js";

/** The built `orderbridge` command (its committed bin shim loads dist/). */
const BIN = path.join(
  path.dirname(createRequire(import.meta.url).resolve("orderbridge/package.json")),
  "bin/orderbridge.js",
);

const LATENCY_MS = 100;
/** Requests per second each account's simulator accepts (429 above), and what each worker is told (`--rate-limit`). */
const RATE_LIMIT = 4;
const WORKER_COUNTS = [1, 2, 4] as const;
const TARGETS: Record<number, number> = { 2: 1.7, 4: 3 };

interface PoolRun {
  workers: number;
  orders: number;
  ms: number;
  /** The most requests any one account's simulator saw within one second. */
  busiest: number;
}

/**
 * 7. Workers: orders/s of 1, 2 and 4 `orderbridge worker --once` processes sharing one PostgreSQL, against one
 * simulator per account that answers after 100 ms and throttles at 4 requests per second — as a vendor limits each
 * app — with more accounts than workers. Each worker syncs at most `--max-accounts` accounts at once, so a pool of
 * n workers syncs n times as many at a time: the figure shows whether coordination (advisory locks, fenced writes,
 * the re-check under the lease) lets the pool scale. The ratios are n workers against 1, in the same run.
 */
export async function benchWorkers(quick: boolean): Promise<BenchResult[]> {
  if (!findPostgresBinDir()) {
    return WORKER_COUNTS.slice(1).map((n) => notMeasured(n, "no PostgreSQL server binaries"));
  }
  const accounts = quick ? 8 : 16;
  const maxAccounts = quick ? 1 : 2;
  const ordersPerAccount = quick ? 600 : 1200;
  const dir = mkdtempSync(path.join(tmpdir(), "orderbridge-bench-workers-"));
  const end = new Date("2024-03-15T00:00:00Z");
  const start = new Date(end.getTime() - 14 * 86_400_000);
  const arrivals: number[][] = [];
  const served = await Promise.all(
    Array.from({ length: accounts }, async (_, i) => {
      const sim = createYopointSimulator({
        seed: 7000 + i,
        counts: { cabinet: ordersPerAccount, vending: 0 },
        start,
        end,
        latencyMs: LATENCY_MS,
        rateLimitPerSecond: RATE_LIMIT,
        appId: String(930_000_000_000 + i),
        appSecret: `bench-secret-${i}`,
      });
      const seen: number[] = [];
      arrivals.push(seen);
      const running = await serveHandlers(() => {
        seen.push(performance.now());
        return sim.handlers;
      });
      return { sim, running, seen };
    }),
  );
  const config = path.join(dir, "accounts.json");
  writeFileSync(
    config,
    JSON.stringify({
      accounts: served.map(({ sim, running }) => ({ vendor: "yopoint", env: sim.env(running.url) })),
    }),
  );
  const server = await startPostgres();
  try {
    const runs: PoolRun[] = [];
    for (const workers of WORKER_COUNTS) {
      for (const account of served) account.seen.length = 0;
      const db = await server.createDatabase(`workers_${workers}`);
      const args = [
        "worker",
        "--once",
        "--db",
        db,
        "--config",
        config,
        "--kind",
        "cabinet",
        "--since",
        start.toISOString(),
        "--until",
        end.toISOString(),
        "--max-accounts",
        String(maxAccounts),
        "--rate-limit",
        String(RATE_LIMIT),
        "--concurrency",
        "2",
      ];
      const started = performance.now();
      const statuses = await Promise.all(Array.from({ length: workers }, () => runWorker(args)));
      const ms = performance.now() - started;
      const failed = statuses.find((s) => s.status !== 0);
      if (failed) throw new Error(`a worker exited ${failed.status}:\n${failed.output}`);
      const client = new pg.Client({ connectionString: db });
      await client.connect();
      const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM orders");
      // One worker per account at a time, once per pass: one run per account, ended ok.
      const runsPerAccount = await client.query<{ account: string; n: string; ok: string }>(
        "SELECT account, count(*) AS n, count(*) FILTER (WHERE result = 'ok') AS ok FROM sync_runs GROUP BY account",
      );
      await client.end();
      if (
        runsPerAccount.rows.length !== accounts ||
        runsPerAccount.rows.some((row) => row.n !== "1" || row.ok !== "1")
      )
        throw new Error(`not one ok run per account: ${JSON.stringify(runsPerAccount.rows)}`);
      runs.push({
        workers,
        orders: Number(rows[0]!.n),
        ms,
        busiest: Math.max(...served.map((account) => busiestSecond(account.seen))),
      });
      process.stderr.write(
        `bench: ${workers} worker(s): ${Number(rows[0]!.n)} orders in ${round(ms / 1000)} s\n`,
      );
    }
    const one = runs[0]!;
    const baseline = (one.orders / one.ms) * 1000;
    const setup =
      `${accounts} Yopoint accounts (one simulator each: ${ordersPerAccount} cabinet orders over 14 days, ` +
      `${LATENCY_MS} ms per answer, 429 above ${RATE_LIMIT} req/s), \`worker --once --kind cabinet ` +
      `--max-accounts ${maxAccounts} --rate-limit ${RATE_LIMIT} --concurrency 2\`, one-day windows`;
    const perRun = runs
      .map(
        (r) =>
          `${r.workers} worker(s): ${r.orders} orders in ${round(r.ms / 1000)} s, busiest account second ${r.busiest} req`,
      )
      .join("; ");
    const scaling = runs.slice(1).map((run): BenchResult => {
      const value = (run.orders / run.ms) * 1000;
      const ratio = round(value / baseline, 3);
      return {
        name: `workers: ${run.workers} vs 1 on one PostgreSQL, ${accounts} rate-limited accounts`,
        unit: "orders/s",
        value: round(value),
        baseline: round(baseline),
        ratio,
        target: `>= ${TARGETS[run.workers]}x one worker`,
        met: ratio >= TARGETS[run.workers]! && run.orders === one.orders,
        notes: `${setup}; wall time from spawning the workers to the last exit (process start included), one run per pool; every pool stored the same orders with one ok run per account; ${perRun}`,
      };
    });
    const busiest = Math.max(...runs.map((r) => r.busiest));
    return [
      ...scaling,
      {
        name: "workers: busiest second at any account's simulator vs its limit",
        unit: "req",
        value: busiest,
        baseline: RATE_LIMIT,
        ratio: round(busiest / RATE_LIMIT, 3),
        target: `never > ${RATE_LIMIT} req in any second (ratio <= 1)`,
        met: busiest <= RATE_LIMIT,
        notes: `requests arriving at each account's simulator within any 1000 ms, over the three pools (${perRun}); the client's limiter (core) spaces sends 1/rate apart and at most ${RATE_LIMIT} per 1100 ms, so only a request delayed by more than 100 ms on a loaded machine can land in the same second as the next ones`,
      },
    ];
  } finally {
    await server.stop();
    await Promise.all(served.map(({ running }) => running.close()));
    rmSync(dir, { recursive: true, force: true });
  }
}

function runWorker(args: string[]): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ORDERBRIDGE_LOG: "warn" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const keep = (chunk: Buffer) => {
      if (output.length < 20_000) output += String(chunk);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.once("error", reject);
    child.once("close", (status) => resolve({ status, output }));
  });
}

function notMeasured(workers: number, why: string): BenchResult {
  return {
    name: `workers: ${workers} vs 1 on one PostgreSQL`,
    unit: "orders/s",
    value: 0,
    baseline: 0,
    ratio: 0,
    target: `>= ${TARGETS[workers]}x one worker`,
    met: false,
    notes: `not measured: ${why}`,
  };
}
