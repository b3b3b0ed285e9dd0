import { http } from "msw";
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
  /** With `record`: every request as it arrived (method, URL, headers, body), per vendor, in arrival order. */
  recorded: Record<BenchVendor, RecordedRequest[]>;
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
  /** Keep every request (for replaying the same pages with bare fetch: the sync's bare-pipeline baseline). */
  record?: boolean;
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
  const recorded: Record<BenchVendor, RecordedRequest[]> = { yopoint: [], baifude: [], yikayi: [] };
  if (options.record) {
    for (const vendor of BENCH_VENDORS) {
      // The simulators' handler list is read per request: a first handler that only takes notes (it answers
      // nothing, so the simulator's own handlers answer as always).
      running.simulators[vendor].handlers.unshift(
        http.all("*", async ({ request }) => {
          recorded[vendor].push({
            method: request.method,
            url: request.url,
            headers: Object.fromEntries(request.headers),
            body: request.method === "GET" ? undefined : await request.clone().text(),
          });
          return undefined;
        }),
      );
    }
  }
  return {
    env: running.env as Record<string, string>,
    start: running.start,
    end: running.end,
    arrivals,
    recorded,
    close: running.close,
  };
}

/** One HTTP request as a simulator received it. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
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
