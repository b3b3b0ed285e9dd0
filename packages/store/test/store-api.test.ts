import { LosslessNumber } from "@orderbridge/core";
import { afterEach, describe, expect, it } from "vitest";
import {
  canonicalJson,
  isPostgresUrl,
  openStore,
  parseDatabaseUrl,
  type Store,
  StoreError,
  sha256Hex,
} from "../src/index.js";
import { sampleOrders } from "./support/orders.js";

describe("canonicalJson", () => {
  it("sorts keys at every depth and leaves out undefined members", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: undefined }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"z":1}]},"b":1}',
    );
  });

  it("writes lossless numbers with their exact source text", () => {
    expect(
      canonicalJson({
        price: new LosslessNumber("170.0000"),
        id: new LosslessNumber("123456789012345678901"),
      }),
    ).toBe('{"id":123456789012345678901,"price":170.0000}');
  });

  it("refuses numbers JSON cannot carry", () => {
    expect(() => canonicalJson({ amount: Number.NaN })).toThrow(/amount/);
  });

  it("gives one hash for the same Order whatever its key order", () => {
    const [order] = sampleOrders();
    const reversed = Object.fromEntries(Object.entries(order!).reverse());
    expect(sha256Hex(canonicalJson(reversed))).toBe(sha256Hex(canonicalJson(order)));
  });
});

describe("openStore", () => {
  const stores: Store[] = [];
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
  });

  it("tells PostgreSQL URLs from SQLite paths", () => {
    expect(isPostgresUrl("postgres://u@h/db")).toBe(true);
    expect(isPostgresUrl("postgresql://u@h/db")).toBe(true);
    expect(isPostgresUrl("./orderbridge.db")).toBe(false);
    expect(isPostgresUrl(":memory:")).toBe(false);
  });

  it("reads a --db value as PostgreSQL or SQLite, and refuses any other scheme", () => {
    expect(parseDatabaseUrl("postgres://u@h/db")).toEqual({ dialect: "postgres", url: "postgres://u@h/db" });
    expect(parseDatabaseUrl("postgresql://u@h/db")).toEqual({
      dialect: "postgres",
      url: "postgresql://u@h/db",
    });
    expect(parseDatabaseUrl("sqlite:./x.db")).toEqual({ dialect: "sqlite", path: "./x.db" });
    expect(parseDatabaseUrl("sqlite://./x.db")).toEqual({ dialect: "sqlite", path: "./x.db" });
    expect(parseDatabaseUrl("C:\\data\\x.db")).toEqual({ dialect: "sqlite", path: "C:\\data\\x.db" });
    expect(parseDatabaseUrl(":memory:")).toEqual({ dialect: "sqlite", path: ":memory:" });
    expect(() => parseDatabaseUrl("postgresql:/oops")).toThrow(
      new StoreError(
        '"postgresql:/oops" is not a PostgreSQL URL (postgres://user@host/db) and not a SQLite path: write postgres://… or postgresql://… for PostgreSQL, or a file path such as ./orderbridge.db for SQLite',
      ),
    );
  });

  it("opens an in-memory SQLite store, with or without the sqlite: prefix", async () => {
    for (const url of [":memory:", "sqlite::memory:"]) {
      const store = await openStore(url);
      stores.push(store);
      expect(store.dialect).toBe("sqlite");
      await store.migrate();
      expect(await store.writeBatch({ orders: sampleOrders() })).toMatchObject({ inserted: 3 });
    }
  });

  it("names the database but never its password when PostgreSQL cannot be reached", async () => {
    const attempt = openStore("postgres://someone:hunter2-secret@127.0.0.1:1/orders");
    await expect(attempt).rejects.toThrow(StoreError);
    await expect(attempt).rejects.toThrow(
      /cannot connect to PostgreSQL at postgres:\/\/someone:\*\*\*\*@127\.0\.0\.1:1\/orders/,
    );
    await expect(attempt).rejects.not.toThrow(/hunter2/);
  });

  it("refuses an Order without an id before touching the database", async () => {
    const store = await openStore(":memory:");
    stores.push(store);
    await store.migrate();
    const bad = { ...sampleOrders()[0]!, id: undefined } as unknown as ReturnType<
      typeof sampleOrders
    >[number];
    await expect(store.writeBatch({ orders: [bad] })).rejects.toThrow(/without a string id/);
  });
});
