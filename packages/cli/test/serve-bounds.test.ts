import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { type ServedHandlers, serveHandlers } from "@orderbridge/mocks";
import { createYopointSimulator, orderPaidPayload, type YopointSimulator } from "@orderbridge/mocks/yopoint";
import { openStore, type Store } from "@orderbridge/store";
import { getResponse, http } from "msw";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNotificationServer, type RunningNotificationServer, YOPOINT_ACK } from "../src/serve/index.js";

/** A pino logger (at debug) whose JSON lines are kept in memory, and a way to wait for one. */
function memoryLogger() {
  const records: Record<string, unknown>[] = [];
  const waiters: { test: (r: Record<string, unknown>) => boolean; resolve: () => void }[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) {
        const record = JSON.parse(line) as Record<string, unknown>;
        records.push(record);
        for (const waiter of [...waiters])
          if (waiter.test(record)) {
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve();
          }
      }
      done();
    },
  });
  return {
    logger: pino({ base: undefined, level: "debug" }, stream),
    records,
    /** Resolves when a line matching `test` has been logged (already, or later). */
    waitFor(test: (r: Record<string, unknown>) => boolean): Promise<void> {
      if (records.some(test)) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ test, resolve }));
    },
    errors: () => records.filter((r) => (r.level as number) >= 50),
  };
}

/** A raw HTTP exchange: writes `parts` to the server, returns everything it answered once it closed the socket. */
function rawExchange(url: string, head: string): { socket: net.Socket; answered: Promise<string> } {
  const { hostname, port } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  let received = "";
  socket.on("data", (chunk) => {
    received += chunk;
  });
  socket.on("error", () => {});
  const answered = new Promise<string>((resolve) => socket.once("close", () => resolve(received)));
  socket.write(head);
  return { socket, answered };
}

function notificationRequest(sim: YopointSimulator, index: number) {
  const { body } = sim.buildNotification("notify.cabinet.order.simple", orderPaidPayload(sim, index));
  const head =
    "POST /notify/yopoint HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
    `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`;
  return { head, body };
}

let dir: string;
let store: Store;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "orderbridge-serve-bounds-"));
  store = await openStore(path.join(dir, "bounds.db"));
  await store.migrate();
});

afterAll(async () => {
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("vendor fetches behind notifications are bounded per account", () => {
  it("400 distinct notifications at once: never more than the bound of cabinet.order.get at the simulator, all stored", async () => {
    const N = 400;
    const BOUND = 3;
    const sim = createYopointSimulator({ counts: { cabinet: N, vending: 1 } });
    // In front of the simulator: counts the cabinet.order.get requests it is answering, and holds them until all
    // N notifications have reached the server AND the bound is reached, so that every notification competes
    // for a fetch at once (without the bound, all N gets would be here together). No clock involved.
    let inFlight = 0;
    let max = 0;
    let gets = 0;
    let received = 0;
    let open = false;
    let openGate!: () => void;
    const opened = new Promise<void>((resolve) => {
      openGate = resolve;
    });
    const check = () => {
      if (!open && received >= N && inFlight >= BOUND) {
        open = true;
        openGate();
      }
    };
    const counting = http.all("*", async ({ request }) => {
      const isGet = (await request.clone().text()).includes("method=cabinet.order.get");
      if (!isGet) return getResponse(sim.handlers, request);
      gets++;
      inFlight++;
      max = Math.max(max, inFlight);
      check();
      try {
        if (!open) await opened;
        return await getResponse(sim.handlers, request);
      } finally {
        inFlight--;
      }
    });
    const served = await serveHandlers([counting]);
    const server = createNotificationServer({
      store,
      env: sim.env(served.url),
      fetchConcurrency: BOUND,
      rateLimit: 10_000,
      logger: false,
      // Each notification reads the clock once, when it is verified: counting the reads tells when all N are in.
      now: () => {
        received++;
        check();
        return Date.now();
      },
    });
    const running = await server.listen(0);
    try {
      const before = await store.countOrders();
      const answers = await Promise.all(
        Array.from({ length: N }, async (_, i) => {
          const { body } = sim.buildNotification("notify.cabinet.order.simple", orderPaidPayload(sim, i));
          const response = await fetch(`${running.url}/notify/yopoint`, {
            method: "POST",
            headers: { "content-type": "application/x-www-form-urlencoded" },
            body,
          });
          return { status: response.status, body: await response.json() };
        }),
      );
      expect(answers.filter((a) => a.status !== 200)).toEqual([]);
      expect(answers.every((a) => JSON.stringify(a.body) === JSON.stringify(YOPOINT_ACK))).toBe(true);
      expect(max).toBe(BOUND);
      expect(gets).toBe(N);
      expect(await store.countOrders()).toBe(before + N);
      expect(server.counts()).toMatchObject({ received: N, stored: N, retry: 0, failed: 0 });
    } finally {
      await running.close();
      await served.close();
    }
  });
});

describe("request and header timeouts", () => {
  let sim: YopointSimulator;
  let served: ServedHandlers;
  let running: RunningNotificationServer;
  let log: ReturnType<typeof memoryLogger>;
  let counts: () => { received: number };
  /** The simulator holds cabinet.order.get while this is set (a vendor that is slow to answer). */
  let hold: Promise<void> | undefined;
  let getArrived!: () => void;
  let arrived: Promise<void>;

  beforeAll(async () => {
    sim = createYopointSimulator({ orderCount: 20 });
    arrived = new Promise((resolve) => {
      getArrived = resolve;
    });
    const holding = http.all("*", async ({ request }) => {
      if (hold && (await request.clone().text()).includes("method=cabinet.order.get")) {
        getArrived();
        await hold;
      }
    });
    served = await serveHandlers([holding, ...sim.handlers]);
    log = memoryLogger();
    // Short timeouts, so the server's own clock cuts the slow clients below quickly (nothing here measures time).
    const server = createNotificationServer({
      store,
      env: sim.env(served.url),
      logger: log.logger,
      requestTimeoutMs: 400,
      headersTimeoutMs: 200,
    });
    counts = server.counts;
    running = await server.listen(0);
  });

  afterAll(async () => {
    await running?.close();
    await served?.close();
  });

  it("a body that stops arriving is cut: 408 and the connection closed, logged at info", async () => {
    const { head, body } = notificationRequest(sim, 0);
    const { answered } = rawExchange(running.url, head + body.slice(0, 10));
    const answer = await answered;
    expect(answer).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    await log.waitFor((r) => r.reason === "request_timeout" && r.status === 408);
    expect(log.records.find((r) => r.reason === "request_timeout")?.level).toBe(30);
    expect(log.errors()).toEqual([]);
    expect(counts().received).toBe(0);
    expect(await store.getOrder(`yopoint:${orderPaidPayload(sim, 0).ReceiptNo}`)).toBeUndefined();
  });

  it("headers that stop arriving are cut the same way", async () => {
    const { answered } = rawExchange(running.url, "POST /notify/yopoint HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    expect(await answered).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(log.errors()).toEqual([]);
  });

  it("a client that disconnects mid-body is logged at debug, not as an error", async () => {
    const { head, body } = notificationRequest(sim, 1);
    const { socket } = rawExchange(running.url, head + body.slice(0, 10));
    // Once the server is reading the body (the route has started: the socket is connected and sent), go away.
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
    socket.write(body.slice(10, 20), () => socket.destroy());
    await log.waitFor((r) => r.reason === "client_disconnected");
    expect(log.records.filter((r) => r.reason === "client_disconnected").every((r) => r.level === 20)).toBe(
      true,
    );
    expect(log.errors()).toEqual([]);
  });

  it("a client that disconnects while its order is fetched: the order is still stored, nothing logged as an error", async () => {
    let release!: () => void;
    hold = new Promise((resolve) => {
      release = resolve;
    });
    const { head, body } = notificationRequest(sim, 2);
    const { socket } = rawExchange(running.url, head + body);
    await arrived;
    socket.destroy();
    release();
    const orderId = `yopoint:${orderPaidPayload(sim, 2).ReceiptNo}`;
    await log.waitFor((r) => r.orderId === orderId && r.outcome === "stored");
    hold = undefined;
    expect(await store.getOrder(orderId)).toBeDefined();
    expect(log.errors()).toEqual([]);
  });
});
