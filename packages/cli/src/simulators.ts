import type { Env } from "@orderbridge/core";
import {
  BAD_RECORD_KINDS,
  type BadRecordOptions,
  type DriftOptions,
  serveHandlers,
} from "@orderbridge/mocks";
import { createBaifudeSimulator } from "@orderbridge/mocks/baifude";
import { createYikayiSimulator } from "@orderbridge/mocks/yikayi";
import { createYopointSimulator } from "@orderbridge/mocks/yopoint";
import { KINDS_OF_VENDOR, type KindId, type VendorId } from "./vendor-ids.js";

/**
 * The drift `orderbridge mock --drift` switches on, per vendor: on every `every`-th record of each kind, a
 * documented field the vendor stopped sending, `null` where text was documented, a field the spec does not know
 * and a code outside the documented set. The fields are ones the mapping only passes on, so a tolerant sync stores
 * these records, each with its notes.
 */
export function mockDrift(every: number): Record<VendorId, DriftOptions> {
  const common = { every, extraField: true, unknownCode: true };
  return {
    // OID: required by the cabinet order's schema, kept in raw only; TerminalName: documented text.
    yopoint: { ...common, omit: ["OID"], nullify: ["TerminalName"] },
    // channelSn: required, mapped to orderNo when present (else sn); receiver: the customer's name.
    baifude: { ...common, omit: ["channelSn"], nullify: ["receiver"] },
    // ConsumeBillNumber: required in goods orders, the link to a sale at the till; Meno: the memo.
    yikayi: { ...common, omit: ["ConsumeBillNumber"], nullify: ["Meno"] },
  };
}

/**
 * The bad records `orderbridge mock --bad-records` switches on: every `every`-th record of each kind broken beyond
 * repair, the defects of mocks/README.md taken in turn (an order number or amount missing, unreadable money or
 * time, year 10000, amounts that disagree, a record that is no object, a 1card1 sale whose lines never come).
 * A sync must keep each as a failed record and exit 3.
 */
export function mockBadRecords(every: number): Record<VendorId, BadRecordOptions> {
  const options = { every, kind: BAD_RECORD_KINDS };
  return { yopoint: options, baifude: options, yikayi: options };
}

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
  /** Records per kind of sale each simulator serves (see `orderCounts` and `kindCounts` to differ). */
  orders: number;
  /** Records per kind of sale of one vendor (every kind it serves). */
  orderCounts?: Partial<Record<VendorId, number>>;
  /** Records of one kind of sale (wins over `orderCounts` and `orders`). */
  kindCounts?: Partial<Record<KindId, number>>;
  /** Drift per vendor (the simulators' `drift` option; `mockDrift(10)` is what `mock --drift` uses). */
  drift?: Partial<Record<VendorId, DriftOptions>>;
  /** Bad records per vendor (the simulators' `badRecords`; `mockBadRecords(25)` is `mock --bad-records`). */
  badRecords?: Partial<Record<VendorId, BadRecordOptions>>;
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
  const counts = <V extends VendorId>(vendor: V) =>
    Object.fromEntries(
      KINDS_OF_VENDOR[vendor].map((kind) => [
        kind,
        options.kindCounts?.[kind] ?? options.orderCounts?.[vendor] ?? options.orders,
      ]),
    );
  const changes = (vendor: VendorId) => ({
    ...(options.drift?.[vendor] ? { drift: options.drift[vendor] } : {}),
    ...(options.badRecords?.[vendor] ? { badRecords: options.badRecords[vendor] } : {}),
  });
  const simulators = {
    yopoint: createYopointSimulator({ ...common, counts: counts("yopoint"), ...changes("yopoint") }),
    baifude: createBaifudeSimulator({ ...common, counts: counts("baifude"), ...changes("baifude") }),
    yikayi: createYikayiSimulator({ ...common, counts: counts("yikayi"), ...changes("yikayi") }),
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
