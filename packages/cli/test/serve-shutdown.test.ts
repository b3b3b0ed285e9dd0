import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { type ServedHandlers, serveHandlers } from "@orderbridge/mocks";
import {
  createYopointSimulator,
  orderPaidPayload,
  pushYopointNotification,
  type YopointSimulator,
} from "@orderbridge/mocks/yopoint";
import { openStore } from "@orderbridge/store";
import { http } from "msw";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * `orderbridge serve` as a real process: SIGTERM/SIGINT stop it accepting, the notifications in flight finish
 * (their fetch and store), the store is closed, the summary printed, and the exit status says how it went.
 * Every wait is on a line the child prints or a request the simulator receives, never on a clock.
 */

const BIN = path.resolve(import.meta.dirname, "../dist/bin.js");

let dir: string;
let sim: YopointSimulator;
let served: ServedHandlers;
/** While set, the simulator holds every cabinet.order.get until it resolves (a slow vendor). */
let hold: Promise<void> | undefined;
let onGet: (() => void) | undefined;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "orderbridge-serve-shutdown-"));
  sim = createYopointSimulator({ orderCount: 20 });
  const holding = http.all("*", async ({ request }) => {
    if ((await request.clone().text()).includes("method=cabinet.order.get")) {
      onGet?.();
      if (hold) await hold;
    }
  });
  served = await serveHandlers([holding, ...sim.handlers]);
});

afterAll(async () => {
  await served?.close();
  await rm(dir, { recursive: true, force: true });
});

/** A `serve` child, its output kept, and a way to wait for a line on stdout or stderr. */
function startServe(db: string, extra: string[] = []) {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    [BIN, "serve", "--port", "0", "--db", db, "--rate-limit", "1000", ...extra],
    { env: { ...process.env, ...sim.env(served.url), ORDERBRIDGE_LOG: "info" } },
  );
  const output = { stdout: "", stderr: "" };
  const waiters: { stream: "stdout" | "stderr"; pattern: RegExp; resolve: (m: RegExpMatchArray) => void }[] =
    [];
  for (const stream of ["stdout", "stderr"] as const) {
    createInterface({ input: child[stream] }).on("line", (line) => {
      output[stream] += `${line}\n`;
      for (const waiter of [...waiters]) {
        const match = waiter.stream === stream ? waiter.pattern.exec(line) : null;
        if (match) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(match);
        }
      }
    });
  }
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    child,
    exited,
    said: () => `stdout:\n${output.stdout}\nstderr:\n${output.stderr}`,
    output,
    line: (stream: "stdout" | "stderr", pattern: RegExp) =>
      new Promise<RegExpMatchArray>((resolve) => waiters.push({ stream, pattern, resolve })),
  };
}

function push(url: string, index: number) {
  return pushYopointNotification(sim, `${url}/notify/yopoint`, "notify.cabinet.order.simple", {
    ...orderPaidPayload(sim, index),
  });
}

async function countOrders(db: string): Promise<number> {
  const store = await openStore(db);
  try {
    return await store.countOrders();
  } finally {
    await store.close();
  }
}

describe.each(["SIGTERM", "SIGINT"] as const)("serve given %s", (signal) => {
  it("stops accepting, finishes the notification in flight (fetch and store), closes the store and exits 0", async () => {
    const db = path.join(dir, `${signal}.db`);
    const serve = startServe(db);
    const listening = serve.line("stdout", /listening on (http:\/\/\S+)/);
    const [, url] = await Promise.race([
      listening,
      serve.exited.then((code) => {
        throw new Error(`serve exited (${code}) before listening\n${serve.said()}`);
      }),
    ]);
    let release!: () => void;
    hold = new Promise((resolve) => {
      release = resolve;
    });
    const fetched = new Promise<void>((resolve) => {
      onGet = resolve;
    });
    try {
      const inFlight = push(url!, 4);
      await fetched;
      const shuttingDown = serve.line("stderr", /shutting down/);
      serve.child.kill(signal);
      await shuttingDown;
      // No new connection is accepted once the signal is handled.
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();
      release();
      const answer = await inFlight;
      expect(answer.status, serve.said()).toBe(200);
      expect(JSON.parse(answer.body)).toEqual({ error_code: 0, error_msg: "SUCCESS", data: {} });
      const code = await serve.exited;
      expect(code, serve.said()).toBe(0);
    } finally {
      hold = undefined;
      onGet = undefined;
      release();
      serve.child.kill("SIGKILL");
    }
    expect(serve.output.stdout).toMatch(
      new RegExp(
        `stopped \\(${signal}\\); notifications received 1: stored 1, unchanged 0, acknowledged 0, failed 0, to be delivered again 0, refused 0`,
      ),
    );
    expect(serve.output.stderr).not.toMatch(/"level":50/);
    expect(await countOrders(db)).toBe(1);
  });
});

describe("serve's exit status", () => {
  it("3 when a notification's order was kept as a failed record", async () => {
    const db = path.join(dir, "failed.db");
    const serve = startServe(db);
    const [, url] = await serve.line("stdout", /listening on (http:\/\/\S+)/);
    try {
      const answer = await pushYopointNotification(
        sim,
        `${url}/notify/yopoint`,
        "notify.cabinet.order.simple",
        { ...orderPaidPayload(sim, 0), ReceiptNo: "VI240101000000000000" },
      );
      expect(answer.status, serve.said()).toBe(200);
      expect((await push(url!, 1)).status).toBe(200);
      serve.child.kill("SIGTERM");
      expect(await serve.exited, serve.said()).toBe(3);
    } finally {
      serve.child.kill("SIGKILL");
    }
    expect(serve.output.stdout).toMatch(/received 2: stored 1, unchanged 0, acknowledged 0, failed 1/);
    expect(serve.output.stderr).toMatch(
      /^orderbridge: 1 notification\(s\) could not be stored and were kept as failed records: `.*orderbridge failed` lists them$/m,
    );
  });

  it("130 when the drain timeout cuts an in-flight notification short (not acknowledged: the vendor delivers it again)", async () => {
    const db = path.join(dir, "cut.db");
    const serve = startServe(db, ["--drain-timeout", "300ms"]);
    const [, url] = await serve.line("stdout", /listening on (http:\/\/\S+)/);
    let release!: () => void;
    hold = new Promise((resolve) => {
      release = resolve;
    });
    const fetched = new Promise<void>((resolve) => {
      onGet = resolve;
    });
    try {
      const inFlight = push(url!, 5).then(
        (answer) => answer.status,
        () => "connection closed",
      );
      await fetched;
      serve.child.kill("SIGTERM");
      // The vendor is still holding the fetch: only the drain timeout can end this.
      expect(await serve.exited, serve.said()).toBe(130);
      expect(await inFlight).not.toBe(200);
    } finally {
      hold = undefined;
      onGet = undefined;
      release();
      serve.child.kill("SIGKILL");
    }
    expect(serve.output.stderr).toMatch(
      /^orderbridge: interrupted: in-flight notifications did not finish within the drain timeout \(300ms\)/m,
    );
    expect(serve.output.stdout).toMatch(/stopped \(SIGTERM\) before in-flight notifications finished/);
    expect(await countOrders(db)).toBe(0);
  });
});
