import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createYopointSimulator, orderPaidPayload } from "@orderbridge/mocks/yopoint";
import { openStore, type Store } from "@orderbridge/store";
import type { YopointClient } from "@orderbridge/yopoint";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runServe } from "../src/commands/serve.js";
import { createCoalescer, createNotificationServer } from "../src/serve/index.js";
import { run } from "./support/io.js";

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

const sim = createYopointSimulator({ orderCount: 20 });
let dir: string;
let store: Store;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "orderbridge-serve-life-"));
  store = await openStore(path.join(dir, "life.db"));
  await store.migrate();
});

afterAll(async () => {
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

/** A Yopoint client whose cabinet.order.get answers from the simulator only when the test lets it. */
function gatedClient() {
  let calls = 0;
  const called = [deferred<void>(), deferred<void>()];
  let gate = deferred<void>();
  const client: Pick<YopointClient, "cabinetOrderGet" | "consumerOrderGet"> = {
    cabinetOrderGet: (async ({ ReceiptNo }: { ReceiptNo?: string }) => {
      called[Math.min(calls, 1)]!.resolve();
      calls++;
      await gate.promise;
      for (let i = 0; i < sim.orderCount; i++)
        if (sim.orderAt(i).ReceiptNo === ReceiptNo) return sim.orderAt(i);
      throw new Error("no such order");
    }) as YopointClient["cabinetOrderGet"],
    consumerOrderGet: (async () => {
      throw new Error("not used here");
    }) as YopointClient["consumerOrderGet"],
  };
  return {
    client,
    calls: () => calls,
    firstCall: called[0]!.promise,
    open: () => gate.resolve(),
    reset: () => {
      gate = deferred<void>();
    },
  };
}

function receiver(client: Pick<YopointClient, "cabinetOrderGet" | "consumerOrderGet">) {
  return {
    yopoint: {
      client,
      appSecret: sim.credentials.appSecret,
      paymentSecret: sim.credentials.paymentSecret,
      account: sim.credentials.appId,
    },
  };
}

describe("coalescing", () => {
  it("runs one task per key at a time and folds everything that arrives meanwhile into ONE follow-up", async () => {
    const coalesce = createCoalescer<number>();
    let runs = 0;
    const gates = [deferred(), deferred()];
    const task = async () => {
      const n = runs++;
      await gates[n]!.promise;
      return n;
    };
    const first = coalesce("k", task);
    const later = Array.from({ length: 50 }, () => coalesce("k", task));
    const other = coalesce("other", async () => 99);
    expect(await other).toBe(99);
    expect(runs).toBe(1);
    gates[0]!.resolve();
    expect(await first).toBe(0);
    gates[1]!.resolve();
    expect(new Set(await Promise.all(later))).toEqual(new Set([1]));
    expect(runs).toBe(2);
    // Once idle, the next request runs afresh.
    gates.push(deferred());
    gates[2]!.resolve();
    expect(await coalesce("k", task)).toBe(2);
  });

  it("200 concurrent duplicates of one order: at most two fetches, one row", async () => {
    const gated = gatedClient();
    // Every request reads the clock right before it reaches the coalescer: counting the reads tells when all
    // 200 are waiting, so the gate opens only then (no timing involved).
    let clockReads = 0;
    const server = createNotificationServer({
      store,
      clients: receiver(gated.client),
      logger: pino({ level: "silent" }),
      now: () => {
        clockReads++;
        return Date.now();
      },
    });
    const payload = orderPaidPayload(sim, 1);
    const { body } = sim.buildNotification("notify.cabinet.order.simple", payload);
    const before = await store.countOrders();
    const answers = Array.from({ length: 200 }, () =>
      server.app.request("/notify/yopoint", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body,
      }),
    );
    await gated.firstCall;
    while (clockReads < 200) await new Promise((resolve) => setImmediate(resolve));
    expect(gated.calls()).toBe(1);
    gated.open();
    const responses = await Promise.all(answers);
    expect(responses.map((r) => r.status)).toEqual(Array(200).fill(200));
    expect(gated.calls()).toBe(2);
    expect(await store.countOrders()).toBe(before + 1);
  });
});

describe("graceful shutdown", () => {
  it("finishes the in-flight notification, turns /readyz 503, then refuses connections", async () => {
    const gated = gatedClient();
    const server = createNotificationServer({
      store,
      clients: receiver(gated.client),
      logger: pino({ level: "silent" }),
    });
    const running = await server.listen(0);
    const payload = orderPaidPayload(sim, 2);
    const { body } = sim.buildNotification("notify.cabinet.order.simple", payload);
    const inFlight = fetch(`${running.url}/notify/yopoint`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body,
    });
    await gated.firstCall;
    const closed = running.close();
    expect((await server.app.request("/readyz")).status).toBe(503);
    gated.open();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ error_code: 0, error_msg: "SUCCESS", data: {} });
    await closed;
    expect(await store.getOrder(`yopoint:${payload.ReceiptNo}`)).toBeDefined();
    await expect(fetch(`${running.url}/healthz`)).rejects.toThrow();
  });
});

describe("orderbridge serve (the command)", () => {
  it("serves until stopped, into the --db store", async () => {
    const { serveHandlers } = await import("@orderbridge/mocks");
    const served = await serveHandlers(sim.handlers);
    const db = path.join(dir, "command.db");
    const stop = new AbortController();
    const listening = deferred<string>();
    const io = {
      stdin: process.stdin,
      stdout: new (await import("node:stream")).PassThrough(),
      stderr: new (await import("node:stream")).PassThrough(),
      env: { ...sim.env(served.url), ORDERBRIDGE_LOG: "off" },
      cwd: dir,
    };
    const done = runServe(io, {
      port: 0,
      host: "127.0.0.1",
      db,
      tolerance: 300,
      bodyLimit: 65536,
      includePersonalData: false,
      includeRaw: false,
      signal: stop.signal,
      onListening: (running) => listening.resolve(running.url),
    });
    try {
      const url = await listening.promise;
      const { pushYopointNotification } = await import("@orderbridge/mocks/yopoint");
      const answer = await pushYopointNotification(
        sim,
        `${url}/notify/yopoint`,
        "notify.cabinet.order.simple",
        orderPaidPayload(sim, 3),
      );
      expect(answer.status).toBe(200);
    } finally {
      stop.abort();
      await done;
      await served.close();
    }
    const check = await openStore(db);
    expect(await check.countOrders()).toBe(1);
    await check.close();
  });

  it("names the missing configuration (exit 1)", async () => {
    const result = await run(["serve", "--port", "0", "--db", path.join(dir, "none.db")], { env: {} });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no vendor to receive notifications for.*YOPOINT_APP_ID/);
  });

  it("refuses a bad --port as usage (exit 2)", async () => {
    const result = await run(["serve", "--port", "-3"], { env: {} });
    expect(result.status).toBe(2);
  });

  it.each([
    [
      ["--request-timeout", "0"],
      /'--request-timeout <duration>' argument '0' is invalid\. It must be from 1s to 10m\./,
    ],
    [["--request-timeout", "30"], /"30" needs a unit/],
    [["--headers-timeout", "11m"], /It must be from 1s to 10m/],
    [
      ["--request-timeout", "5s", "--headers-timeout", "10s"],
      /--headers-timeout \(10s\) must not be longer than --request-timeout \(5s\)/,
    ],
    [["--fetch-concurrency", "0"], /It must be a whole number from 1 to 32/],
    [["--rate-limit", "0"], /It must be a number from 0\.1 to 1000000/],
    [["--drain-timeout", "1d"], /It must be from 100ms to 10m/],
  ])("bad usage %j exits 2", async (argv, message) => {
    const result = await run(["serve", ...argv], { env: {} });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it("says in --help what the timeouts and bounds are, durations as people write them, and the exit statuses", async () => {
    const help = (await run(["serve", "--help"])).stdout.replace(/\s+/g, " ");
    for (const shown of [
      "--request-timeout <duration> time to receive a whole notification, headers and body; a slower client gets 408 and is disconnected (1s–10m) (default: 30s)",
      "--headers-timeout <duration> time to receive a notification's headers, at most --request-timeout (1s–10m) (default: 10s)",
      "--fetch-concurrency <n> vendor fetches in flight per account; further notifications wait their turn (1–32) (default: 4)",
      "--drain-timeout <duration> on SIGTERM/SIGINT, how long in-flight notifications may take to finish (100ms–10m) (default: 10s)",
      "Exit status after SIGTERM/SIGINT: 0 stopped cleanly, 3 some notifications were kept as failed records",
    ])
      expect(help).toContain(shown);
    expect(help).not.toMatch(/\b(30000|10000)\b/);
  });
});
