import { describe, expect, it } from "vitest";
import { encodeYikayiData, signYikayiRequest } from "../src/index.js";

// Vectors from docs/vendors/yikayi.md §2.4 (made-up credentials, cross-checked there with Python, Node and md5sum).
const credentials = { openId: "0123456789ABCDEF0123456789ABCDEF", secret: "ABC123", timestamp: "1466567648" };

describe("signYikayiRequest", () => {
  it.each([
    [
      `{"userAccount":"10003","where":" 1=1 and cardId='13632651195' ", "pageIndex":0,"pageSize":10,"orderBy":" cardId desc"}`,
      "97D0B9CA4B975228F1BEAA725B864DC6",
    ],
    [
      `{"userAccount":"10003","where":" 1=1 and cardId='13632651195' ","pageIndex":0,"pageSize":10,"orderBy":" cardId desc"}`,
      "B8D8261FD17785AA9E15A1E266B71B4D",
    ],
    [
      `{"userAccount":"10003","where":" 1\\u003d1 and cardId\\u003d\\u002713632651195\\u0027 ","pageIndex":0,"pageSize":10,"orderBy":" cardId desc"}`,
      "C1FB6710EF244ADFC43712BC93A7594E",
    ],
    [
      `{"userAccount":"10000","where":" TrueName='\\u5f20\\u4e09' ","pageIndex":0,"pageSize":10,"orderBy":""}`,
      "FE1CD7C5F1C22197171953DFFAA00A7F",
    ],
    [
      `{"userAccount":"10000","where":" TrueName='张三' ","pageIndex":0,"pageSize":10,"orderBy":""}`,
      "72E45043FBA8FD7F7DE93620F1EF944A",
    ],
  ])("signs the exact data string %s", (data, expected) => {
    expect(signYikayiRequest({ ...credentials, data })).toBe(expected);
  });

  it("is 32 upper-case hex digits", () => {
    expect(signYikayiRequest({ ...credentials, data: "{}" })).toMatch(/^[0-9A-F]{32}$/);
  });
});

describe("encodeYikayiData", () => {
  it("writes non-ASCII as \\u escapes, as PHP's json_encode does, so the MD5 input is pure ASCII", () => {
    const data = encodeYikayiData({
      userAccount: "10000",
      where: " TrueName='张三' ",
      pageIndex: 0,
      pageSize: 10,
      orderBy: "",
    });
    expect(data).toBe(
      `{"userAccount":"10000","where":" TrueName='\\u5f20\\u4e09' ","pageIndex":0,"pageSize":10,"orderBy":""}`,
    );
    expect(signYikayiRequest({ ...credentials, data })).toBe("FE1CD7C5F1C22197171953DFFAA00A7F");
    expect(JSON.parse(data).where).toBe(" TrueName='张三' ");
  });

  it("escapes astral characters (emoji) as surrogate pairs that decode back", () => {
    const data = encodeYikayiData({ name: "小美🌸" });
    expect(data).toMatch(/^[\x20-\x7e]+$/);
    expect(JSON.parse(data)).toEqual({ name: "小美🌸" });
  });
});
