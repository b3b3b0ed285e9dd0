import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { serve } from "@hono/node-server";
import { createYopointSimulator } from "@orderbridge/mocks/yopoint";
import { openStore } from "@orderbridge/store";
import type { YopointClient } from "@orderbridge/yopoint";
import autocannon from "autocannon";
import { Hono } from "hono";
// `orderbridge` does not export the server from its entry point yet; its build output is imported directly
// (bench runs after `turbo build`, like cold-start.ts runs packages/cli/dist/bin.js).
import { createNotificationServer } from "../../packages/cli/dist/serve/index.js";
import type { BenchResult } from "./harness.js";
import { median, throughputResult } from "./harness.js";

const ORDERS = 500;
const CONNECTIONS = 10;

interface Target {
  url: string;
  close(): Promise<void>;
}

/** The baseline: the same framework and adapter answering 200 after reading the body — no verify, no store. */
async function bareHono(): Promise<Target> {
  const app = new Hono();
  app.post("/notify/yopoint", async (c) => {
    await c.req.text();
    return c.json({ error_code: 0, error_msg: "SUCCESS", data: {} });
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const created = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(created));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Requests per second autocannon reaches against `url`, sending `bodies` round-robin for `seconds`. */
async function measure(url: string, bodies: readonly string[], seconds: number): Promise<number> {
  let next = 0;
  const result = await autocannon({
    url: `${url}/notify/yopoint`,
    connections: CONNECTIONS,
    duration: seconds,
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length]! }),
      },
    ],
  });
  if (result.non2xx > 0) throw new Error(`${result.non2xx} notifications were refused during the benchmark`);
  return result.requests.average;
}

/** Alternates baseline and subject runs (so machine drift hits both) and returns the median rps of each. */
async function alternateRps(
  repetitions: number,
  baseline: () => Promise<number>,
  subject: () => Promise<number>,
): Promise<{ baseline: number; subject: number }> {
  const b: number[] = [];
  const s: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    if (i % 2 === 0) {
      b.push(await baseline());
      s.push(await subject());
    } else {
      s.push(await subject());
      b.push(await baseline());
    }
  }
  return { baseline: median(b), subject: median(s) };
}

/**
 * Notifications per second `orderbridge serve` takes over loopback (autocannon, 10 connections), against the same
 * Hono adapter answering a bare 200 in the same run:
 * - `notify.close.door`: verify (MD5, constant-time compare, timestamp window), validate, acknowledge;
 * - `notify.cabinet.order.simple` over 500 orders: the above, plus fetching the order (from an in-process
 *   simulator, so the vendor's latency is not measured), normalizing it and upserting it into SQLite.
 *
 * @example
 * const results = await benchNotifications({ quick: true });
 */
export async function benchNotifications(
  options: { quick?: boolean } | boolean = {},
): Promise<BenchResult[]> {
  const quick = typeof options === "boolean" ? options : (options.quick ?? false);
  const seconds = quick ? 2 : 5;
  const repetitions = quick ? 2 : 4;
  const dir = await mkdtemp(path.join(tmpdir(), "orderbridge-bench-serve-"));
  const sim = createYopointSimulator({ orderCount: ORDERS });
  const byReceipt = new Map<string, Record<string, unknown>>();
  for (let i = 0; i < ORDERS; i++) byReceipt.set(String(sim.orderAt(i).ReceiptNo), sim.orderAt(i));
  const client = {
    cabinetOrderGet: async ({ ReceiptNo }: { ReceiptNo?: string }) => byReceipt.get(ReceiptNo ?? ""),
  } as unknown as Pick<YopointClient, "cabinetOrderGet" | "consumerOrderGet">;

  const store = await openStore(path.join(dir, "bench.db"));
  await store.migrate();
  const server = createNotificationServer({
    store,
    clients: {
      yopoint: {
        client,
        appSecret: sim.credentials.appSecret,
        account: sim.credentials.appId,
      },
    },
    logger: false,
    // The bodies are signed once, up front; a long window keeps them valid for the whole run.
    toleranceSeconds: 3600,
  });
  const subject = await server.listen(0);
  const baseline = await bareHono();
  try {
    const doorBodies = [
      sim.buildNotification("notify.close.door", { Status: 1, ReceiptNo: "VI1", Msg: "机器有开门" }).body,
    ];
    const orderBodies = [...byReceipt.values()].map(
      (order) =>
        sim.buildNotification("notify.cabinet.order.simple", {
          ReceiptNo: order.ReceiptNo,
          CID: order.CID,
          PayTime: order.PayTime,
        }).body,
    );
    // Warm-up: JIT, and the first insert of every order (the timed runs then measure upserts of known orders).
    await measure(baseline.url, doorBodies, 1);
    for (const body of orderBodies)
      await fetch(`${subject.url}/notify/yopoint`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body,
      });

    const ack = await alternateRps(
      repetitions,
      () => measure(baseline.url, doorBodies, seconds),
      () => measure(subject.url, doorBodies, seconds),
    );
    const stored = await alternateRps(
      repetitions,
      () => measure(baseline.url, orderBodies, seconds),
      () => measure(subject.url, orderBodies, seconds),
    );
    const notes = `autocannon on loopback, ${CONNECTIONS} connections, ${repetitions} alternating runs of ${seconds} s each (median); baseline: the same Hono adapter answering a bare 200`;
    const asResult = (
      name: string,
      r: { baseline: number; subject: number },
      minRatio: number,
      extra: string,
    ) =>
      throughputResult({
        name,
        unit: "notifications/s",
        // throughputResult takes work and durations: 1 s of each rate gives the rates themselves.
        work: 1,
        subjectMs: 1000 / r.subject,
        baselineMs: 1000 / r.baseline,
        minRatio,
        target: `>= ${minRatio}x bare Hono`,
        notes: `${notes}; ${extra}`,
      });
    return [
      asResult("serve: notify.close.door (verify + ack)", ack, 0.5, "verify, validate, acknowledge"),
      asResult(
        "serve: notify.cabinet.order.simple (verify + fetch + normalize + upsert)",
        stored,
        0.1,
        `${ORDERS} distinct orders round-robin, fetched in-process, upserted into SQLite (unchanged rows)`,
      ),
    ];
  } finally {
    await subject.close();
    await baseline.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}
