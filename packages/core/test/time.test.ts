import { describe, expect, it } from "vitest";
import { ParseError } from "../src/errors.js";
import {
  fromUnixTime,
  shanghaiLocalToDate,
  shanghaiLocalToUtc,
  toDate,
  toRfc3339Utc,
  toShanghaiLocal,
  unixTimeToUtc,
} from "../src/time.js";

describe("shanghaiLocalToUtc", () => {
  it("subtracts eight hours", () => {
    expect(shanghaiLocalToUtc("2024-04-16 14:51:02")).toBe("2024-04-16T06:51:02.000Z");
  });

  it("crosses midnight back into the previous UTC day, month and year", () => {
    expect(shanghaiLocalToUtc("2024-04-17 03:00:00")).toBe("2024-04-16T19:00:00.000Z");
    expect(shanghaiLocalToUtc("2024-03-01 07:59:59")).toBe("2024-02-29T23:59:59.000Z");
    expect(shanghaiLocalToUtc("2024-01-01 00:00:00")).toBe("2023-12-31T16:00:00.000Z");
  });

  it("accepts a T separator, fractions and a bare date", () => {
    expect(shanghaiLocalToUtc("2024-04-16T08:00:00.5")).toBe("2024-04-16T00:00:00.500Z");
    expect(shanghaiLocalToUtc("2024-04-16")).toBe("2024-04-15T16:00:00.000Z");
  });

  it.each([
    "2024-02-30 00:00:00",
    "2024-13-01 00:00:00",
    "2024-04-16 24:00:00",
    "16/04/2024 10:00",
    "",
    "2024-04-16 9:00:00",
  ])("rejects %j", (input) => {
    expect(() => shanghaiLocalToUtc(input)).toThrow(ParseError);
  });
});

describe("toShanghaiLocal", () => {
  it("adds eight hours, crossing midnight forward", () => {
    expect(toShanghaiLocal("2024-04-16T19:00:00Z")).toBe("2024-04-17 03:00:00");
    expect(toShanghaiLocal(new Date("2023-12-31T16:00:00Z"))).toBe("2024-01-01 00:00:00");
  });

  it("round-trips with shanghaiLocalToUtc", () => {
    for (const local of ["2024-04-16 14:51:02", "2024-12-31 23:59:59", "2024-02-29 00:00:00"]) {
      expect(toShanghaiLocal(shanghaiLocalToUtc(local))).toBe(local);
    }
  });
});

describe("toDate / toRfc3339Utc", () => {
  it("accepts Dates, epoch milliseconds and RFC 3339 strings with an offset", () => {
    expect(toRfc3339Utc("2024-04-16T14:51:02+08:00")).toBe("2024-04-16T06:51:02.000Z");
    expect(toRfc3339Utc(0)).toBe("1970-01-01T00:00:00.000Z");
    expect(toDate(new Date(5)).getTime()).toBe(5);
  });

  it("refuses a string without an offset instead of guessing the zone", () => {
    expect(() => toDate("2024-04-16 14:51:02")).toThrow(/offset/);
    expect(() => toDate(new Date(Number.NaN))).toThrow(ParseError);
  });
});

describe("fromUnixTime", () => {
  it("tells seconds from milliseconds by their digits", () => {
    expect(fromUnixTime(1556943285).toISOString()).toBe("2019-05-04T04:14:45.000Z");
    expect(fromUnixTime("1556943545748").toISOString()).toBe("2019-05-04T04:19:05.748Z");
    expect(() => fromUnixTime("15569x")).toThrow(ParseError);
  });

  it("reads the unit by magnitude only within 2000-01-01 .. 2100-01-01, and refuses anything else", () => {
    // Year 10000 in seconds: 12 digits, once read as milliseconds of 1978.
    expect(() => fromUnixTime(253402300800)).toThrow(/between 2000-01-01 and 2100-01-01/);
    expect(() => fromUnixTime(12345)).toThrow(ParseError); // 1970 in seconds, no plausible time
    expect(() => fromUnixTime("4102444800")).toThrow(ParseError); // 2100-01-01 itself is past the range
    expect(fromUnixTime(946684800).toISOString()).toBe("2000-01-01T00:00:00.000Z");
    expect(fromUnixTime(4102444799).toISOString()).toBe("2099-12-31T23:59:59.000Z");
    expect(fromUnixTime(946684800000).toISOString()).toBe("2000-01-01T00:00:00.000Z");
    expect(fromUnixTime(4102444799999).toISOString()).toBe("2099-12-31T23:59:59.999Z");
    expect(() => fromUnixTime(946684799999)).toThrow(ParseError); // 1999 in milliseconds
  });
});

describe("the field-arithmetic fast paths agree with Date", () => {
  it("shanghaiLocalToUtc and unixTimeToUtc, over 20,000 random instants of 1900–2200 and calendar edges", () => {
    const pad = (n: number, width = 2) => String(n).padStart(width, "0");
    const cases: string[] = [
      "2024-02-29 23:59:59",
      "2024-03-01 07:59:59",
      "2000-01-01 08:00:00",
      "2000-01-01 07:59:59",
      "1999-12-31 23:59:59",
      "2100-03-01 00:00:00",
    ];
    for (let i = 0; i < 20_000; i++) {
      const ms =
        Date.UTC(1900, 0, 1) + Math.floor(Math.random() * (Date.UTC(2200, 0, 1) - Date.UTC(1900, 0, 1)));
      const d = new Date(ms);
      const sep = i % 2 ? " " : "T";
      cases.push(
        `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}${sep}${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`,
      );
    }
    for (const local of cases) {
      expect(shanghaiLocalToUtc(local), local).toBe(shanghaiLocalToDate(local).toISOString());
    }
    for (const bad of [
      "2023-02-29 00:00:00",
      "2024-04-31 00:00:00",
      "2024-01-01 24:00:00",
      "2024-13-01 00:00:00",
      "2024-01-01 00:60:00",
      "0099-01-01 00:00:00",
    ]) {
      expect(() => shanghaiLocalToUtc(bad), bad).toThrow(/calendar|Beijing/);
    }
    for (let i = 0; i < 20_000; i++) {
      const seconds = 946_684_800 + Math.floor(Math.random() * 3_155_760_000);
      expect(unixTimeToUtc(seconds)).toBe(fromUnixTime(seconds).toISOString());
      expect(unixTimeToUtc(String(seconds * 1000 + (i % 1000)))).toBe(
        fromUnixTime(seconds * 1000 + (i % 1000)).toISOString(),
      );
    }
    expect(() => unixTimeToUtc(253402300800)).toThrow(/between 2000-01-01 and 2100-01-01/);
  });
});
