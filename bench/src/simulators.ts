import { serveHandlers } from "@orderbridge/mocks";
import { createBaifudeSimulator } from "@orderbridge/mocks/baifude";
import { createYikayiSimulator } from "@orderbridge/mocks/yikayi";
import { createYopointSimulator } from "@orderbridge/mocks/yopoint";

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
 * The three vendor simulators over loopback HTTP in this process, with a fixed 14-day span, so that
 * `orderbridge sync` can run against them in a child process. Every request's arrival is recorded (the
 * handler list is looked up once per request), which is how the latency benchmark checks the rate limit.
 */
export async function startBenchSimulators(options: {
  /** Orders in all: a third per vendor (Yopoint takes the remainder). */
  orders: number;
  latencyMs?: number;
  rateLimitPerSecond?: number;
}): Promise<BenchSimulators> {
  const start = new Date("2024-03-01T00:00:00Z");
  const end = new Date(start.getTime() + 14 * 86_400_000);
  const third = Math.floor(options.orders / 3);
  const common = {
    start,
    end,
    ...(options.latencyMs ? { latencyMs: options.latencyMs } : {}),
    ...(options.rateLimitPerSecond ? { rateLimitPerSecond: options.rateLimitPerSecond } : {}),
  };
  const simulators = {
    yopoint: createYopointSimulator({ ...common, orderCount: options.orders - 2 * third }),
    baifude: createBaifudeSimulator({ ...common, orderCount: third }),
    yikayi: createYikayiSimulator({ ...common, orderCount: third }),
  };
  const arrivals: Record<BenchVendor, number[]> = { yopoint: [], baifude: [], yikayi: [] };
  const served = await Promise.all(
    BENCH_VENDORS.map((vendor) =>
      serveHandlers(() => {
        arrivals[vendor].push(performance.now());
        return simulators[vendor].handlers;
      }),
    ),
  );
  const env: Record<string, string> = {};
  BENCH_VENDORS.forEach((vendor, i) => {
    Object.assign(env, simulators[vendor].env(served[i]!.url));
  });
  return {
    env,
    start,
    end,
    arrivals,
    close: async () => {
      await Promise.all(served.map((s) => s.close()));
    },
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
