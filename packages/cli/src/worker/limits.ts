const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;

/**
 * The worker's own options' ranges and defaults (the sync options are `sync`'s: `LIMITS` in options.ts).
 *
 * `maxAccounts` defaults to 8: at the default 5 requests per second and 100 orders a page, one account delivers up
 * to ~500 orders/s, and decoding costs ~50 µs an order (bench/README.md, normalization), so 8 accounts at full speed
 * take about a fifth of one core — one process stays responsive (the notification server shares its event loop) and
 * keeps to one lock session and its pool of 10 connections, while a pool of N workers syncs up to 8 × N accounts at
 * once and spreads a larger set of accounts over its members.
 */
export const WORKER_LIMITS = {
  every: { min: 10 * SECOND, max: 31 * DAY, default: 15 * MINUTE },
  maxAccounts: { min: 1, max: 1000, default: 8 },
} as const;
