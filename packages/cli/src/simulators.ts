import type { Env } from "@orderbridge/core";
import { serveHandlers } from "@orderbridge/mocks";
import { createBaifudeSimulator } from "@orderbridge/mocks/baifude";
import { createYikayiSimulator } from "@orderbridge/mocks/yikayi";
import { createYopointSimulator } from "@orderbridge/mocks/yopoint";
import type { VendorId } from "./vendors.js";

export interface RunningSimulators {
  /** The simulators themselves, for tests that inject faults or change data. */
  simulators: {
    yopoint: ReturnType<typeof createYopointSimulator>;
    baifude: ReturnType<typeof createBaifudeSimulator>;
    yikayi: ReturnType<typeof createYikayiSimulator>;
  };
  vendors: { vendor: VendorId; url: string; env: Env }[];
  /** The variables of all three, as one environment. */
  env: Env;
  start: Date;
  end: Date;
  close(): Promise<void>;
}

/**
 * Starts the three vendor simulators over real HTTP on loopback, with the same seeded data every time
 * (only the time span moves with the calendar: the `days` days before today's midnight UTC).
 */
export async function startSimulators(options: {
  /** Orders per simulator (see `orderCounts` for one vendor's own count). */
  orders: number;
  orderCounts?: Partial<Record<VendorId, number>>;
  seed?: number;
  days?: number;
  now?: Date;
  /** A delay before every answer (the latency benchmark). */
  latencyMs?: number;
  /** Throttle beyond this many requests in any second, as the vendor would. */
  rateLimitPerSecond?: number;
  /** Hears every HTTP request as it arrives (the benchmarks count arrivals with it). */
  onRequest?: (vendor: VendorId) => void;
}): Promise<RunningSimulators> {
  // Anchored to midnight UTC so every run on the same day serves the same orders: a second demo run
  // then shows the sync changing nothing.
  const end = new Date(Math.floor((options.now ?? new Date()).getTime() / 86_400_000) * 86_400_000);
  const start = new Date(end.getTime() - (options.days ?? 14) * 86_400_000);
  const common = {
    seed: options.seed ?? 20240416,
    start,
    end,
    ...(options.latencyMs ? { latencyMs: options.latencyMs } : {}),
    ...(options.rateLimitPerSecond ? { rateLimitPerSecond: options.rateLimitPerSecond } : {}),
  };
  const count = (vendor: VendorId) => options.orderCounts?.[vendor] ?? options.orders;
  const simulators = {
    yopoint: createYopointSimulator({ ...common, orderCount: count("yopoint") }),
    baifude: createBaifudeSimulator({ ...common, orderCount: count("baifude") }),
    yikayi: createYikayiSimulator({ ...common, orderCount: count("yikayi") }),
  };
  const entries = Object.entries(simulators) as [VendorId, (typeof simulators)[VendorId]][];
  const onRequest = options.onRequest;
  const served = await Promise.all(
    entries.map(([vendor, sim]) =>
      serveHandlers(
        onRequest
          ? () => {
              onRequest(vendor);
              return sim.handlers;
            }
          : sim.handlers,
      ),
    ),
  );
  const vendors = entries.map(([vendor, sim], i) => ({
    vendor,
    url: served[i]!.url,
    env: sim.env(served[i]!.url) as Env,
  }));
  return {
    simulators,
    vendors,
    env: Object.assign({}, ...vendors.map((v) => v.env)) as Env,
    start,
    end,
    close: async () => {
      await Promise.all(served.map((s) => s.close()));
    },
  };
}
