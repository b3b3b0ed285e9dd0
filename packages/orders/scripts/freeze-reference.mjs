// Freezes reference fixtures: simulator records and the Orders (and warnings, or errors) today's code makes of
// them, so that a rewrite of the mapping path can be held to them byte for byte (test/reference.test.ts).
// Run after `pnpm build`, from packages/orders: `node scripts/freeze-reference.mjs`. It refuses to overwrite.
import { existsSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { parseJsonLossless, stringifyJsonLossless } from "@orderbridge/core";
import { createBaifudeSimulator } from "@orderbridge/mocks/baifude";
import { createYikayiSimulator } from "@orderbridge/mocks/yikayi";
import { createYopointSimulator } from "@orderbridge/mocks/yopoint";
import { NormalizeError, normalize } from "@orderbridge/orders";

const DIR = new URL("../test/fixtures/reference/", import.meta.url);
const COUNT = 1000;

function write(name, lines) {
  const file = new URL(`${name}.jsonl.gz`, DIR);
  if (existsSync(file)) throw new Error(`${file.pathname} exists: fixtures are frozen, never rewritten`);
  writeFileSync(file, gzipSync(Buffer.from(`${lines.join("\n")}\n`, "utf8"), { level: 9 }));
}

/** One line per record: the Order, its warnings, or the NormalizeError's fields and message. */
function outcome(vendor, kind, text, options) {
  try {
    const { order, warnings } = normalize(vendor, parseJsonLossless(text), { kind, ...options });
    return JSON.stringify({ order, warnings });
  } catch (error) {
    if (!(error instanceof NormalizeError)) throw error;
    return JSON.stringify({ error: { field: error.field, orderId: error.orderId, message: error.message } });
  }
}

// Clean records of the two kinds the first fixtures did not cover: Orders only, as for the first three.
const yopoint = createYopointSimulator({ orderCount: 10, consumerOrderCount: COUNT });
const yikayi = createYikayiSimulator({ orderCount: 10, consumeNoteCount: COUNT });
const clean = {
  vending: ["yopoint", (i) => yopoint.consumerOrderAt(i)],
  in_store: ["yikayi", (i) => ({ note: yikayi.consumeNote(i), items: yikayi.consumeNoteItems(i) })],
};
for (const [kind, [vendor, at]] of Object.entries(clean)) {
  const records = Array.from({ length: COUNT }, (_, i) => stringifyJsonLossless(at(i)));
  write(`${kind}.records`, records);
  for (const [variant, options] of [
    ["orders", {}],
    ["orders-personal", { includePersonalData: true }],
  ]) {
    write(
      `${kind}.${variant}`,
      records.map((text) =>
        JSON.stringify(normalize(vendor, parseJsonLossless(text), { kind, ...options }).order),
      ),
    );
  }
}

// Drifted and broken records of all five kinds: the tolerant path's Orders, warnings and errors, frozen too.
const drift = {
  every: 3,
  omit: [
    "OID",
    "LandMarkName",
    "TID",
    "channelSn",
    "receiver",
    "ConsumeBillNumber",
    "AssignStoreName",
    "StoreName",
  ],
  nullify: ["TradeNo", "ProductName", "bfdAccount", "Mobile", "TrueName", "CardId"],
  extraField: true,
  unknownCode: true,
};
const badRecords = {
  every: 7,
  kind: [
    "missing-id",
    "missing-money",
    "unreadable-money",
    "sub-fen",
    "amounts-disagree",
    "unreadable-time",
    "year-10000",
  ],
};
const options = { drift, badRecords };
const yopointDrift = createYopointSimulator({ orderCount: COUNT, consumerOrderCount: COUNT, ...options });
const yikayiDrift = createYikayiSimulator({ orderCount: COUNT, consumeNoteCount: COUNT, ...options });
const baifudeDrift = createBaifudeSimulator({ orderCount: COUNT, ...options });
const drifted = {
  cabinet: ["yopoint", (i) => yopointDrift.served("cabinet", i)],
  vending: ["yopoint", (i) => yopointDrift.served("vending", i)],
  welfare_mall: ["baifude", (i) => baifudeDrift.served(i)],
  online_mall: ["yikayi", (i) => yikayiDrift.served("online_mall", i)],
  in_store: [
    "yikayi",
    (i) => ({ note: yikayiDrift.served("in_store", i), items: yikayiDrift.consumeNoteItems(i) }),
  ],
};
const records = [];
const results = [];
for (const [kind, [vendor, at]] of Object.entries(drifted)) {
  for (let i = 0; i < COUNT; i++) {
    const text = stringifyJsonLossless(at(i));
    records.push(JSON.stringify({ vendor, kind, text }));
    results.push(outcome(vendor, kind, text, {}));
  }
}
write("drift.records", records);
write("drift.results", results);
