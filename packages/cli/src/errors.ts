/** A failure the user must act on (exit 1), already explained. */
export class CliFailure extends Error {}

/** Options that parse one by one but do not make sense together (exit 2, like any bad usage). */
export class UsageError extends Error {}
