import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type BenchResult, costResult, round } from "./harness.js";
import { BENCH_VENDORS, busiestSecond, startBenchSimulators } from "./simulators.js";
import { runSync } from "./sync.js";

const LATENCY_MS = 100;
/** Windows fetched at once per vendor account (`--concurrency`). */
const CONCURRENCY = 4;
/**
 * Requests per second each simulator accepts (it answers 429 above) and the client is told (`--rate-limit`).
 * Above CONCURRENCY / latency (40/s), so the ideal below is reachable without throttling.
 */
const RATE_LIMIT = 50;

/**
 * 4. Latency hiding: simulators answering after 100 ms and throttling at 50 requests per second; the sync's time
 * against the ideal (requests x latency / concurrency, for the busiest vendor: the three sync in parallel), and
 * the busiest second each simulator saw, which must stay within the rate limit.
 */
export async function benchLatency(quick: boolean): Promise<BenchResult[]> {
  const orders = quick ? 15_000 : 60_000;
  const dir = mkdtempSync(path.join(tmpdir(), "orderbridge-bench-latency-"));
  const sims = await startBenchSimulators({ orders, latencyMs: LATENCY_MS, rateLimitPerSecond: RATE_LIMIT });
  try {
    const run = await runSync({
      env: sims.env,
      since: sims.start,
      until: sims.end,
      db: path.join(dir, "latency.db"),
      extraArgs: ["--rate-limit", String(RATE_LIMIT), "--concurrency", String(CONCURRENCY)],
    });
    const perVendor = BENCH_VENDORS.map((vendor) => ({
      vendor,
      requests: sims.arrivals[vendor].length,
      busiest: busiestSecond(sims.arrivals[vendor]),
    }));
    const idealMs = Math.max(...perVendor.map((v) => (v.requests * LATENCY_MS) / CONCURRENCY));
    const withinLimit = perVendor.every((v) => v.busiest <= RATE_LIMIT);
    const result = costResult({
      name: "latency hiding: sync time vs requests x latency / concurrency",
      unit: "ms",
      value: run.ms,
      baseline: idealMs,
      maxRatio: 1.2,
      target: `<= 1.2x ideal, never > ${RATE_LIMIT} req/s`,
      notes: `${orders} orders over 14 one-day windows per vendor, ${LATENCY_MS} ms per request, --concurrency ${CONCURRENCY}, simulators and client limited to ${RATE_LIMIT} req/s; requests and busiest second per vendor: ${perVendor
        .map((v) => `${v.vendor} ${v.requests} req, ${v.busiest}/s`)
        .join("; ")}; ideal from the busiest vendor; one run (${round(run.ms / 1000)} s)`,
    });
    return [{ ...result, met: result.met && withinLimit }];
  } finally {
    await sims.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
