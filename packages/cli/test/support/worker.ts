import { type ChildProcess, spawn } from "node:child_process";
import { appendFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { serveHandlers } from "@orderbridge/mocks";
import { createBaifudeSimulator } from "@orderbridge/mocks/baifude";
import { createYikayiSimulator } from "@orderbridge/mocks/yikayi";
import { createYopointSimulator } from "@orderbridge/mocks/yopoint";
import { http } from "msw";
import { yikayiAccountName } from "../../src/accounts.js";
import { BIN } from "./cli.js";

type Vendor = "yopoint" | "baifude" | "yikayi";

/** One simulated vendor account: its own simulator (own credentials, own data) on its own loopback port. */
export interface SimulatedAccount {
  vendor: Vendor;
  /** The account's name as orderbridge shows and keys it (a 1card1 account's hashed OpenId). */
  account: string;
  env: Record<string, string>;
  /** Requests that reached the simulator (after the gate). */
  served(): number;
  /** Requests that arrived, whether or not the gate let them through yet. */
  arrived(): number;
  /**
   * Every data request the simulator answered, with what varies between two sends of the same request (timestamps,
   * signatures, tokens) left out: two equal keys are one page fetched twice. Token requests are left out.
   */
  pageKeys(): string[];
  /** Records served per kind of sale. */
  totals(): Record<string, number>;
}

export interface AccountSimulators {
  accounts: SimulatedAccount[];
  start: Date;
  end: Date;
  /** Holds every answer until `open()` (requests wait), so a test decides when the workers may go on. */
  gate: { open(): void; close(): void };
  /** Writes a `--config` file with every account (or only those given). */
  writeConfig(file: string, only?: readonly SimulatedAccount[]): Promise<void>;
  /** Records served per kind, over all accounts. */
  totals(): Record<string, number>;
  close(): Promise<void>;
}

/**
 * `perVendor` accounts of each vendor, each its own simulator instance (its own seed, so order ids never meet, and
 * its own credentials) served on loopback, with an optional latency per answer.
 */
export async function startAccountSimulators(options: {
  perVendor: number;
  /** Records per kind of sale of each account. */
  count: number;
  start: Date;
  end: Date;
  latencyMs?: number;
  gated?: boolean;
}): Promise<AccountSimulators> {
  let release!: () => void;
  let gate = options.gated ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
  const common = {
    start: options.start,
    end: options.end,
    ...(options.latencyMs ? { latencyMs: options.latencyMs } : {}),
  };
  const accounts: SimulatedAccount[] = [];
  const closers: (() => Promise<void>)[] = [];
  for (let i = 0; i < options.perVendor; i++) {
    const seed = 1000 + i * 7919;
    const yopoint = createYopointSimulator({
      ...common,
      seed,
      counts: { cabinet: options.count, vending: options.count },
      appId: String(930859529000 + i),
      appSecret: `yopoint-secret-${i}`,
    });
    const baifude = createBaifudeSimulator({
      ...common,
      seed,
      counts: { welfare_mall: options.count },
      credentials: { appKey: `bfd-app-${i}`, appSecret: `bfd-secret-${i}` },
    });
    const openId = `${"4864A1DD75C14ADE9F070160DA043B2"}${i.toString(16).toUpperCase()}`;
    // A 1card1 bill number is the Beijing date and a per-merchant sequence (DG20240501…0000001), so two
    // merchants can issue the same one on the same day: each simulated 1card1 account gets its own slice of the
    // span (start a Beijing midnight and a whole number of days per account for ids that never meet).
    const slice = (options.end.getTime() - options.start.getTime()) / options.perVendor;
    const yikayi = createYikayiSimulator({
      ...common,
      start: new Date(options.start.getTime() + i * slice),
      end: new Date(options.start.getTime() + (i + 1) * slice),
      seed,
      counts: { online_mall: options.count, in_store: options.count },
      credentials: { openId, secret: `s${String(i).padStart(5, "0")}` },
    });
    const entries: [Vendor, typeof yopoint | typeof baifude | typeof yikayi, () => string[]][] = [
      ["yopoint", yopoint, () => yopoint.requests.map((r) => `${r.method} ${JSON.stringify(r.biz)}`)],
      [
        "baifude",
        baifude,
        () =>
          baifude.requests
            .filter((r) => !r.path.includes("token"))
            .map((r) => {
              const { access_token: _t, timestamp: _s, ...params } = r.params;
              return `${r.path} ${JSON.stringify(params)} ${JSON.stringify(r.body)}`;
            }),
      ],
      ["yikayi", yikayi, () => yikayi.requests.map((r) => `${r.controller}/${r.method} ${r.data}`)],
    ];
    for (const [vendor, sim, pageKeys] of entries) {
      let served = 0;
      let arrived = 0;
      // Runs before the simulator's own handlers and falls through to them (it answers nothing itself).
      const gateHandler = http.all("*", async () => {
        arrived++;
        await gate;
        served++;
      });
      const running = await serveHandlers([gateHandler, ...sim.handlers]);
      closers.push(running.close);
      const env = sim.env(running.url) as Record<string, string>;
      accounts.push({
        vendor,
        account:
          vendor === "yopoint"
            ? env.YOPOINT_APP_ID!
            : vendor === "baifude"
              ? env.BAIFUDE_APP_KEY!
              : yikayiAccountName(env.YIKAYI_OPEN_ID!),
        env,
        served: () => served,
        arrived: () => arrived,
        pageKeys,
        totals: () =>
          Object.fromEntries(Object.entries(sim.totals()).map(([kind, totals]) => [kind, totals!.count])),
      });
    }
  }
  return {
    accounts,
    start: options.start,
    end: options.end,
    gate: {
      open: () => release?.(),
      close: () => {
        gate = new Promise<void>((resolve) => (release = resolve));
      },
    },
    writeConfig: (file, only = accounts) =>
      writeFile(
        file,
        JSON.stringify({ accounts: only.map((a) => ({ vendor: a.vendor, env: a.env })) }, null, 2),
      ),
    totals: () => {
      const sum: Record<string, number> = {};
      for (const account of accounts)
        for (const [kind, n] of Object.entries(account.totals())) sum[kind] = (sum[kind] ?? 0) + n;
      return sum;
    },
    close: async () => {
      release?.();
      await Promise.all(closers.map((close) => close()));
    },
  };
}

/** One JSON log line of a worker (pino). */
export interface LogLine {
  level: number;
  time: string;
  msg: string;
  [field: string]: unknown;
}

/** A worker process: the built CLI, spawned as a user runs it. */
export interface WorkerProcess {
  child: ChildProcess;
  name: string;
  logs: LogLine[];
  stdout(): string;
  /** Resolves with the first log line that matches (rejects when the worker exits first, saying what it said). */
  waitFor(match: (line: LogLine) => boolean, what: string): Promise<LogLine>;
  /**
   * Resolves once the worker has printed `text` on stdout (rejects when it exits first). stdout and the log on
   * stderr are separate pipes: a line printed before a log line may still arrive after it.
   */
  waitForStdout(text: string): Promise<void>;
  exited: Promise<number | null>;
  /** Everything the worker said, for assertion messages. */
  said(): string;
}

export function spawnWorker(
  name: string,
  args: readonly string[],
  env: Record<string, string> = {},
): WorkerProcess {
  const child = spawn(process.execPath, [BIN, "worker", ...args], {
    env: { ...process.env, ORDERBRIDGE_LOG: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  let partial = "";
  const stdoutWaiters: { text: string; resolve: () => void }[] = [];
  const logs: LogLine[] = [];
  const waiters: { match: (line: LogLine) => boolean; resolve: (line: LogLine) => void }[] = [];
  child.stdout!.on("data", (chunk) => {
    stdout += chunk;
    for (const waiter of [...stdoutWaiters]) {
      if (stdout.includes(waiter.text)) {
        stdoutWaiters.splice(stdoutWaiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  });
  child.stderr!.on("data", (chunk) => {
    // ORDERBRIDGE_TEST_WORKER_LOGS=<dir>: each worker's log is also written there as it comes (for debugging).
    const logDir = process.env.ORDERBRIDGE_TEST_WORKER_LOGS;
    if (logDir) appendFileSync(path.join(logDir, `${name}.log`), chunk);
    stderr += chunk;
    partial += chunk;
    const lines = partial.split("\n");
    partial = lines.pop()!;
    for (const text of lines) {
      if (!text.startsWith("{")) continue;
      const line = JSON.parse(text) as LogLine;
      logs.push(line);
      for (const waiter of [...waiters]) {
        if (waiter.match(line)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(line);
        }
      }
    }
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const said = () =>
    `--- worker ${name}: $ orderbridge worker ${args.join(" ")}\nexit ${child.exitCode} ${child.signalCode ?? ""}\nstdout:\n${stdout}\nstderr:\n${stderr}`;
  return {
    child,
    name,
    logs,
    stdout: () => stdout,
    waitFor(match, what) {
      const found = logs.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        waiters.push({ match, resolve });
        void exited.then(() => {
          // Lines still in the pipe arrive before "close"; give them that chance.
          child.once("close", () => {
            const late = logs.find(match);
            if (late) resolve(late);
            else reject(new Error(`worker ${name} exited before it logged ${what}\n${said()}`));
          });
          if (child.stderr!.closed) {
            const late = logs.find(match);
            if (late) resolve(late);
            else reject(new Error(`worker ${name} exited before it logged ${what}\n${said()}`));
          }
        });
      });
    },
    waitForStdout(text) {
      if (stdout.includes(text)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        stdoutWaiters.push({ text, resolve });
        child.once("close", () => {
          if (stdout.includes(text)) resolve();
          else
            reject(new Error(`worker ${name} exited before it printed ${JSON.stringify(text)}\n${said()}`));
        });
      });
    },
    exited,
    said,
  };
}

/** Resolves once `check` holds, asking again after each `step` ms; rejects after `limitMs` saying `what`. */
export async function until<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  what: string,
  limitMs = 60_000,
  step = 50,
): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, step));
  }
}
