import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { isLosslessNumber, parseJsonLossless, stringifyJsonLossless } from "@orderbridge/core";
import { type ServedHandlers, serveHandlers } from "@orderbridge/mocks";
import { createBaifudeSimulator } from "@orderbridge/mocks/baifude";
import { createYikayiSimulator } from "@orderbridge/mocks/yikayi";
import { createYopointSimulator } from "@orderbridge/mocks/yopoint";
import { clientFromEnv } from "@orderbridge/yikayi";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maskRecord, normalize, type OrderKind, type Vendor } from "../src/index.js";

type Json = Record<string, unknown>;
const text = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const reference = (vendor: Vendor) =>
  gunzipSync(readFileSync(new URL(`./fixtures/reference/${vendor}.records.jsonl.gz`, import.meta.url)))
    .toString("utf8")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => parseJsonLossless(line));

const MOBILE = /(?<![0-9])1[3-9][0-9]{9}(?![0-9])/;
const IPV4 = /(?<![0-9.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![0-9.])/;
/** Keys whose values must not survive masking anywhere: open ids, names, card ids, receivers, addresses. */
const SECRET_KEYS = /openid|buyeruserid|truename|nickname|receiver|address|^cardid$|^mobile$|bfdaccount/i;

/** Every (key, value) pair of text or number under a key matching SECRET_KEYS. */
function secretsOf(value: unknown, out: string[] = [], key = ""): string[] {
  if (Array.isArray(value)) for (const item of value) secretsOf(item, out, key);
  else if (isLosslessNumber(value)) {
    if (SECRET_KEYS.test(key)) out.push(value.value);
  } else if (value !== null && typeof value === "object") {
    for (const [k, item] of Object.entries(value)) secretsOf(item, out, k);
  } else if ((typeof value === "string" || typeof value === "number") && SECRET_KEYS.test(key)) {
    // One-character values ("q", a card id in the docs) carry nothing and would match anywhere.
    if (String(value).length > 1) out.push(String(value));
  }
  return out;
}

function expectMasked(vendor: Vendor, raw: unknown, kind?: OrderKind): string {
  const masked = stringifyJsonLossless(maskRecord(vendor, raw, kind));
  expect(masked).not.toMatch(MOBILE);
  expect(masked).not.toMatch(IPV4);
  for (const secret of secretsOf(raw)) expect(masked, secret).not.toContain(`"${secret}"`);
  return masked;
}

let yikayi: ServedHandlers;
const yikayiSim = createYikayiSimulator();
const sales: { note: Json; items: Json[] }[] = [];

beforeAll(async () => {
  // Sales at the till, as the simulator serves them over HTTP and the client reads them.
  yikayi = await serveHandlers(yikayiSim.handlers);
  const client = clientFromEnv(yikayiSim.env(yikayi.url));
  const page = await client.getConsumeNotePagedV2({ pageIndex: 0, pageSize: 200 });
  for (const note of page.data) {
    const lines = await client.getConsumeNoteItemPagedV2({ guid: note.Guid });
    sales.push({ note, items: lines.data });
  }
});
afterAll(async () => {
  await yikayi?.close();
});

describe("maskRecord", () => {
  it("masks by field name and keeps lossless numbers with their text (1card1 goods order)", () => {
    const record = (
      parseJsonLossless(text("../../yikayi/test/fixtures/Get_GoodsBillPaged.seed.json")) as Json
    ).data as Json[];
    const masked = maskRecord("yikayi", record[0]) as Json;
    expect(masked.Mobile).toBe("136****1195");
    expect(masked.TrueName).toBe("****");
    expect(isLosslessNumber(masked.TotalMoney) && masked.TotalMoney.value).toBe("170.0000");
    expect(masked.BillNumber).toBe("DG20160622000002");
    expect(masked).not.toBe(record[0]);
    expect((record[0] as Json).Mobile).toBe("13632651195"); // the input is left as it was
  });

  it("masks by value shape anywhere: a mobile number or IP inside text, a number that is a mobile", () => {
    const masked = maskRecord("baifude", {
      sn: "1",
      remark: "请送到13800138000,电话+8613912345678; from 10.1.2.3",
      contact: 13800138000,
      long: "217119032686432891326500000",
    }) as Json;
    expect(masked.remark).toBe("请送到138****8000,电话+86139****5678; from 10.1.*.*");
    expect(masked.contact).toBe("138****8000");
    expect(masked.long).toBe("217119032686432891326500000");
  });

  it("keeps product images and names; masks the user's avatar, nickname and IP (Yopoint)", () => {
    const record = (parseJsonLossless(text("./fixtures/cabinet.order.list.seed.json")) as Json).data as Json;
    const masked = maskRecord("yopoint", record, "cabinet") as Json;
    const product = (masked.Products as Json[])[0]!;
    expect(product.Name).toBe("元气森林0糖苏打气泡水卡曼橘味480ml");
    expect((product.ProductVO as Json).ImageUrl).toMatch(/^https:\/\/res\.yopoint\.com/);
    const user = masked.UserVO as Json;
    expect(user.ImageUrl).not.toMatch(/^https:/);
    expect(user.LastIPAddress).toBe("113.118.*.*");
    expect(masked.OpenID).toBe("oNlH********************JJjQ");
  });

  it("leaves no mobile number, open id or IP in clear in any fixture", () => {
    const fixtures: [Vendor, unknown, OrderKind][] = [
      [
        "yopoint",
        (parseJsonLossless(text("./fixtures/cabinet.order.list.seed.json")) as Json).data,
        "cabinet",
      ],
      ["yopoint", parseJsonLossless(text("./fixtures/consumer.order.list.json")), "vending"],
      ["baifude", parseJsonLossless(text("../../baifude/test/fixtures/getList.seed.json")), "welfare_mall"],
      [
        "yikayi",
        parseJsonLossless(text("../../yikayi/test/fixtures/Get_GoodsBillPaged.seed.json")),
        "online_mall",
      ],
      ["yikayi", parseJsonLossless(text("./fixtures/yikayi.sales.sim.json")), "in_store"],
    ];
    for (const [vendor, raw, kind] of fixtures) {
      expect(secretsOf(raw).length, `${kind} has personal data to mask`).toBeGreaterThan(0);
      expectMasked(vendor, raw, kind);
      expectMasked(vendor, raw); // without a kind: every kind of the vendor
    }
  });

  it("leaves no mobile number, open id or IP in clear in any simulator record type", () => {
    for (const vendor of ["yopoint", "baifude", "yikayi"] as Vendor[]) {
      for (const record of reference(vendor)) expectMasked(vendor, record);
    }
    const yopoint = createYopointSimulator();
    for (let i = 0; i < yopoint.consumerOrderCount; i++)
      expectMasked("yopoint", yopoint.consumerOrderAt(i), "vending");
    for (let i = 0; i < 50; i++) expectMasked("yopoint", yopoint.orderAt(i), "cabinet");
    const baifude = createBaifudeSimulator({ orderCount: 50 });
    for (let i = 0; i < 50; i++) expectMasked("baifude", baifude.payOrder(i), "welfare_mall");
    for (let i = 0; i < 50; i++) expectMasked("yikayi", yikayiSim.goodsBill(i), "online_mall");
    expect(sales.length).toBeGreaterThan(0);
    for (const sale of sales) expectMasked("yikayi", sale, "in_store");
  });
});

describe("the simulators' new kinds normalize without drift", () => {
  it("vending orders and sales at the till", () => {
    const yopoint = createYopointSimulator();
    const drift = new Set([
      "missing_field",
      "null_field",
      "unexpected_type",
      "unknown_field",
      "unknown_code",
    ]);
    for (let i = 0; i < yopoint.consumerOrderCount; i++) {
      const { order, warnings } = normalize("yopoint", yopoint.consumerOrderAt(i));
      expect(order.kind).toBe("vending");
      expect(warnings.filter((w) => drift.has(w.code))).toEqual([]);
    }
    for (const sale of sales) {
      const { order, warnings } = normalize("yikayi", sale);
      expect(order.kind).toBe("in_store");
      expect(warnings).toEqual([]);
      if (order.paymentStatus === "refunded") expect(order.status).toBe("cancelled");
    }
  });
});
