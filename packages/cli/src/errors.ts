/** A failure the user must act on (exit 1), already explained. */
export class CliFailure extends Error {}

/** Options that parse one by one but do not make sense together (exit 2, like any bad usage). */
export class UsageError extends Error {}

/**
 * The run was stopped by SIGINT or SIGTERM (exit 130). It is the abort reason of the run's signal, so a
 * request cut short by it is recognised as an interruption, not reported as a failure.
 */
export class Interrupted extends Error {
  readonly signal: NodeJS.Signals | undefined;
  constructor(signal?: NodeJS.Signals, message?: string) {
    super(message ?? (signal ? `interrupted by ${signal}` : "interrupted"));
    this.name = "Interrupted";
    this.signal = signal;
  }
}

/**
 * The command finished, but some records could not be stored (exit 3): the message says how many, where, and
 * what to run next (`orderbridge failed`).
 */
export class PartialFailure extends Error {}
