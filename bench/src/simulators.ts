import { startSimulators } from "orderbridge";

export const BENCH_VENDORS = ["yopoint", "baifude", "yikayi"] as const;
export type BenchVendor = (typeof BENCH_VENDORS)[number];

export interface BenchSimulators {
  /** The variables of all three simulators, as one environment for `orderbridge sync`. */
  env: Record<string, string>;
  start: Date;
  end: Date;
  /** Arrival time (performance.now) of every HTTP request, per vendor. */
  arrivals: Record<BenchVendor, number[]>;
  close(): Promise<void>;
}

/**
 * The CLI's three simulators over loopback HTTP in this process, with a fixed 14-day span, so that
 * `orderbridge sync` can run against them in a child process. Every request's arrival is recorded, which is
 * how the latency benchmark checks the rate limit.
 */
export async function startBenchSimulators(options: {
  /** Orders in all: a third per vendor (Yopoint takes the remainder). */
  orders: number;
  latencyMs?: number;
  rateLimitPerSecond?: number;
}): Promise<BenchSimulators> {
  const third = Math.floor(options.orders / 3);
  const arrivals: Record<BenchVendor, number[]> = { yopoint: [], baifude: [], yikayi: [] };
  const running = await startSimulators({
    orders: third,
    orderCounts: { yopoint: options.orders - 2 * third },
    now: new Date("2024-03-15T00:00:00Z"),
    days: 14,
    ...(options.latencyMs ? { latencyMs: options.latencyMs } : {}),
    ...(options.rateLimitPerSecond ? { rateLimitPerSecond: options.rateLimitPerSecond } : {}),
    onRequest: (vendor) => arrivals[vendor].push(performance.now()),
  });
  return {
    env: running.env as Record<string, string>,
    start: running.start,
    end: running.end,
    arrivals,
    close: running.close,
  };
}

/** The most requests that arrived within any 1000 ms. */
export function busiestSecond(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last++) {
    while (sorted[last]! - sorted[first]! >= 1000) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}
