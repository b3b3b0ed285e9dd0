import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { openStore } from "@orderbridge/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningSimulators, startSimulators } from "../src/simulators.js";
import { run } from "./support/io.js";

let sims: RunningSimulators;
let dir: string;

beforeAll(async () => {
  sims = await startSimulators({ orders: 150, now: new Date("2024-05-01T00:00:00Z"), days: 6 });
  dir = await mkdtemp(path.join(tmpdir(), "orderbridge-faults-"));
});

afterAll(async () => {
  await sims?.close();
  await rm(dir, { recursive: true, force: true });
});

async function storedIds(db: string) {
  const store = await openStore(db);
  try {
    const ids: string[] = [];
    for await (const order of store.iterateOrders()) ids.push(order.id);
    return { ids, failed: await store.listFailed() };
  } finally {
    await store.close();
  }
}

describe("a sync through injected faults", () => {
  it("stores every good order exactly once and keeps the bad record in the failed table", async () => {
    const args = [
      "--since",
      sims.start.toISOString(),
      "--until",
      new Date(sims.end.getTime() + 1000).toISOString(),
      "--rate-limit",
      "500",
      "--timeout",
      "400ms",
    ];
    const reference = path.join(dir, "reference.db");
    expect((await run(["sync", "--db", reference, ...args], { env: sims.env })).status).toBe(0);
    const clean = await storedIds(reference);
    expect(clean.failed).toEqual([]);

    const { yopoint, baifude, yikayi } = sims.simulators;
    yopoint.faults.push({ status: 503 }, 2).push({ status: 429, headers: { "retry-after": "1" } });
    yopoint.faults.push({ truncate: true });
    yikayi.faults.push({ delayMs: 1500 }).push({ status: 500 }).push({ truncate: true });
    baifude.faults
      .push({ status: 502 })
      .push({ status: 429, headers: { "retry-after": "0" } })
      .push({ truncate: true });
    const victim = baifude.paidPayOrders(sims.start, sims.end)[3]!;
    baifude.patchPayOrder(String(victim.sn), (order) => ({ ...order, paidAmount: "not money" }));

    const faulty = path.join(dir, "faulty.db");
    const result = await run(["sync", "--db", faulty, ...args], { env: sims.env });
    // Finished, but one record could not be stored: exit 3, saying where and what to run next.
    expect(result.status, result.stderr).toBe(3);
    expect(result.stderr).toMatch(
      /^orderbridge: 1 record\(s\) could not be stored \(baifude welfare_mall 1\): `pnpm orderbridge failed` lists them and why/m,
    );
    expect(yopoint.faults.pending + yikayi.faults.pending + baifude.faults.pending).toBe(0);

    const stored = await storedIds(faulty);
    const victimId = `baifude:${victim.sn}`;
    expect(stored.ids).toEqual(clean.ids.filter((id) => id !== victimId));
    expect(new Set(stored.ids).size).toBe(stored.ids.length);
    expect(stored.failed).toHaveLength(1);
    expect(stored.failed[0]).toMatchObject({ vendor: "baifude", vendorOrderId: String(victim.sn) });
    expect(stored.failed[0]!.errorField).toMatch(/paidAmount/);
    expect(stored.failed[0]!.raw).toContain("not money");
    expect(result.stdout).toMatch(
      /^baifude\s+\S+\s+welfare_mall\s+\d+\s+\d+\s+0\s+0\s+1\s.*failed records$/m,
    );
  }, 60_000);
});
