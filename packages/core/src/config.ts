import { ConfigError } from "./errors.js";
import { registerSecret } from "./redact.js";

export type Env = Record<string, string | undefined>;

/**
 * Reads a required variable, naming it (and the vendor that needs it) when it is missing.
 * Values marked `secret` are registered for redaction.
 */
export function requireEnv(
  env: Env,
  name: string,
  vendor: string,
  options: { secret?: boolean } = {},
): string {
  const value = env[name]?.trim();
  if (!value) throw new ConfigError(`${name} is not set (needed for ${vendor})`, { vendor, variable: name });
  if (options.secret) registerSecret(value);
  return value;
}

/** Reads an optional variable; empty counts as unset. */
export function optionalEnv(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/**
 * Checks a base URL given by configuration: absolute http(s), and no user name or password in it. A
 * `https://user:password@host` can never work (no vendor uses HTTP authentication; they sign requests with
 * their secret) and would carry a password into every log line and error, so it is refused here, at
 * configuration time — and the refusal shows the URL with its user part masked, never the password.
 *
 * @example
 * checkBaseUrl("https://openapi.1card1.cn/", "yikayi", "YIKAYI_BASE_URL"); // "https://openapi.1card1.cn"
 * checkBaseUrl("https://me:pw@openapi.1card1.cn", "yikayi", "YIKAYI_BASE_URL"); // ConfigError, no "pw" in it
 */
export function checkBaseUrl(value: string, vendor: string, variable?: string): string {
  const name = variable ?? "baseUrl";
  const origin = { vendor, ...(variable ? { variable } : {}) };
  if (typeof value !== "string")
    throw new ConfigError(
      `${name} must be a URL string, not ${value === null ? "null" : typeof value}`,
      origin,
    );
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} is not an absolute URL: ${showUrl(value)}`, origin);
  }
  if (url.username !== "" || url.password !== "") {
    throw new ConfigError(
      `${name} must not contain a user name or password (${showUrl(value)}): remove the "user:password@" part — ` +
        `${vendor} requests are signed with the vendor secret, and a password in the URL would end up in logs`,
      origin,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError(`${name} must be http(s): ${showUrl(value)}`, origin);
  }
  return value.replace(/\/+$/, "");
}

/** A configured URL as it may be shown: quoted, with anything before an `@` in its authority masked. */
function showUrl(value: string): string {
  return JSON.stringify(value.replace(/^([a-z][a-z0-9+.-]*:\/\/)?[^/?#]*@/i, "$1***@"));
}
