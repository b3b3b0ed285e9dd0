import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type ServedHandlers, serveHandlers } from "@orderbridge/mocks";
import { createYikayiSimulator } from "@orderbridge/mocks/yikayi";
import { afterAll, beforeAll, expect, it, vi } from "vitest";

const README = fileURLToPath(new URL("../README.md", import.meta.url));
const EXAMPLE = fileURLToPath(new URL("./readme-example.tmp.ts", import.meta.url));

const sim = createYikayiSimulator({ orderCount: 40 });
let served: ServedHandlers;
beforeAll(async () => {
  served = await serveHandlers(sim.handlers);
});
afterAll(async () => {
  await served?.close();
  rmSync(EXAMPLE, { force: true });
});

it("the README's usage example is five lines and works as written against the simulator", async () => {
  const block = /```ts\n([\s\S]*?)```/.exec(readFileSync(README, "utf8"))![1]!;
  expect(block.trimEnd().split("\n")).toHaveLength(5);
  writeFileSync(EXAMPLE, block.replace('"@orderbridge/yikayi"', '"../src/index.js"'));
  Object.assign(process.env, sim.env(served.url));
  const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
  try {
    await import(/* @vite-ignore */ EXAMPLE);
    expect(log).toHaveBeenCalledTimes(40);
    expect(log.mock.calls[0]![1]).toMatch(/^\d+\.\d{4}$/);
  } finally {
    log.mockRestore();
    for (const name of Object.keys(sim.env(served.url))) delete process.env[name];
  }
}, 60_000);

it("the README's sales block works as written against the simulator", async () => {
  const block = /## Sales at the till[^\n]*\n+```ts\n([\s\S]*?)```/.exec(readFileSync(README, "utf8"))![1]!;
  expect(block.trimEnd().split("\n")).toHaveLength(6);
  const file = EXAMPLE.replace(".tmp.ts", ".sales.tmp.ts");
  writeFileSync(file, block.replace('"@orderbridge/yikayi"', '"../src/index.js"'));
  Object.assign(process.env, sim.env(served.url));
  const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
  try {
    await import(/* @vite-ignore */ file);
    // Every sale of 2024-04-16 (Beijing time) in order, each with its line count.
    const expected: string[] = [];
    for (let j = 0; j < sim.shape.consumeNoteCount; j++) {
      const note = sim.consumeNote(j);
      if (String(note.OperateTime).startsWith("2024-04-16"))
        expected.push(
          `${note.BillNumber} ${(note.TotalPaid as { value: string }).value} ${sim.consumeNoteItems(j).length}`,
        );
    }
    expect(expected.length).toBeGreaterThan(5);
    expect(log.mock.calls.map((call) => call.join(" "))).toEqual(expected);
  } finally {
    log.mockRestore();
    for (const name of Object.keys(sim.env(served.url))) delete process.env[name];
    rmSync(file, { force: true });
  }
}, 60_000);
