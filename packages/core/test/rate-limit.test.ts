import { describe, expect, it } from "vitest";
import { createRateLimiter } from "../src/rate-limit.js";

/** A clock that only moves when the limiter sleeps, so every wait is exact and checkable. */
function fakeClock(start = 0) {
  let now = start;
  const waits: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      waits.push(ms);
      now += ms;
    },
    advance: (ms: number) => {
      now += ms;
    },
    waits,
  };
}

describe("createRateLimiter", () => {
  it("spaces grants 1/rps apart", async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ requestsPerSecond: 10, now: clock.now, sleep: clock.sleep });
    for (let i = 0; i < 5; i++) await limiter.acquire();
    expect(clock.waits).toEqual([100, 100, 100, 100]);
  });

  it("does not bank idle time into a burst", async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ requestsPerSecond: 10, now: clock.now, sleep: clock.sleep });
    await limiter.acquire();
    clock.advance(5000);
    await limiter.acquire();
    await limiter.acquire();
    expect(clock.waits).toEqual([100]);
  });

  it("never lets more than rps grants into any one-second window, even when timers fire late", async () => {
    let now = 0;
    const sent: number[] = [];
    const limiter = createRateLimiter({
      requestsPerSecond: 5,
      marginMs: 0,
      now: () => now,
      // Every timer fires 30 ms late, except that the clock is then read as on time by the next caller.
      sleep: async (ms) => {
        now += ms + (sent.length % 2 === 0 ? 30 : 0);
      },
    });
    for (let i = 0; i < 30; i++) {
      await limiter.acquire();
      sent.push(now);
    }
    for (let i = 5; i < sent.length; i++) expect(sent[i]! - sent[i - 5]!).toBeGreaterThanOrEqual(1000);
  });

  it("keeps a tenth of the second free by default, so a request that reaches the vendor late stays in its second", async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ requestsPerSecond: 4, now: clock.now, sleep: clock.sleep });
    const sent: number[] = [];
    for (let i = 0; i < 9; i++) {
      await limiter.acquire();
      sent.push(clock.now());
    }
    expect(sent).toEqual([0, 250, 500, 750, 1100, 1350, 1600, 1850, 2200]);
  });

  it("hands out grants in call order to concurrent callers", async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ requestsPerSecond: 4, now: clock.now, sleep: clock.sleep });
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3].map((i) => limiter.acquire().then(() => order.push(i))));
    expect(order).toEqual([0, 1, 2, 3]);
    expect(clock.waits).toEqual([250, 250, 250]);
  });

  it("refuses a non-positive rate", () => {
    expect(() => createRateLimiter({ requestsPerSecond: 0 })).toThrow(RangeError);
  });
});
