import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { type ServedHandlers, serveHandlers } from "@orderbridge/mocks";
import { createYopointSimulator, type YopointSimulator } from "@orderbridge/mocks/yopoint";
import { openStore } from "@orderbridge/store";
import { http } from "msw";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BIN = path.resolve(import.meta.dirname, "../dist/bin.js");
const START = new Date("2024-04-01T00:00:00Z");
const END = new Date("2024-04-21T00:00:00Z");

let dir: string;
let sim: YopointSimulator;
let served: ServedHandlers;
/** Requests the simulator answers before it holds every further one until the test ends. */
let answered = 0;
let allowed = Number.POSITIVE_INFINITY;
let release!: () => void;
const released = new Promise<void>((resolve) => {
  release = resolve;
});

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "orderbridge-interrupt-"));
  // About one order a day: every one-day window is one request.
  sim = createYopointSimulator({ orderCount: 20, start: START, end: END });
  // A handler in front of the simulator's: past `allowed` requests, it holds the request (a vendor that
  // stopped answering) until the test ends; returning nothing passes the request on to the simulator.
  const hold = http.all("*", async () => {
    if (++answered > allowed) await released;
  });
  served = await serveHandlers([hold, ...sim.handlers]);
});

afterAll(async () => {
  release();
  await served?.close();
  await rm(dir, { recursive: true, force: true });
});

describe.each(["SIGINT", "SIGTERM"] as const)("a sync given %s", (signal) => {
  it("stops at once, even in the middle of a request, keeps what it stored, and exits 130", async () => {
    const db = path.join(dir, `${signal}.db`);
    answered = 0;
    // The first window's request is answered, every later one hangs: only the signal can end this run
    // before the test times out (the client's own timeout is 10 minutes).
    allowed = 1;
    const child = spawn(
      process.execPath,
      [
        BIN,
        "sync",
        "--vendor",
        "yopoint",
        "--kind",
        "cabinet",
        "--db",
        db,
        "--since",
        START.toISOString(),
        "--until",
        END.toISOString(),
        "--window",
        "1d",
        "--concurrency",
        "1",
        "--timeout",
        "10m",
        "--rate-limit",
        "100",
      ],
      {
        env: { ...process.env, ...sim.env(served.url), ORDERBRIDGE_LOG: "" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    // Wait on the line the child prints when its first window is stored.
    const lines = createInterface({ input: child.stderr });
    for await (const line of lines) {
      stderr += `${line}\n`;
      if (/: window \S+ \.\. \S+: \d+ order\(s\)$/.test(line)) break;
    }
    expect(stderr, stderr).toMatch(/window .*order\(s\)/);
    child.kill(signal);
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    const code = await exited;
    const said = `exit ${code}\nstdout:\n${stdout}\nstderr:\n${stderr}`;

    expect(code, said).toBe(130);
    expect(stderr, said).toMatch(/^orderbridge: interrupted: .*run the same command again to resume$/m);
    expect(stderr, said).not.toMatch(/Error: interrupted|error: /i);
    // The summary of what was stored: the interrupted account, with what its completed windows stored.
    expect(stdout, said).toMatch(/^yopoint\s+\S+\s+cabinet\s+\d+\s+[1-9]\d*\s+.*interrupted/m);
    const store = await openStore(db);
    try {
      expect(await store.countOrders()).toBeGreaterThan(0);
      const checkpoint = await store.getCheckpoint("yopoint", sim.credentials.appId, "cabinet");
      expect(checkpoint?.highWaterMark).toBe(new Date(START.getTime() + 86_400_000).toISOString());
    } finally {
      await store.close();
    }
  });
});
