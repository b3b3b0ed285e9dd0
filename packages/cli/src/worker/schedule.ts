import type { Checkpoint, SyncRun } from "@orderbridge/store";
import type { KindId } from "../vendor-ids.js";
import type { VendorAccount } from "../vendors.js";

/** When streams are due: on a schedule (the long-running worker), or once up to a time (`--once`). */
export type WorkerMode = { once: false; everyMs: number } | { once: true; until: Date };

/** The checkpoint a stream resumes from: under the account's name, else under a name it had before (as the sync reads it). */
export function checkpointOf(
  checkpoints: ReadonlyMap<string, Checkpoint>,
  account: VendorAccount,
  kind: KindId,
): Checkpoint | undefined {
  for (const name of [account.account, ...(account.previousAccounts ?? [])]) {
    const found = checkpoints.get(streamKey(account.vendor, name, kind));
    if (found) return found;
  }
  return undefined;
}

export const streamKey = (vendor: string, account: string, kind: string) =>
  `${vendor}\u0000${account}\u0000${kind}`;

export function checkpointMap(checkpoints: readonly Checkpoint[]): Map<string, Checkpoint> {
  return new Map(checkpoints.map((c) => [streamKey(c.vendor, c.account, c.kind), c]));
}

/**
 * When a stream is next due, from its checkpoint alone (epoch ms; 0: now). The long-running worker: its last
 * successful sync — the time its checkpoint reached — is `every` old. `--once`: its checkpoint is behind `until`
 * (Infinity when it is not).
 */
export function dueAtFromCheckpoint(mode: WorkerMode, checkpoint: Checkpoint | undefined): number {
  if (!checkpoint) return 0;
  const mark = Date.parse(checkpoint.highWaterMark);
  if (mode.once) return mark < mode.until.getTime() ? 0 : Number.POSITIVE_INFINITY;
  return mark + mode.everyMs;
}

export interface StreamVerdict {
  kind: KindId;
  /** Due now, or not before `notBefore` (epoch ms; Infinity: not in this pass). */
  due: boolean;
  notBefore: number;
  /** Why it is not due, for the debug log. */
  reason?: string;
}

/**
 * Whether one stream is due, checked under the account's lease (so another worker cannot sync it meanwhile) from its
 * checkpoint and its latest run:
 *
 * - long-running: due when its checkpoint is `every` old; after a run that ended in error, not before `retryMs` after
 *   that run finished (a vendor that is down is not asked again at once, by any worker);
 * - `--once`: due when its checkpoint is behind `until`, unless a run of it finished since the pass began
 *   (`passStart`) — synced, or failed: either way this pass has seen it, and a failure is the exit status's to report
 *   — except an interrupted run, which another worker takes over.
 */
export function streamVerdict(
  mode: WorkerMode,
  kind: KindId,
  checkpoint: Checkpoint | undefined,
  lastRun: SyncRun | undefined,
  now: number,
  passStart: number,
  retryMs: number,
): StreamVerdict {
  const dueAt = dueAtFromCheckpoint(mode, checkpoint);
  if (mode.once) {
    if (dueAt === Number.POSITIVE_INFINITY)
      return { kind, due: false, notBefore: dueAt, reason: "its checkpoint has reached --until" };
    if (lastRun && lastRun.result !== "interrupted" && Date.parse(lastRun.finishedAt) >= passStart)
      return {
        kind,
        due: false,
        notBefore: Number.POSITIVE_INFINITY,
        reason: `a run in this pass ended ${lastRun.result}`,
      };
    return { kind, due: true, notBefore: 0 };
  }
  let notBefore = dueAt;
  if (lastRun?.result === "error") notBefore = Math.max(notBefore, Date.parse(lastRun.finishedAt) + retryMs);
  return notBefore <= now
    ? { kind, due: true, notBefore }
    : {
        kind,
        due: false,
        notBefore,
        reason:
          lastRun?.result === "error" && notBefore > dueAt
            ? "waiting to retry after an error"
            : "synced recently",
      };
}

/** How long after a stream's `errors`-th error in a row it is tried again: 30 s, doubling, at most `everyMs`. */
export function retryDelay(errors: number, everyMs: number): number {
  return Math.min(everyMs, 30_000 * 2 ** Math.min(Math.max(errors - 1, 0), 10));
}
