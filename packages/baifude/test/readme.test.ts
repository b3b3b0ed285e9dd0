import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type ServedHandlers, serveHandlers } from "@orderbridge/mocks";
import { createBaifudeSimulator } from "@orderbridge/mocks/baifude";
import { afterAll, beforeAll, expect, it, vi } from "vitest";

let served: ServedHandlers;
const sim = createBaifudeSimulator();
beforeAll(async () => {
  served = await serveHandlers(sim.handlers);
});
afterAll(() => served.close());

it("the README's usage block works as written, over real loopback HTTP against the simulator", async () => {
  const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
  const block = /## Usage[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)![1]!;
  expect(block.trim().split("\n")).toHaveLength(5);
  // The block as written, with its import pointed at this package's source.
  const source = block.replace(
    '"@orderbridge/baifude"',
    JSON.stringify(fileURLToPath(new URL("../src/index.ts", import.meta.url))),
  );
  const file = fileURLToPath(new URL(`./readme-example.${process.pid}.tmp.ts`, import.meta.url));
  writeFileSync(file, source);
  const env = sim.env(served.url);
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  const lines: string[] = [];
  const log = vi
    .spyOn(console, "log")
    .mockImplementation((...args: unknown[]) => void lines.push(args.join(" ")));
  try {
    await import(/* @vite-ignore */ file);
  } finally {
    log.mockRestore();
    vi.unstubAllEnvs();
    rmSync(file, { force: true });
  }
  const expected = sim.paidPayOrders("2024-04-16T00:00:00+08:00", "2024-04-17T00:00:00+08:00");
  expect(expected.length).toBeGreaterThan(3);
  expect(lines).toEqual(expected.map((o) => `${o.sn} ${o.amount} ${o.refundOrderList.length}`));
});
