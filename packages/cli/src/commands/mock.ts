import type { CliIo } from "../io.js";
import { mockBadRecords, mockDrift, startSimulators } from "../simulators.js";

export interface MockOptions {
  orders: number;
  seed: number;
  /** Drift every this-many records (`--drift [n]`, 10 when given alone). */
  drift?: number;
  /** A bad record every this-many records (`--bad-records [n]`, 25 when given alone). */
  badRecords?: number;
}

/**
 * `orderbridge mock`: serves the simulators until interrupted and prints, per vendor, the variables that
 * point orderbridge (or anything else) at them. These are the simulators' own made-up credentials. With
 * `--drift` and `--bad-records` they serve records a tolerant sync stores with notes, and records it can only
 * keep as failed records (its exit status is then 3).
 */
export async function runMock(io: CliIo, options: MockOptions): Promise<void> {
  const running = await startSimulators({
    orders: options.orders,
    seed: options.seed,
    ...(options.drift ? { drift: mockDrift(options.drift) } : {}),
    ...(options.badRecords ? { badRecords: mockBadRecords(options.badRecords) } : {}),
  });
  for (const { vendor, url, env } of running.vendors) {
    io.stdout.write(`# ${vendor} simulator on ${url}\n`);
    for (const [name, value] of Object.entries(env)) io.stdout.write(`export ${name}=${value}\n`);
  }
  const changes = [
    options.drift ? `every ${options.drift}th record of each kind drifted (stored, with notes)` : "",
    options.badRecords
      ? `every ${options.badRecords}th record of each kind broken (kept as failed records; sync exits 3)`
      : "",
  ].filter(Boolean);
  io.stdout.write(
    `# orders from ${running.start.toISOString()} to ${running.end.toISOString()}, ${options.orders} per kind of sale` +
      `${changes.length ? `; ${changes.join("; ")}` : ""}; Ctrl-C stops the simulators\n`,
  );
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await running.close();
}
