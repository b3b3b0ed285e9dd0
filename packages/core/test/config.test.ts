import { describe, expect, it } from "vitest";
import { checkBaseUrl, optionalEnv, requireEnv } from "../src/config.js";
import { ConfigError } from "../src/errors.js";
import { redact } from "../src/redact.js";

describe("configuration helpers", () => {
  it("requireEnv names the missing variable and the vendor", () => {
    const error = (() => {
      try {
        requireEnv({}, "YOPOINT_APP_ID", "yopoint");
      } catch (e) {
        return e as ConfigError;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.variable).toBe("YOPOINT_APP_ID");
    expect(error?.message).toBe("yopoint: YOPOINT_APP_ID is not set (needed for yopoint)");
  });

  it("requireEnv registers secrets for redaction", () => {
    const value = requireEnv({ X_SECRET: "  very-secret-value-1 " }, "X_SECRET", "v", { secret: true });
    expect(value).toBe("very-secret-value-1");
    expect(redact("leak very-secret-value-1")).toBe("leak [REDACTED]");
  });

  it("optionalEnv treats empty as unset", () => {
    expect(optionalEnv({ A: "" }, "A")).toBeUndefined();
    expect(optionalEnv({ A: "x" }, "A")).toBe("x");
  });

  it("checkBaseUrl wants an absolute http(s) URL", () => {
    expect(checkBaseUrl("http://127.0.0.1:4010/", "v")).toBe("http://127.0.0.1:4010");
    expect(() => checkBaseUrl("api.vendor.com", "v", "V_BASE_URL")).toThrow(
      /V_BASE_URL is not an absolute URL/,
    );
    expect(() => checkBaseUrl("ftp://x", "v")).toThrow(ConfigError);
  });

  it("checkBaseUrl refuses a user name or password in the URL without echoing the password", () => {
    for (const value of [
      "https://user:hunter2-pw@openapi.1card1.cn",
      "https://user:hunter2-pw@openapi.1card1.cn/path?x=1",
      "http://:hunter2-pw@127.0.0.1:8080",
      "user:hunter2-pw@openapi.1card1.cn",
    ]) {
      let error: ConfigError | undefined;
      try {
        checkBaseUrl(value, "yikayi", "YIKAYI_BASE_URL");
      } catch (e) {
        error = e as ConfigError;
      }
      expect(error, value).toBeInstanceOf(ConfigError);
      expect(error!.variable).toBe("YIKAYI_BASE_URL");
      expect(error!.message).toMatch(/YIKAYI_BASE_URL/);
      expect(error!.message).not.toContain("hunter2");
    }
    expect(() => checkBaseUrl("https://user@host.example", "v", "V_BASE_URL")).toThrow(
      /must not contain a user name or password \("https:\/\/\*\*\*@host.example"\)/,
    );
    // An @ in the path is not userinfo.
    expect(checkBaseUrl("https://host.example/a@b", "v")).toBe("https://host.example/a@b");
  });
});
