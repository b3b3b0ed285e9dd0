import { createHash } from "node:crypto";
import { redact } from "@orderbridge/core";
import type { AdvisoryKey, LockSession, Store } from "@orderbridge/store";
import type { Logger } from "pino";
import type { WorkerMetrics } from "./metrics.js";

/** This worker's exclusive hold on one vendor account, from `tryAcquire` to `release`. */
export interface Lease {
  /** The store to sync the account into: on PostgreSQL every write is fenced on this lease. */
  store: Store;
  /** Aborted when the lease is lost (its lock session ended): stop the account's work; nothing more of it is stored. */
  signal: AbortSignal;
  /** Gives the account back, for whichever worker finds it due next. */
  release(): Promise<void>;
}

/** Who may sync which account: PostgreSQL advisory locks shared by every worker, or this process alone (SQLite). */
export interface Coordinator {
  readonly kind: "postgres" | "single-process";
  /** Makes sure the coordinator can take accounts (opens its lock session again after a loss); false when it cannot now. */
  connect(): Promise<boolean>;
  /** Whether it can take accounts now. */
  ready(): boolean;
  /** Takes the account unless another worker holds it (or the coordinator cannot now): never waits. */
  tryAcquire(account: AccountRef): Promise<Lease | undefined>;
  /** Releases everything (the lock session ends). */
  close(): Promise<void>;
}

export interface AccountRef {
  vendor: string;
  account: string;
}

/**
 * The advisory-lock space of orderbridge workers (`pg_locks.classid`): any other user of advisory locks in the same
 * database picks its own, so the two never meet. The bytes spell "obwk".
 */
export const WORKER_LOCK_SPACE = 0x6f62_776b;

/**
 * The advisory lock of one vendor account: the first 31 bits of the SHA-256 of vendor and account name. Two accounts
 * whose hashes met would only ever be synced one after the other, never lost (about 1 in 10,000 for 1,000 accounts).
 */
export function accountLockKey(account: AccountRef): AdvisoryKey {
  const digest = createHash("sha256").update(`${account.vendor}\u0000${account.account}`).digest();
  return { space: WORKER_LOCK_SPACE, id: digest.readUInt32BE(0) & 0x7fff_ffff };
}

const accountId = (account: AccountRef) => `${account.vendor} ${account.account}`;

/**
 * The lock session's keepalives: the server ends the session of a worker whose host vanished after 10 s + 3 s × 3
 * = 19 s of silence (also with data in flight: `tcp_user_timeout`), so another worker, looking every 5 s, takes its
 * accounts over within 24 s. The vanished worker, if it still runs (only its network is gone), stops on its own
 * sooner: its heartbeat goes unanswered for 10 s at most 5 s after the last answer, 15 s in all.
 */
export const WORKER_KEEPALIVE = { idleSeconds: 10, intervalSeconds: 3, count: 3 } as const;

export interface AdvisoryCoordinatorOptions {
  /** Names the lock session in `pg_stat_activity` (`orderbridge worker <id>`). */
  workerId: string;
  logger: Logger;
  metrics?: WorkerMetrics | undefined;
  /** How often the session proves it still holds each lease (default 5 s). */
  heartbeatMs?: number;
  /** A heartbeat unanswered this long ends the session: its leases are given up (default 10 s). */
  heartbeatTimeoutMs?: number;
  /** Keepalives of the lock session (default {@link WORKER_KEEPALIVE}). */
  keepalive?: { idleSeconds: number; intervalSeconds: number; count: number };
}

/**
 * Accounts shared by any number of workers through PostgreSQL session advisory locks, one per account, all held by
 * ONE lock session of this worker (a connection outside the pool, see `Store.openLockSession`).
 *
 * **Invariant: an account is synced by at most one worker at a time, and a worker that lost an account writes
 * nothing more for it.** A lock is held by a session; every write of the account runs on that same session, fenced
 * on the lock (`LockSession.fenced`), so a write can only commit while the lock is held. A worker that dies
 * releases its locks with its session: at once when its socket closes (SIGKILL, a crash), within the keepalive bound
 * when its host vanishes (19 s, {@link WORKER_KEEPALIVE}). When this worker's session ends or stops answering its heartbeat, every lease is
 * aborted (the syncs stop) and a new session is opened on the next `connect()`.
 */
export function advisoryCoordinator(store: Store, options: AdvisoryCoordinatorOptions): Coordinator {
  if (!store.openLockSession) throw new Error("advisory coordination needs a PostgreSQL store");
  const open = store.openLockSession.bind(store);
  const { logger, metrics } = options;
  const heartbeatMs = options.heartbeatMs ?? 5_000;
  const heartbeatTimeoutMs = options.heartbeatTimeoutMs ?? 10_000;
  const keepalive = options.keepalive ?? WORKER_KEEPALIVE;
  let session: LockSession | undefined;
  let opening: Promise<boolean> | undefined;
  let closed = false;
  const leases = new Map<string, { key: AdvisoryKey; controller: AbortController; account: AccountRef }>();

  const loseAll = (lost: LockSession, error: Error) => {
    if (session !== lost) return;
    session = undefined;
    metrics?.lockSessionUp.set(0);
    metrics?.lockSessionsLost.inc();
    const accounts = [...leases.values()].map((lease) => accountId(lease.account));
    for (const lease of leases.values()) lease.controller.abort(new LeaseLost(error));
    leases.clear();
    logger.error(
      { pid: lost.pid, accounts, error: redact(error.message) },
      "lost the lock session: stopped syncing its accounts, which other workers may take over; reconnecting",
    );
  };

  let beating = false;
  const heartbeat = setInterval(async () => {
    const current = session;
    if (!current?.alive || beating) return;
    beating = true;
    let timer: NodeJS.Timeout | undefined;
    try {
      const check = (async () => {
        if (leases.size === 0) {
          await current.holds({ space: WORKER_LOCK_SPACE, id: 0 });
          return;
        }
        for (const [name, lease] of [...leases]) {
          if (await current.holds(lease.key)) continue;
          // Released behind our back (never by orderbridge): this lease is gone, the others stand.
          if (leases.get(name) === lease) leases.delete(name);
          lease.controller.abort(new LeaseLost(new Error("the lock was no longer held")));
          logger.error(
            { account: accountId(lease.account) },
            "lost the lock of an account: stopped syncing it",
          );
        }
      })();
      const late = new Promise<"late">((resolve) => {
        timer = setTimeout(() => resolve("late"), heartbeatTimeoutMs);
      });
      if ((await Promise.race([check.then(() => "ok" as const), late])) === "late") {
        loseAll(
          current,
          new Error(`the database did not answer the heartbeat within ${heartbeatTimeoutMs} ms`),
        );
        // Cuts the connection: whatever still waits on it fails at once.
        void current.close();
      }
    } catch (error) {
      if (current.alive) {
        loseAll(current, error as Error);
        void current.close();
      }
    } finally {
      clearTimeout(timer);
      beating = false;
    }
  }, heartbeatMs);
  heartbeat.unref();

  const connect = async (): Promise<boolean> => {
    if (closed) return false;
    if (session?.alive) return true;
    opening ??= (async () => {
      try {
        const opened = await open({
          applicationName: `orderbridge worker ${options.workerId}`,
          keepalive,
        });
        session = opened;
        metrics?.lockSessionUp.set(1);
        void opened.lost.then((error) => loseAll(opened, error));
        logger.info(
          {
            pid: opened.pid,
            ...(opened.keepalive
              ? { silentHostDroppedAfterSeconds: opened.keepalive.silentSeconds }
              : { keepalive: "not applicable (Unix socket)" }),
          },
          "lock session open",
        );
        return true;
      } catch (error) {
        metrics?.lockSessionUp.set(0);
        logger.warn(
          { error: redact((error as Error).message) },
          "cannot open a lock session; will try again",
        );
        return false;
      } finally {
        opening = undefined;
      }
    })();
    return opening;
  };

  return {
    kind: "postgres",
    connect,
    ready: () => session?.alive === true,
    async tryAcquire(account) {
      const current = session;
      const name = accountId(account);
      if (!current?.alive || leases.has(name)) return undefined;
      const key = accountLockKey(account);
      let taken: boolean;
      try {
        taken = await current.tryLock(key);
      } catch (error) {
        logger.warn(
          { account: name, error: redact((error as Error).message) },
          "cannot ask for an account's lock",
        );
        return undefined;
      }
      if (!taken) return undefined;
      if (session !== current || !current.alive) return undefined;
      const entry = { key, controller: new AbortController(), account };
      leases.set(name, entry);
      return {
        store: current.fenced(key),
        signal: entry.controller.signal,
        async release() {
          if (leases.get(name) === entry) leases.delete(name);
          if (!current.alive || entry.controller.signal.aborted) return;
          try {
            await current.unlock(key);
          } catch (error) {
            // The session is going: the server releases the lock with it.
            logger.warn(
              { account: name, error: redact((error as Error).message) },
              "cannot release an account's lock",
            );
          }
        },
      };
    },
    async close() {
      closed = true;
      clearInterval(heartbeat);
      await opening;
      const current = session;
      session = undefined;
      metrics?.lockSessionUp.set(0);
      await current?.close();
    },
  };
}

/** The reason a lease's signal is aborted with: the worker lost the account, the user did not interrupt anything. */
export class LeaseLost extends Error {
  constructor(cause: Error) {
    super(`lost the account's lock (${redact(cause.message)})`, { cause });
    this.name = "LeaseLost";
  }
}

/**
 * One worker process owns every account (SQLite): a second worker on the same file is refused before it starts
 * (`tryLockFile`), so leases only keep this worker from syncing one account twice at a time.
 */
export function singleProcessCoordinator(store: Store): Coordinator {
  const held = new Set<string>();
  const never = new AbortController().signal;
  return {
    kind: "single-process",
    connect: async () => true,
    ready: () => true,
    async tryAcquire(account) {
      const name = accountId(account);
      if (held.has(name)) return undefined;
      held.add(name);
      return {
        store,
        signal: never,
        async release() {
          held.delete(name);
        },
      };
    },
    async close() {
      held.clear();
    },
  };
}
