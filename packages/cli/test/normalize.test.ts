import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "./support/io.js";

const PACKAGES = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => readFile(path.join(PACKAGES, file), "utf8");

describe("orderbridge normalize", () => {
  it.each([
    [
      "yikayi",
      "yikayi/test/fixtures/Get_GoodsBillPaged.seed.json",
      "orders/test/golden/yikayi.seed.order.json",
    ],
    ["baifude", "baifude/test/fixtures/getList.seed.json", "orders/test/golden/baifude.seed.order.json"],
    [
      "yopoint",
      "orders/test/fixtures/cabinet.order.list.seed.json",
      "orders/test/golden/yopoint.seed.order.json",
    ],
  ])("turns the %s seed response into its golden Order", async (vendor, input, golden) => {
    const result = await run(["normalize", "--vendor", vendor], { stdin: await read(input) });
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toEqual(JSON.parse(await read(golden)));
  });

  it("accepts one bare order and an array of them", async () => {
    const envelope = JSON.parse(await read("yikayi/test/fixtures/Get_GoodsBillPaged.seed.json"));
    const bill = envelope.data[0];
    const single = await run(["normalize", "--vendor", "yikayi"], { stdin: JSON.stringify(bill) });
    const array = await run(["normalize", "--vendor", "yikayi"], { stdin: JSON.stringify([bill, bill]) });
    expect(single.status).toBe(0);
    expect(array.stdout.trim().split("\n")).toEqual([single.stdout.trim(), single.stdout.trim()]);
  });

  it("keeps the exact decimal from the source text (170.0000 yuan is 17000 fen)", async () => {
    const result = await run(["normalize", "--vendor", "yikayi"], {
      stdin: await read("yikayi/test/fixtures/Get_GoodsBillPaged.seed.json"),
    });
    expect(JSON.parse(result.stdout).totalAmount).toBe(17000);
  });

  it("writes the good records, reports the bad one naming the field, and exits 1", async () => {
    const envelope = JSON.parse(await read("yikayi/test/fixtures/Get_GoodsBillPaged.seed.json"));
    const good = envelope.data[0];
    const bad = { ...good, BillNumber: "BAD-1", TotalMoney: "abc" };
    const result = await run(["normalize", "--vendor", "yikayi"], { stdin: JSON.stringify([good, bad]) });
    expect(result.status).toBe(1);
    expect(result.stdout.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/yikayi/);
    expect(result.stderr).toMatch(/TotalMoney/);
  });

  it("refuses malformed JSON with exit 1", async () => {
    const result = await run(["normalize", "--vendor", "yopoint"], { stdin: '{"error_code":0,"data":' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/JSON/);
  });

  it("masks personal data unless asked", async () => {
    const input = await read("baifude/test/fixtures/getList.seed.json");
    const masked = await run(["normalize", "--vendor", "baifude"], { stdin: input });
    const clear = await run(["normalize", "--vendor", "baifude", "--include-personal-data"], {
      stdin: input,
    });
    expect(masked.stdout).not.toEqual(clear.stdout);
    expect(masked.stdout).toContain("****");
  });
});
