import path from "node:path";
import { pushPaidOrders, pushVendingShipments } from "@orderbridge/mocks/yopoint";
import { isPostgresUrl, openStore } from "@orderbridge/store";
import { commandName } from "../invocation.js";
import type { CliIo } from "../io.js";
import { startSimulators } from "../simulators.js";

import { runReport } from "./report.js";
import { type AccountSummary, runSync } from "./sync.js";

/**
 * `orderbridge demo`: the main job end to end — the three simulators on loopback, a full sync of all of
 * them into a SQLite file, the summary. Running it twice shows the second sync changing nothing.
 */
export async function runDemo(io: CliIo, options: { db: string; orders: number }): Promise<AccountSummary[]> {
  const running = await startSimulators({ orders: options.orders });
  try {
    io.stderr.write(`simulators: ${running.vendors.map((v) => `${v.vendor} ${v.url}`).join(", ")}\n`);
    await showPush(io, running, options.db);
    const summaries = await runSync(
      { ...io, env: { ...running.env } },
      {
        since: running.start,
        until: new Date(running.end.getTime() + 1000),
        db: options.db,
        overlap: 0,
        initial: 0,
        window: 86_400_000,
        concurrency: 2,
        // Local simulators: a high limit keeps the demo quick; real vendors get the default.
        rateLimit: 200,
        batchSize: 500,
        timeout: 30_000,
        windowRetries: 2,
        includePersonalData: false,
        includeRaw: false,
      },
    );
    const db = path.isAbsolute(options.db) ? options.db : path.resolve(io.cwd, options.db);
    const report = await runReport(io, {
      db: options.db,
      out: path.join(isPostgresUrl(options.db) ? io.cwd : path.dirname(db), "orderbridge-demo-report.html"),
      since: running.start,
      until: new Date(running.end.getTime() + 1000),
    });
    io.stdout.write(
      `\nstored in ${db}\nnext: ${commandName()} export --db ${options.db} --format csv --out orders.csv\n`,
    );
    io.stdout.write(`report: ${report.path}\n`);
    return summaries;
  } finally {
    await running.close();
  }
}

/**
 * Before the sync: `orderbridge serve` in-process on the demo's store, and the Yopoint simulator pushing
 * three paid-order notifications and three vending-machine dispense reports to it. The sync that follows
 * reads the same orders and finds them unchanged: push and sync converge on one row per order.
 */
async function showPush(
  io: CliIo,
  running: Awaited<ReturnType<typeof startSimulators>>,
  db: string,
): Promise<void> {
  const { createNotificationServer } = await import("../serve/index.js");
  const store = await openStore(db);
  try {
    await store.migrate();
    const server = createNotificationServer({ store, env: running.env, logger: false, rateLimit: 200 });
    const served = await server.listen(0, "127.0.0.1");
    try {
      const answers = await pushPaidOrders(
        running.simulators.yopoint,
        `${served.url}/notify/yopoint`,
        [0, 1, 2],
      );
      // Stored, or found stored already (a 200 also acknowledges an order kept as a failed record).
      const storedSoFar = () => server.counts().stored + server.counts().unchanged;
      const stored = storedSoFar();
      io.stderr.write(
        `push: the Yopoint simulator sent ${answers.length} paid-order notifications to ${served.url}/notify/yopoint; ${stored} verified and stored\n`,
      );
      const vending = await pushVendingShipments(
        running.simulators.yopoint,
        `${served.url}/notify/yopoint`,
        [0, 1, 2],
      );
      const dispensed = storedSoFar() - stored;
      io.stderr.write(
        `push: the Yopoint simulator sent ${vending.length} vending-machine dispense notifications to ${served.url}/notify/yopoint; ${dispensed} verified and stored\n`,
      );
    } finally {
      await served.close();
    }
  } finally {
    await store.close();
  }
}
