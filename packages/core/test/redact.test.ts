import { describe, expect, it } from "vitest";
import { maskPersonalData, redact, registerSecret, snippet } from "../src/redact.js";

describe("redact", () => {
  it("masks registered secrets wherever they appear", () => {
    registerSecret("0123456789abcdef-secret");
    expect(redact("key 0123456789abcdef-secret used")).toBe("key [REDACTED] used");
  });

  it("masks sensitive parameters in query strings and form bodies", () => {
    expect(redact("https://x/api?appid=1&sign=abc123&timestamp=2")).toBe(
      "https://x/api?appid=1&sign=[REDACTED]&timestamp=2",
    );
    expect(redact("access_token=tok-1&openId=x")).toBe("access_token=[REDACTED]&openId=x");
    expect(redact("/BusinessApi/x?openId=o&signature=ABCDEF")).toBe(
      "/BusinessApi/x?openId=o&signature=[REDACTED]",
    );
  });

  it("masks sensitive fields in JSON", () => {
    expect(redact('{"appSecret":"abc","name":"n","access_token":"t\\"x"}')).toBe(
      '{"appSecret":"[REDACTED]","name":"n","access_token":"[REDACTED]"}',
    );
  });

  it("leaves innocent text alone and ignores very short secrets", () => {
    registerSecret("ab");
    expect(redact("a cabinet about sign-up")).toBe("a cabinet about sign-up");
  });

  it("snippet redacts before cutting", () => {
    registerSecret("zzzz-secret-zzzz");
    const text = `${"a".repeat(10)}zzzz-secret-zzzz${"b".repeat(500)}`;
    const cut = snippet(text, 30);
    expect(cut).not.toContain("zzzz-secret");
    expect(cut).toMatch(/more characters\)$/);
  });
});

describe("maskPersonalData", () => {
  it("masks mobiles, IPs and open ids", () => {
    expect(maskPersonalData("13800138000")).toBe("138****8000");
    expect(maskPersonalData("192.168.10.25")).toBe("192.168.*.*");
    expect(maskPersonalData("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")).toMatch(/^oUpF\*+eS6o$/);
    expect(maskPersonalData("abc")).toBe("***");
  });
});
