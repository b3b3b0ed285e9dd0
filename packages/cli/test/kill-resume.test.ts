import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { openStore } from "@orderbridge/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningSimulators, startSimulators } from "../src/simulators.js";
import { run } from "./support/io.js";

const BIN = path.resolve(import.meta.dirname, "../dist/bin.js");

let sims: RunningSimulators;
let dir: string;

beforeAll(async () => {
  sims = await startSimulators({ orders: 400, now: new Date("2024-05-01T00:00:00Z"), days: 20 });
  dir = await mkdtemp(path.join(tmpdir(), "orderbridge-kill-"));
});

afterAll(async () => {
  await sims?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Every stored order without the store's own clocks, keyed by id. */
async function snapshot(db: string) {
  const store = await openStore(db);
  const out: Record<string, unknown> = {};
  try {
    for await (const order of store.iterateOrders()) {
      const { firstSeenAt: _f, syncedAt: _s, ...rest } = order as unknown as Record<string, unknown>;
      out[rest.id as string] = rest;
    }
    const stored = await store.listCheckpoints();
    const checkpoints = sims.vendors.map((v) =>
      stored.find((c) => c.vendor === v.vendor && c.account === v.env[accountVariable(v.vendor)]),
    );
    // The store's clocks (firstSeenAt, syncedAt, a checkpoint's updatedAt) say when, not what: left out.
    const failed = (await store.listFailed()).map(({ firstSeenAt: _f, lastChangedAt: _l, ...rest }) => rest);
    return { orders: out, highWaterMarks: checkpoints.map((c) => c?.highWaterMark), failed };
  } finally {
    await store.close();
  }
}

function accountVariable(vendor: string) {
  return { yopoint: "YOPOINT_APP_ID", baifude: "BAIFUDE_APP_KEY", yikayi: "YIKAYI_OPEN_ID" }[vendor]!;
}

async function countOrders(db: string): Promise<number> {
  const store = await openStore(db);
  try {
    return await store.countOrders();
  } finally {
    await store.close();
  }
}

describe("killing a sync and running it again", () => {
  it("ends with exactly the store of an uninterrupted run", async () => {
    const window = [
      "--since",
      sims.start.toISOString(),
      "--until",
      new Date(sims.end.getTime() + 1000).toISOString(),
    ];
    const common = [...window, "--window", "12h", "--batch-size", "20", "--rate-limit", "40"];

    const reference = path.join(dir, "reference.db");
    const uninterrupted = await run(["sync", "--db", reference, ...common], { env: sims.env });
    expect(uninterrupted.status, uninterrupted.stderr).toBe(0);

    const killed = path.join(dir, "killed.db");
    const child = spawn(process.execPath, [BIN, "sync", "--db", killed, ...common], {
      env: { ...process.env, ...sims.env },
      stdio: "ignore",
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    // Kill it mid-way: once some, but not all, orders are in.
    const target = Object.keys((await snapshot(reference)).orders).length;
    let seen = 0;
    for (let i = 0; i < 400 && child.exitCode === null; i++) {
      await new Promise((r) => setTimeout(r, 25));
      seen = await countOrders(killed).catch(() => 0);
      if (seen > 0) break;
    }
    child.kill("SIGKILL");
    await exited;
    expect(seen).toBeGreaterThan(0);
    expect(seen).toBeLessThan(target);

    // Resume from the checkpoint (no --since): only unfinished windows, less no overlap, are fetched again.
    const until = ["--until", new Date(sims.end.getTime() + 1000).toISOString(), "--overlap", "0"];
    const resumed = await run(
      ["sync", "--db", killed, ...until, "--window", "12h", "--batch-size", "20", "--rate-limit", "40"],
      {
        env: sims.env,
      },
    );
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(await snapshot(killed)).toEqual(await snapshot(reference));
  }, 120_000);
});
