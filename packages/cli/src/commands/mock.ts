import type { CliIo } from "../io.js";
import { startSimulators } from "../simulators.js";

/**
 * `orderbridge mock`: serves the simulators until interrupted and prints, per vendor, the variables that
 * point orderbridge (or anything else) at them. These are the simulators' own made-up credentials.
 */
export async function runMock(io: CliIo, options: { orders: number; seed: number }): Promise<void> {
  const running = await startSimulators({ orders: options.orders, seed: options.seed });
  for (const { vendor, url, env } of running.vendors) {
    io.stdout.write(`# ${vendor} simulator on ${url}\n`);
    for (const [name, value] of Object.entries(env)) io.stdout.write(`export ${name}=${value}\n`);
  }
  io.stdout.write(
    `# orders from ${running.start.toISOString()} to ${running.end.toISOString()}; Ctrl-C stops the simulators\n`,
  );
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await running.close();
}
