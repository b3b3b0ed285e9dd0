import { redact } from "./redact.js";

export type LogLevel = "debug" | "info" | "warn" | "error";
const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** The logging surface orderbridge calls. Compatible with pino's and console's method shapes. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** A logger that discards everything: logging is off unless asked for. */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * The logger chosen by `ORDERBRIDGE_LOG` (`debug`, `info`, `warn`, `error`; unset or `off` = silent).
 * It writes one JSON object per line to stderr, every line passed through {@link redact}.
 */
export function loggerFromEnv(
  env: Record<string, string | undefined> = process.env,
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Logger {
  const wanted = env.ORDERBRIDGE_LOG?.toLowerCase();
  if (!wanted || wanted === "off" || !(wanted in LEVELS)) return silentLogger;
  const threshold = LEVELS[wanted as LogLevel];
  const emit = (level: LogLevel) => (message: string, fields?: Record<string, unknown>) => {
    if (LEVELS[level] < threshold) return;
    write(redact(JSON.stringify({ time: new Date().toISOString(), level, msg: message, ...fields })));
  };
  return { debug: emit("debug"), info: emit("info"), warn: emit("warn"), error: emit("error") };
}
