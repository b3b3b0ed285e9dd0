/**
 * Exit statuses, as the design promises them (docs/design.md, "The CLI"):
 * - `0` everything asked for was done;
 * - `1` a failure the user must act on (the message names what and what to check);
 * - `2` bad usage (an option out of range, options that contradict each other);
 * - `3` finished, but some records could not be stored (`orderbridge failed` lists them);
 * - `130` interrupted by SIGINT or SIGTERM (what was stored stays stored; run the same command again).
 */
export const EXIT = { ok: 0, failure: 1, usage: 2, partial: 3, interrupted: 130 } as const;

export type ExitStatus = (typeof EXIT)[keyof typeof EXIT];
