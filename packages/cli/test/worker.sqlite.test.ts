// The worker on SQLite: one process per store file, and a --once pass that syncs exactly as `sync` does.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pushPaidOrders } from "@orderbridge/mocks/yopoint";
import { openStore } from "@orderbridge/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mockBadRecords, type RunningSimulators, startSimulators } from "../src/simulators.js";
import { spawnCli } from "./support/cli.js";
import { run } from "./support/io.js";
import { spawnWorker, type WorkerProcess } from "./support/worker.js";

let sims: RunningSimulators;
let dir: string;
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  // The orders of the two days before today (UTC): a long-running worker syncs up to now and finds them all.
  [sims, dir] = await Promise.all([
    startSimulators({ orders: 30, days: 2 }),
    mkdtemp(path.join(tmpdir(), "orderbridge-worker-sqlite-")),
  ]);
});

afterAll(async () => {
  for (const worker of workers) if (worker.child.exitCode === null) worker.child.kill("SIGKILL");
  await Promise.all(workers.map((w) => w.exited));
  await sims?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Every stored order without the store's own clocks, and the checkpoints without theirs. */
async function snapshot(db: string) {
  const store = await openStore(db, { readOnly: true });
  try {
    const orders: Record<string, unknown> = {};
    for await (const order of store.iterateOrders()) {
      const { firstSeenAt: _f, syncedAt: _s, ...rest } = order;
      orders[rest.id] = rest;
    }
    const checkpoints = (await store.listCheckpoints()).map(({ updatedAt: _u, ...rest }) => rest);
    const failed = (await store.listFailed()).map(({ firstSeenAt: _f, lastChangedAt: _l, ...rest }) => rest);
    return { orders, checkpoints, failed };
  } finally {
    await store.close();
  }
}

describe("orderbridge worker on SQLite", () => {
  it("runs one worker per store file: a second one is refused with exit 1, and the lock dies with the first", async () => {
    const db = path.join(dir, "single.db");
    const first = spawnWorker(
      "first",
      [
        "--db",
        db,
        "--since",
        sims.start.toISOString(),
        "--window",
        "12h",
        "--every",
        "1h",
        "--rate-limit",
        "50",
      ],
      sims.env as Record<string, string>,
    );
    workers.push(first);
    await first.waitFor((l) => l.msg === "worker started", "its start");

    const second = await spawnCli(["worker", "--db", db, "--once"], { env: sims.env });
    expect(second.status, second.said).toBe(1);
    expect(second.stderr).toContain(
      `orderbridge: another orderbridge worker is running on ${db} (it holds ${db}.worker-lock): with SQLite one worker runs per store file. Stop the other one first, or keep the store in PostgreSQL (--db postgres://…) to run several workers`,
    );
    expect(second.stdout).toBe("");

    // Killed, however hard: the operating system drops its lock (no stale pid file to clean up).
    first.child.kill("SIGKILL");
    await first.exited;
    const third = await spawnCli(
      ["worker", "--db", db, "--once", "--since", sims.start.toISOString(), "--rate-limit", "50"],
      { env: sims.env },
    );
    expect(third.status, third.said).toBe(0);
  }, 120_000);

  it("--once syncs exactly as sync does: the same orders and checkpoints, then nothing is due", async () => {
    const pass = ["--since", sims.start.toISOString(), "--until", sims.end.toISOString(), "--window", "12h"];
    const viaSync = path.join(dir, "sync.db");
    const synced = await run(["sync", "--db", viaSync, ...pass, "--rate-limit", "50"], { env: sims.env });
    expect(synced.status, synced.stderr).toBe(0);

    const viaWorker = path.join(dir, "worker.db");
    const once = await spawnCli(["worker", "--db", viaWorker, "--once", ...pass, "--rate-limit", "50"], {
      env: sims.env,
    });
    expect(once.status, once.said).toBe(0);
    // The same summary table as sync's, on stdout; logs are JSON lines on stderr.
    expect(once.stdout).toMatch(/^vendor\s+account\s+kind\s+seen\s+inserted/);
    for (const line of once.stderr.trim().split("\n")) expect(() => JSON.parse(line), line).not.toThrow();
    expect(await snapshot(viaWorker)).toEqual(await snapshot(viaSync));

    const again = await spawnCli(["worker", "--db", viaWorker, "--once", ...pass], { env: sims.env });
    expect(again.status, again.said).toBe(0);
    expect(again.stdout).toBe(
      `nothing was due: every stream is synced up to ${sims.end.toISOString()}, or another worker synced it in this pass\n`,
    );
  }, 120_000);

  it("--once exits 3 when records could not be stored, and 1 when a vendor refuses an account, as sync does", async () => {
    const bad = await startSimulators({ orders: 30, days: 2, badRecords: mockBadRecords(10) });
    try {
      const pass = [
        "--once",
        "--since",
        bad.start.toISOString(),
        "--until",
        bad.end.toISOString(),
        "--rate-limit",
        "50",
      ];
      const failed = await spawnCli(["worker", "--db", path.join(dir, "bad.db"), ...pass], { env: bad.env });
      expect(failed.status, failed.said).toBe(3);
      expect(failed.stderr).toMatch(/record\(s\) could not be stored .*`pnpm orderbridge failed` lists them/);

      const refused = await spawnCli(
        ["worker", "--db", path.join(dir, "refused.db"), ...pass, "--vendor", "yopoint"],
        {
          env: { ...bad.env, YOPOINT_APP_SECRET: "not-the-secret" },
        },
      );
      expect(refused.status, refused.said).toBe(1);
      expect(refused.stderr).toMatch(/2 of 2 stream\(s\) did not finish/);
      expect(refused.stderr).toMatch(
        /the vendor refused the account: check YOPOINT_APP_ID and YOPOINT_APP_SECRET/,
      );
      expect(refused.stderr + refused.stdout).not.toContain("not-the-secret");
    } finally {
      await bad.close();
    }
  }, 120_000);

  it("--once stopped by SIGTERM finishes the windows in progress and exits 130; the same command finishes the pass", async () => {
    const slow = await startSimulators({ orders: 30, days: 2, latencyMs: 150 });
    try {
      const db = path.join(dir, "interrupted.db");
      const pass = [
        "--db",
        db,
        "--once",
        "--since",
        slow.start.toISOString(),
        "--until",
        slow.end.toISOString(),
      ];
      const w = spawnWorker(
        "interrupted",
        [...pass, "--window", "4h", "--rate-limit", "2"],
        slow.env as Record<string, string>,
      );
      workers.push(w);
      await w.waitFor((l) => l.msg === "syncing account", "an account to sync");
      w.child.kill("SIGTERM");
      expect(await w.exited, w.said()).toBe(130);
      expect(w.said()).toContain(
        "orderbridge: interrupted: the windows in progress were finished and stored, and the accounts given back; run the worker again to go on",
      );
      const interrupted = w.logs.filter((l) => l.msg === "stream interrupted");
      expect(interrupted.length, w.said()).toBeGreaterThan(0);
      const store = await openStore(db, { readOnly: true });
      const runs = await store.lastRuns();
      await store.close();
      expect(runs.filter((r) => r.result === "interrupted").map((r) => r.error)).toEqual(
        interrupted.map(() => "interrupted by SIGTERM"),
      );

      const resumed = await spawnCli(["worker", ...pass, "--rate-limit", "50"], { env: slow.env });
      expect(resumed.status, resumed.said).toBe(0);
    } finally {
      await slow.close();
    }
  }, 120_000);

  it("--serve-port receives notifications in the same process, into the same store", async () => {
    const db = path.join(dir, "serving.db");
    const w = spawnWorker(
      "serving",
      [
        "--db",
        db,
        "--since",
        sims.start.toISOString(),
        "--every",
        "1h",
        "--rate-limit",
        "50",
        "--serve-port",
        "0",
      ],
      sims.env as Record<string, string>,
    );
    workers.push(w);
    const started = await w.waitFor((l) => l.msg === "worker started", "its start");
    const url = started.serveUrl as string;
    await w.waitForStdout(
      `orderbridge worker: receiving notifications on ${url} (POST /notify/yopoint, POST /notify/baifude)`,
    );
    const [answer] = await pushPaidOrders(sims.simulators.yopoint, `${url}/notify/yopoint`, [0]);
    expect(answer?.status, w.said()).toBe(200);
    // "notification stored" or, when the running sync stored the order first, "notification stored, unchanged".
    const stored = await w.waitFor((l) => l.msg.startsWith("notification stored"), "the notification stored");
    expect(stored).toMatchObject({ vendor: "yopoint", type: "notify.cabinet.order.simple" });
    w.child.kill("SIGTERM");
    expect(await w.exited, w.said()).toBe(0);
  }, 120_000);

  it("refuses options that contradict each other, as bad usage", async () => {
    const cases: [string[], RegExp][] = [
      [["--until", "2024-05-01"], /--until needs --once/],
      [["--once", "--every", "1h"], /--every applies to the long-running worker; --once syncs once/],
      [["--every", "5s"], /'--every <duration>' argument '5s' is invalid\. It must be from 10s to 31d\./],
      [["--max-accounts", "0"], /It must be a whole number from 1 to 1000/],
      [["--metrics-port", "70000"], /It must be a whole number from 0 to 65535/],
    ];
    for (const [args, message] of cases) {
      const result = await run(["worker", "--db", path.join(dir, "usage.db"), ...args], { env: sims.env });
      expect(result.status, `${args.join(" ")}: ${result.stderr}`).toBe(2);
      expect(result.stderr).toMatch(message);
    }
  });
});
