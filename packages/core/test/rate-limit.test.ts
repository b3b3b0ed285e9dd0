import { describe, expect, it } from "vitest";
import { createRateLimiter } from "../src/rate-limit.js";

describe("createRateLimiter", () => {
  it("spaces acquisitions 1/rps apart and never lets two into one interval", async () => {
    let now = 0;
    const waits: number[] = [];
    const limiter = createRateLimiter({
      requestsPerSecond: 10,
      now: () => now,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    for (let i = 0; i < 5; i++) await limiter.acquire();
    expect(waits).toEqual([100, 200, 300, 400]);
    now = 1000; // long idle: the bucket does not bank more than `burst`
    waits.length = 0;
    await limiter.acquire();
    await limiter.acquire();
    expect(waits).toEqual([100]);
  });

  it("allows a burst when asked", async () => {
    const waits: number[] = [];
    const limiter = createRateLimiter({
      requestsPerSecond: 2,
      burst: 3,
      now: () => 0,
      sleep: async (ms) => void waits.push(ms),
    });
    for (let i = 0; i < 4; i++) await limiter.acquire();
    expect(waits).toEqual([500]);
  });

  it("refuses a non-positive rate", () => {
    expect(() => createRateLimiter({ requestsPerSecond: 0 })).toThrow(RangeError);
  });
});
