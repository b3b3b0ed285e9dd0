import type { Checkpoint, SyncRun } from "@orderbridge/store";
import { describe, expect, it } from "vitest";
import { accountLockKey, WORKER_LOCK_SPACE } from "../src/worker/coordinator.js";
import { retryDelay, streamVerdict, type WorkerMode } from "../src/worker/schedule.js";

const T = Date.parse("2024-05-01T12:00:00Z");
const MIN = 60_000;
const at = (ms: number) => new Date(ms).toISOString();

const checkpoint = (mark: number): Checkpoint => ({
  vendor: "yopoint",
  account: "app",
  kind: "cabinet",
  highWaterMark: at(mark),
  updatedAt: at(mark),
});

const run = (result: SyncRun["result"], finished: number): SyncRun => ({
  id: 1,
  vendor: "yopoint",
  account: "app",
  kind: "cabinet",
  startedAt: at(finished - MIN),
  finishedAt: at(finished),
  result,
  since: null,
  until: null,
  counts: { seen: 0, inserted: 0, updated: 0, unchanged: 0, failed: 0, notes: 0 },
  error: result === "error" ? "down" : null,
});

describe("when a stream is due", () => {
  const every: WorkerMode = { once: false, everyMs: 15 * MIN };

  it("long-running: once its last successful sync is --every old", () => {
    expect(streamVerdict(every, "cabinet", undefined, undefined, T, T, 30_000)).toMatchObject({ due: true });
    expect(
      streamVerdict(every, "cabinet", checkpoint(T - 16 * MIN), run("ok", T - 15 * MIN), T, T, 30_000),
    ).toMatchObject({
      due: true,
    });
    expect(
      streamVerdict(every, "cabinet", checkpoint(T - 5 * MIN), run("ok", T - 4 * MIN), T, T, 30_000),
    ).toEqual({
      kind: "cabinet",
      due: false,
      notBefore: T + 10 * MIN,
      reason: "synced recently",
    });
  });

  it("long-running: after an error, not before the retry delay, whoever ran it", () => {
    const failed = run("error", T - 10_000);
    expect(streamVerdict(every, "cabinet", checkpoint(T - 60 * MIN), failed, T, T, 30_000)).toEqual({
      kind: "cabinet",
      due: false,
      notBefore: T + 20_000,
      reason: "waiting to retry after an error",
    });
    expect(streamVerdict(every, "cabinet", checkpoint(T - 60 * MIN), failed, T + 20_000, T, 30_000).due).toBe(
      true,
    );
    // Records that could not be stored are a finished run: the checkpoint moved.
    expect(
      streamVerdict(every, "cabinet", checkpoint(T - 1000), run("failed_records", T), T, T, 30_000).due,
    ).toBe(false);
  });

  it("--once: while its checkpoint is behind --until and no run of it finished in this pass", () => {
    const once: WorkerMode = { once: true, until: new Date(T) };
    const passStart = T + 5 * MIN;
    expect(streamVerdict(once, "cabinet", undefined, undefined, T, passStart, 0).due).toBe(true);
    expect(streamVerdict(once, "cabinet", checkpoint(T), undefined, T, passStart, 0)).toMatchObject({
      due: false,
      reason: "its checkpoint has reached --until",
    });
    // Failed in this pass (by any worker): settled, the exit status reports it.
    expect(
      streamVerdict(once, "cabinet", checkpoint(T - MIN), run("error", passStart + 1000), T, passStart, 0),
    ).toMatchObject({
      due: false,
      reason: "a run in this pass ended error",
    });
    // Interrupted (a worker was stopped) or from an earlier pass: due again.
    expect(
      streamVerdict(
        once,
        "cabinet",
        checkpoint(T - MIN),
        run("interrupted", passStart + 1000),
        T,
        passStart,
        0,
      ).due,
    ).toBe(true);
    expect(
      streamVerdict(once, "cabinet", checkpoint(T - MIN), run("ok", passStart - 1000), T, passStart, 0).due,
    ).toBe(true);
  });

  it("retries after 30 s, doubling up to --every", () => {
    expect([1, 2, 3, 4, 10].map((n) => retryDelay(n, 15 * MIN))).toEqual([
      30_000,
      60_000,
      120_000,
      240_000,
      15 * MIN,
    ]);
  });
});

describe("account locks", () => {
  it("are stable, in orderbridge's own space, and differ per vendor and account", () => {
    const key = accountLockKey({ vendor: "yopoint", account: "930859529955" });
    expect(key).toEqual(accountLockKey({ vendor: "yopoint", account: "930859529955" }));
    expect(key.space).toBe(WORKER_LOCK_SPACE);
    expect(key.id).toBeGreaterThanOrEqual(0);
    expect(key.id).toBeLessThan(2 ** 31);
    expect(accountLockKey({ vendor: "baifude", account: "930859529955" }).id).not.toBe(key.id);
    expect(accountLockKey({ vendor: "yopoint", account: "930859529956" }).id).not.toBe(key.id);
  });
});
