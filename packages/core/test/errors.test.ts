import { describe, expect, it } from "vitest";
import {
  ConfigError,
  ConnectionError,
  HttpError,
  OrderbridgeError,
  ParseError,
  ResponseValidationError,
  TimeoutError,
  VendorError,
} from "../src/errors.js";
import { registerSecret } from "../src/redact.js";

describe("error hierarchy", () => {
  it("every error is an OrderbridgeError and an Error, with its own name", () => {
    const errors = [
      new HttpError(503, { vendor: "yopoint", operation: "cabinet.order.list", body: "x" }),
      new TimeoutError(1000, { vendor: "yopoint" }),
      new ConnectionError("ECONNRESET"),
      new VendorError({
        vendor: "baifude",
        operation: "/openApi/open/order/getList",
        code: "10016",
        message: "签名错误",
      }),
      new ResponseValidationError({
        vendor: "yikayi",
        operation: "Get_GoodsBillPaged",
        issues: [{ path: "data[0].Price", message: "bad" }],
        raw: "{}",
      }),
      new ConfigError("YOPOINT_APP_ID is not set", { variable: "YOPOINT_APP_ID" }),
      new ParseError("not a yuan amount", "abc"),
    ];
    for (const error of errors) {
      expect(error).toBeInstanceOf(OrderbridgeError);
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe(error.constructor.name);
    }
  });

  it("VendorError carries vendor, method, code and the vendor's message", () => {
    const error = new VendorError({
      vendor: "baifude",
      operation: "getList",
      code: 10016,
      message: "签名错误",
      subCode: null,
    });
    expect(error.vendor).toBe("baifude");
    expect(error.operation).toBe("getList");
    expect(error.code).toBe("10016");
    expect(error.vendorMessage).toBe("签名错误");
    expect(error.subCode).toBeUndefined();
    expect(error.message).toBe("baifude getList: vendor error 10016: 签名错误");
  });

  it("HttpError carries status, request id and a redacted, truncated body", () => {
    const error = new HttpError(502, {
      vendor: "yikayi",
      operation: "x",
      requestId: "req-1",
      body: "y".repeat(1000),
      retryAfterMs: 5,
    });
    expect(error.status).toBe(502);
    expect(error.requestId).toBe("req-1");
    expect(error.bodySnippet.length).toBeLessThan(260);
    expect(error.retryAfterMs).toBe(5);
  });

  it("ResponseValidationError names the failing path and keeps a truncated raw snippet", () => {
    const error = new ResponseValidationError({
      vendor: "yopoint",
      operation: "cabinet.order.list",
      issues: [
        { path: "data.data[3].TotalPrice", message: "expected an integer" },
        { path: "data.data[4].TotalPrice", message: "expected an integer" },
      ],
      raw: `{"x":"${"z".repeat(2000)}"}`,
    });
    expect(error.path).toBe("data.data[3].TotalPrice");
    expect(error.message).toContain("data.data[3].TotalPrice");
    expect(error.message).toContain("+1 more");
    expect(error.rawSnippet.length).toBeLessThan(400);
  });

  it("ConfigError names the variable", () => {
    expect(new ConfigError("missing", { variable: "BAIFUDE_BASE_URL" }).variable).toBe("BAIFUDE_BASE_URL");
  });

  it("never shows a registered secret in message, toString or stack", () => {
    const secret = registerSecret("s3cr3t-app-secret-value");
    const errors = [
      new VendorError({ vendor: "v", operation: "m", code: "-1", message: `bad sign for ${secret}` }),
      new HttpError(500, { body: `echo appsecret=${secret}` }),
      new ParseError("bad", `x${secret}x`),
      new OrderbridgeError(`url?sign=abcdef&k=${secret}`),
    ];
    for (const error of errors) {
      expect(error.message).not.toContain(secret);
      expect(String(error)).not.toContain(secret);
      expect(error.stack ?? "").not.toContain(secret);
      expect(JSON.stringify({ ...error, message: error.message })).not.toContain(secret);
    }
  });
});
