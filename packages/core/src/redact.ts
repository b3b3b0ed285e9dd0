/**
 * Secret redaction. Every client registers its secrets here when it is created, and every
 * message that orderbridge throws or logs passes through {@link redact}, so a secret can only
 * leak if it never reached a client — and then orderbridge never saw it either.
 */

const REDACTED = "[REDACTED]";

/** Secrets shorter than this are not registered: masking "1" everywhere would mangle messages. */
const MIN_SECRET_LENGTH = 4;

const registeredSecrets = new Set<string>();
// Longest first, so a secret that contains another is masked whole; sorted once per registration, not
// once per redacted message (every log line and error passes through redact).
let secretsLongestFirst: string[] | undefined;

/** Parameter names whose values are credentials wherever they appear (query strings, form bodies, JSON). */
export const SENSITIVE_PARAMETER_NAMES: readonly string[] = [
  "sign",
  "signature",
  "access_token",
  "accessToken",
  "appSecret",
  "app_secret",
  "appsecret",
  "secret",
  "password",
  "token",
  "refresh_token",
];

const sensitiveNamePattern = SENSITIVE_PARAMETER_NAMES.map((name) =>
  name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
).join("|");
// key=value in URLs and form bodies; "key":"value" in JSON.
const queryValuePattern = new RegExp(`([?&]|^)(${sensitiveNamePattern})=([^&#\\s"]*)`, "gi");
const jsonValuePattern = new RegExp(`("(${sensitiveNamePattern})"\\s*:\\s*)"((?:[^"\\\\]|\\\\.)*)"`, "gi");

/**
 * Remembers a secret so that {@link redact} masks it from then on. Empty and very short values are
 * ignored. Returns the secret, so it can wrap an assignment.
 */
export function registerSecret<T extends string | undefined>(secret: T): T {
  if (typeof secret === "string" && secret.length >= MIN_SECRET_LENGTH && !registeredSecrets.has(secret)) {
    registeredSecrets.add(secret);
    secretsLongestFirst = undefined;
  }
  return secret;
}

/**
 * Masks every registered secret and every value of a sensitive parameter (`sign`, `access_token`, …)
 * in `text`.
 *
 * @example
 * registerSecret("s3cr3t-value");
 * redact("sign=abc&appid=1 using s3cr3t-value"); // "sign=[REDACTED]&appid=1 using [REDACTED]"
 */
export function redact(text: string): string {
  let out = text;
  secretsLongestFirst ??= [...registeredSecrets].sort((a, b) => b.length - a.length);
  for (const secret of secretsLongestFirst) {
    if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  }
  out = out.replace(queryValuePattern, (_m, lead: string, name: string) => `${lead}${name}=${REDACTED}`);
  out = out.replace(jsonValuePattern, (_m, head: string) => `${head}"${REDACTED}"`);
  return out;
}

/** Cuts `text` to at most `max` characters (after redaction), marking the cut. */
export function snippet(text: string, max = 300): string {
  const clean = redact(text);
  return clean.length <= max ? clean : `${clean.slice(0, max)}… (${clean.length - max} more characters)`;
}

/**
 * Masks a mobile number, open id or IP address for output: keeps the ends, hides the middle
 * (`13800138000` -> `138****8000`).
 */
export function maskPersonalData(value: string): string {
  if (/^\+?\d{11,}$/.test(value)) return `${value.slice(0, 3)}****${value.slice(-4)}`;
  const ipv4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(value);
  if (ipv4) return `${ipv4[1]}.${ipv4[2]}.*.*`;
  if (value.includes(":") && /^[0-9a-f:]+$/i.test(value))
    return `${value.split(":").slice(0, 2).join(":")}:*`;
  if (value.length <= 4) return "*".repeat(value.length);
  const keep = Math.min(4, Math.floor(value.length / 4));
  return `${value.slice(0, keep)}${"*".repeat(Math.max(4, value.length - keep * 2))}${value.slice(-keep)}`;
}
