// A late refund behind the checkpoint: 1card1 pushes nothing, so a refund of an order placed days ago is only seen
// by reading its window again. The overlap (3 days) does not reach it; `--rescan 30d` does, without moving the
// checkpoint back, and `changes` shows what changed.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { shanghaiLocalToDate } from "@orderbridge/core";
import type { OrderChange } from "@orderbridge/store";
import { openStore } from "@orderbridge/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningSimulators, startSimulators } from "../src/simulators.js";
import { spawnCli } from "./support/cli.js";
import { streamRow } from "./support/summary.js";

const DAY = 86_400_000;
let sims: RunningSimulators;
let dir: string;

beforeAll(async () => {
  sims = await startSimulators({ orders: 80, now: new Date("2024-05-01T00:00:00Z"), days: 20 });
  dir = await mkdtemp(path.join(tmpdir(), "orderbridge-rescan-"));
});

afterAll(async () => {
  await sims?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("sync --rescan", () => {
  it("catches a late refund behind the checkpoint that the overlap misses, never moving the checkpoint back", async () => {
    const db = path.join(dir, "rescan.db");
    const until = new Date(sims.end.getTime() + 1000);
    const common = ["--db", db, "--vendor", "yikayi", "--kind", "online_mall", "--rate-limit", "1000"];
    const first = await spawnCli(
      ["sync", ...common, "--since", sims.start.toISOString(), "--until", until.toISOString()],
      { env: sims.env },
    );
    expect(first.status, first.said).toBe(0);

    // A paid goods order placed 8–12 days before the checkpoint: behind the 3-day overlap, inside a 30-day rescan.
    const yikayi = sims.simulators.yikayi;
    let index = -1;
    for (let i = 0; i < 80 && index < 0; i++) {
      const bill = yikayi.goodsBill(i);
      const placed = shanghaiLocalToDate(String(bill.SubmitTime)).getTime();
      if (
        until.getTime() - placed > 8 * DAY &&
        until.getTime() - placed < 12 * DAY &&
        bill.ThirdPayStatus === 1
      )
        index = i;
    }
    expect(index).toBeGreaterThanOrEqual(0);
    const id = `yikayi:${yikayi.goodsBill(index).BillNumber}`;
    const store = async () => openStore(db, { readOnly: true });
    const read = async () => {
      const s = await store();
      try {
        return {
          order: await s.getOrder(id),
          checkpoint: (await s.listCheckpoints()).map((c) => c.highWaterMark),
        };
      } finally {
        await s.close();
      }
    };
    const before = await read();
    expect(before.order?.refundedAmount).toBe(0);
    expect(before.order?.paidAmount).toBeGreaterThan(0);
    expect(before.checkpoint).toEqual([until.toISOString()]);

    yikayi.refundOrder(index);

    // From the checkpoint less the 3-day overlap: the refund is not seen.
    const plain = await spawnCli(["sync", ...common, "--until", until.toISOString()], { env: sims.env });
    expect(plain.status, plain.said).toBe(0);
    expect(Number(streamRow(plain.stdout, "yikayi", "online_mall").updated)).toBe(0);
    expect((await read()).order?.refundedAmount).toBe(0);

    // A rescan that lies wholly behind the checkpoint reads its windows and leaves the checkpoint where it was.
    const changedFrom = new Date();
    const behind = new Date(until.getTime() - 5 * DAY);
    const old = await spawnCli(["sync", ...common, "--until", behind.toISOString(), "--rescan", "30d"], {
      env: sims.env,
    });
    expect(old.status, old.said).toBe(0);
    expect(old.stderr).toContain(
      `yikayi ${streamRow(old.stdout, "yikayi", "online_mall").account} online_mall: syncing ${new Date(behind.getTime() - 30 * DAY).toISOString()} .. ${behind.toISOString()}`,
    );
    const after = await read();
    expect(after.checkpoint).toEqual([until.toISOString()]);
    expect(after.order?.refundedAmount).toBe(before.order?.paidAmount);
    expect(after.order?.paymentStatus).toBe("refunded");
    expect(Number(streamRow(old.stdout, "yikayi", "online_mall").updated)).toBe(1);

    // The same run again changes nothing.
    const again = await spawnCli(["sync", ...common, "--until", until.toISOString(), "--rescan", "30d"], {
      env: sims.env,
    });
    expect(again.status, again.said).toBe(0);
    expect(Number(streamRow(again.stdout, "yikayi", "online_mall").updated)).toBe(0);
    expect((await read()).checkpoint).toEqual([until.toISOString()]);

    // changes: the refund, money in yuan in the table and in fen in JSON lines.
    const table = await spawnCli(["changes", "--db", db, "--since", changedFrom.toISOString()]);
    expect(table.status, table.said).toBe(0);
    const paid = before.order!.paidAmount;
    const yuan = (fen: number) => (fen / 100).toFixed(2);
    expect(table.stdout).toMatch(
      new RegExp(
        `^\\S+\\s+${id}\\s+online_mall\\s+refundedAmount\\s+0\\.00 → ${yuan(paid).replace(".", "\\.")}$`,
        "m",
      ),
    );
    expect(table.stdout).toMatch(
      new RegExp(`^\\S+\\s+${id}\\s+online_mall\\s+paymentStatus\\s+paid → refunded$`, "m"),
    );
    expect(table.stdout).toMatch(/^1 change\(s\); money in yuan \(--format jsonl: fen\)$/m);
    const jsonl = await spawnCli([
      "changes",
      "--db",
      db,
      "--since",
      changedFrom.toISOString(),
      "--format",
      "jsonl",
      "--kind",
      "online_mall",
    ]);
    expect(jsonl.status, jsonl.said).toBe(0);
    const changes = jsonl.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as OrderChange);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      orderId: id,
      vendor: "yikayi",
      kind: "online_mall",
      before: { refundedAmount: 0, paymentStatus: "paid" },
      after: { refundedAmount: paid, paymentStatus: "refunded" },
    });
    expect(changes[0]!.fields).toContain("refundedAmount");
    // Nothing before the refund was written, nothing of another kind.
    const none = await spawnCli([
      "changes",
      "--db",
      db,
      "--since",
      changedFrom.toISOString(),
      "--kind",
      "in_store",
    ]);
    expect(none.stdout).toMatch(/^no changes from /);
  });
});
