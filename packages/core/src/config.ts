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

/** Checks a base URL given by configuration: absolute http(s), no credentials in it. */
export function checkBaseUrl(value: string, vendor: string, variable?: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${variable ?? "baseUrl"} is not an absolute URL: ${JSON.stringify(value)}`, {
      vendor,
      ...(variable ? { variable } : {}),
    });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError(`${variable ?? "baseUrl"} must be http(s): ${JSON.stringify(value)}`, {
      vendor,
      ...(variable ? { variable } : {}),
    });
  }
  return value.replace(/\/+$/, "");
}
