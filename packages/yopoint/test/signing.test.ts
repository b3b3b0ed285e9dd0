import { readFileSync } from "node:fs";
import { ConfigError, redact } from "@orderbridge/core";
import { describe, expect, it } from "vitest";
import {
  buildGatewayForm,
  clientFromEnv,
  NotificationVerificationError,
  RequestValidationError,
  signingString,
  signParameters,
  validateBizContent,
  verifyNotification,
} from "../src/index.js";

const fixture = JSON.parse(
  readFileSync(new URL("./fixtures/signing-vectors.json", import.meta.url), "utf8"),
) as {
  secret: string;
  vectors: { name: string; params: Record<string, string>; string: string; sign: string }[];
};

describe("signing (docs/vendors/yopoint.md §2.1)", () => {
  for (const vector of fixture.vectors) {
    it(`reproduces test vector ${vector.name}`, () => {
      expect(signingString(vector.params, fixture.secret)).toBe(vector.string);
      expect(signParameters(vector.params, fixture.secret)).toBe(vector.sign);
      // `sign` itself never takes part, and parameter order does not matter.
      const shuffled = Object.fromEntries(Object.entries({ sign: "x", ...vector.params }).reverse());
      expect(signParameters(shuffled, fixture.secret)).toBe(vector.sign);
    });
  }

  it("signs the exact biz_content text that is sent", () => {
    const form = buildGatewayForm({
      appId: "930859529955",
      appSecret: fixture.secret,
      method: "consumer.order.get",
      bizContent: '{"ReceiptNo":"OD190425164650841431"}',
      timestamp: "1556943545748",
    });
    expect(form.sign).toBe("cffb2a0c3ffb05ba157ac3a3bd6f81f1");
    const decoded = Object.fromEntries(new URLSearchParams(new URLSearchParams(form).toString()));
    expect(decoded).toEqual(form);
  });
});

describe("request validation", () => {
  it("refuses a renamed biz_content field before sending, naming it", () => {
    expect(() =>
      validateBizContent("cabinet.order.list", { page: 1, startTime: 1, StartTime: 1, EndTime: 2 }),
    ).toThrow(RequestValidationError);
    try {
      validateBizContent("cabinet.order.list", { page: 1, StartTime: 1, endTime: 2 });
    } catch (error) {
      expect((error as RequestValidationError).path).toMatch(/^biz_content/);
    }
  });

  it("requires one of ReceiptNo / TradeNo for cabinet.order.get", () => {
    expect(() => validateBizContent("cabinet.order.get", {})).toThrow(/ReceiptNo or TradeNo/);
    expect(() => validateBizContent("cabinet.order.get", { TradeNo: "4200" })).not.toThrow();
  });
});

describe("clientFromEnv", () => {
  it("names the missing variable", () => {
    expect(() => clientFromEnv({ YOPOINT_APP_ID: "1" })).toThrow(ConfigError);
    try {
      clientFromEnv({ YOPOINT_APP_ID: "1" });
    } catch (error) {
      expect((error as ConfigError).variable).toBe("YOPOINT_APP_SECRET");
    }
  });

  it("defaults to the production host and registers the secret for redaction", () => {
    const client = clientFromEnv({ YOPOINT_APP_ID: "1", YOPOINT_APP_SECRET: "env-secret-value-42" });
    expect(client.baseUrl).toBe("https://api.yopoint.com");
    expect(redact("leak env-secret-value-42")).toBe("leak [REDACTED]");
  });
});

describe("verifyNotification", () => {
  const vectorB = fixture.vectors[1]!;
  const body = new URLSearchParams({ ...vectorB.params, sign: vectorB.sign }).toString();
  const now = 1703730100_000;

  it("accepts test vector B and validates its payload", () => {
    const note = verifyNotification(body, { appSecret: fixture.secret, now });
    expect(note.method).toBe("notify.cabinet.order.simple");
    expect(note.payload).toEqual({
      ReceiptNo: "VI231228102118586561",
      CID: "5f6da2362201410011fe7b72",
      PayTime: 1703730094,
    });
    expect(note.timestamp.toISOString()).toBe("2023-12-28T02:21:40.000Z");
  });

  it("rejects a wrong signature, a stale timestamp and a missing field", () => {
    const reason = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(NotificationVerificationError);
        expect((error as Error).message).not.toContain(fixture.secret);
        return (error as NotificationVerificationError).reason;
      }
      return "accepted";
    };
    expect(reason(() => verifyNotification(body, { appSecret: "other-secret", now }))).toBe("bad_signature");
    const tampered = body.replace("1703730094", "1703730095");
    expect(reason(() => verifyNotification(tampered, { appSecret: fixture.secret, now }))).toBe(
      "bad_signature",
    );
    expect(reason(() => verifyNotification(body, { appSecret: fixture.secret, now: now + 301_000 }))).toBe(
      "stale_timestamp",
    );
    expect(
      reason(() =>
        verifyNotification(body, { appSecret: fixture.secret, now: now + 301_000, toleranceSeconds: 600 }),
      ),
    ).toBe("accepted");
    const { sign: _sign, ...unsigned } = { ...vectorB.params, sign: vectorB.sign };
    expect(reason(() => verifyNotification(unsigned, { appSecret: fixture.secret, now }))).toBe(
      "missing_parameter",
    );
  });
});
