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
  orders: number;
  seed?: number;
  days?: number;
  now?: Date;
}): Promise<RunningSimulators> {
  // Anchored to midnight UTC so every run on the same day serves the same orders: a second demo run
  // then shows the sync changing nothing.
  const end = new Date(Math.floor((options.now ?? new Date()).getTime() / 86_400_000) * 86_400_000);
  const start = new Date(end.getTime() - (options.days ?? 14) * 86_400_000);
  const common = { seed: options.seed ?? 20240416, orderCount: options.orders, start, end };
  const simulators = {
    yopoint: createYopointSimulator(common),
    baifude: createBaifudeSimulator(common),
    yikayi: createYikayiSimulator(common),
  };
  const entries = Object.entries(simulators) as [VendorId, (typeof simulators)[VendorId]][];
  const served = await Promise.all(entries.map(([, sim]) => serveHandlers(sim.handlers)));
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
