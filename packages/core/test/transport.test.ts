import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ConnectionError, HttpError, TimeoutError } from "../src/errors.js";
import { backoffDelay, createTransport, parseRetryAfter, type TransportOptions } from "../src/transport.js";

type FetchCall = { url: string; init: RequestInit };

/** A fetch that answers from a script of responses (or errors), recording every call. */
function scriptedFetch(script: Array<Response | Error | ((init: RequestInit) => Promise<Response>)>) {
  const calls: FetchCall[] = [];
  const fetch = vi.fn(async (input: string | URL | Request, init: RequestInit = {}) => {
    calls.push({ url: String(input), init });
    const next = script.shift();
    if (!next) throw new Error("unexpected extra request");
    if (next instanceof Error) throw next;
    if (typeof next === "function") return next(init);
    return next;
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

const ok = (body = '{"ok":true}') => new Response(body, { status: 200 });
const status = (code: number, headers: Record<string, string> = {}) =>
  new Response("busy", { status: code, headers });
const networkDown = () => Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } });

function transport(fetch: typeof globalThis.fetch, extra: Partial<TransportOptions> = {}) {
  return createTransport({
    vendor: "testvendor",
    baseUrl: "https://vendor.example/",
    fetch,
    random: () => 1,
    ...extra,
  });
}

const query = { operation: "order.list", idempotent: true, prepare: () => ({ path: "/api", body: "a=1" }) };

describe("retries", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("retries 5xx with exponential backoff, then succeeds", async () => {
    const { fetch, calls } = scriptedFetch([status(503), status(502), ok()]);
    const t = transport(fetch, { retries: 2, retryBaseDelayMs: 500 });
    const pending = t.request(query);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(499);
    expect(calls).toHaveLength(1); // first backoff ceiling is 500 ms (random() = 1)
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(2); // second ceiling doubles to 1000 ms
    await vi.advanceTimersByTimeAsync(1);
    const response = await pending;
    expect(calls).toHaveLength(3);
    expect(response.attempts).toBe(3);
    expect(response.text).toBe('{"ok":true}');
  });

  it("gives up after `retries` retries with the last HttpError", async () => {
    const { fetch, calls } = scriptedFetch([status(500), status(500), status(503)]);
    const t = transport(fetch, { retries: 2, sleep: async () => {} });
    const error = await t.request(query).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(503);
    expect(calls).toHaveLength(3);
  });

  it("honours Retry-After on 429 instead of its own backoff", async () => {
    const { fetch, calls } = scriptedFetch([status(429, { "retry-after": "3" }), ok()]);
    const t = transport(fetch, { retryBaseDelayMs: 10 });
    const pending = t.request(query);
    await vi.advanceTimersByTimeAsync(2999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await pending;
    expect(calls).toHaveLength(2);
  });

  it("does not wait for a Retry-After longer than maxRetryAfterMs", async () => {
    const { fetch, calls } = scriptedFetch([status(429, { "retry-after": "3600" })]);
    const error = await transport(fetch, { maxRetryAfterMs: 60_000 })
      .request(query)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).retryAfterMs).toBe(3_600_000);
    expect(calls).toHaveLength(1);
  });

  it("retries connection failures and reports a ConnectionError at the end", async () => {
    const { fetch, calls } = scriptedFetch([networkDown(), networkDown()]);
    const error = await transport(fetch, { retries: 1, sleep: async () => {} })
      .request(query)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toContain("ECONNREFUSED");
    expect(calls).toHaveLength(2);
  });

  it("never retries a request that may have side effects", async () => {
    for (const failure of [status(503), networkDown(), status(429, { "retry-after": "1" })]) {
      const { fetch, calls } = scriptedFetch([failure, ok()]);
      const error = await transport(fetch, { retries: 5, sleep: async () => {} })
        .request({ ...query, operation: "order.refund", idempotent: false })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(calls).toHaveLength(1);
    }
  });

  it("does not retry client errors", async () => {
    const { fetch, calls } = scriptedFetch([status(400), ok()]);
    const error = await transport(fetch, { sleep: async () => {} })
      .request(query)
      .catch((e: unknown) => e);
    expect((error as HttpError).status).toBe(400);
    expect(calls).toHaveLength(1);
  });

  it("prepares every attempt anew, so each carries a fresh signature", async () => {
    const { fetch, calls } = scriptedFetch([status(503), ok()]);
    let n = 0;
    await transport(fetch, { sleep: async () => {} }).request({
      ...query,
      prepare: (attempt) => ({ path: "/api", body: `attempt=${attempt}&nonce=${++n}` }),
    });
    expect(calls.map((c) => c.init.body)).toEqual(["attempt=1&nonce=1", "attempt=2&nonce=2"]);
  });
});

describe("timeouts", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("aborts a request that outlives timeoutMs and throws TimeoutError", async () => {
    let seenSignal: AbortSignal | undefined;
    const hang = (init: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        seenSignal = init.signal ?? undefined;
        init.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
      });
    const { fetch } = scriptedFetch([hang]);
    const pending = transport(fetch, { timeoutMs: 1000, retries: 0 })
      .request(query)
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(999);
    expect(seenSignal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await pending;
    expect(seenSignal?.aborted).toBe(true);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(1000);
    expect((error as TimeoutError).vendor).toBe("testvendor");
  });

  it("retries an idempotent request that timed out", async () => {
    const hang = (init: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
      });
    const { fetch, calls } = scriptedFetch([hang, ok()]);
    const pending = transport(fetch, { timeoutMs: 1000, retries: 1, sleep: async () => {} }).request(query);
    await vi.advanceTimersByTimeAsync(1000);
    await expect(pending).resolves.toMatchObject({ status: 200, attempts: 2 });
    expect(calls).toHaveLength(2);
  });
});

describe("request shape", () => {
  it("joins base URL, path and query, and sends the body as given", async () => {
    const { fetch, calls } = scriptedFetch([ok()]);
    await transport(fetch).request({
      ...query,
      prepare: () => ({
        path: "/gw",
        query: { timestamp: "1", openId: "x y" },
        body: "data=%7B%7D",
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }),
    });
    expect(calls[0]!.url).toBe("https://vendor.example/gw?timestamp=1&openId=x+y");
    expect(calls[0]!.init.method).toBe("POST");
    expect(calls[0]!.init.body).toBe("data=%7B%7D");
    expect((calls[0]!.init.headers as Record<string, string>)["content-type"]).toBe(
      "application/x-www-form-urlencoded",
    );
  });

  it("passes a caller's abort through without retrying", async () => {
    const controller = new AbortController();
    const { fetch, calls } = scriptedFetch([
      (init) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
          controller.abort(new Error("user cancelled"));
        }),
    ]);
    const error = await transport(fetch, { retries: 3 })
      .request({ ...query, signal: controller.signal })
      .catch((e: unknown) => e);
    expect((error as Error).message).toBe("user cancelled");
    expect(calls).toHaveLength(1);
  });
});

describe("parseRetryAfter and backoffDelay", () => {
  it("reads delta-seconds and HTTP dates", () => {
    expect(parseRetryAfter("2")).toBe(2000);
    expect(parseRetryAfter("0.5")).toBe(500);
    const now = Date.parse("2024-01-01T00:00:00Z");
    expect(parseRetryAfter("Mon, 01 Jan 2024 00:00:10 GMT", now)).toBe(10_000);
    expect(parseRetryAfter("Mon, 01 Jan 2023 00:00:10 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon")).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });

  it("draws full jitter below a doubling, capped ceiling", () => {
    expect(backoffDelay(1, 500, 20_000, () => 0.999999)).toBe(499);
    expect(backoffDelay(3, 500, 20_000, () => 0.5)).toBe(1000);
    expect(backoffDelay(10, 500, 20_000, () => 0.999999)).toBe(19_999);
    expect(backoffDelay(4, 500, 20_000, () => 0)).toBe(0);
  });
});

describe("connection errors in the user's terms", () => {
  async function closedPort(): Promise<number> {
    const { createServer } = await import("node:net");
    return new Promise((resolve, reject) => {
      const server = createServer();
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
  }

  it("names host and port and the setting to check, without the path or the signed query", async () => {
    const port = await closedPort();
    const error = await createTransport({
      vendor: "yikayi",
      baseUrl: `http://127.0.0.1:${port}`,
      retries: 0,
      baseUrlName: "YIKAYI_BASE_URL",
    })
      .request({
        operation: "Get_GoodsBillPaged",
        idempotent: true,
        prepare: () => ({
          path: "/BusinessApi/Get_GoodsBillPaged",
          query: { openId: "OPENID0000", signature: "ABCDEF0123456789ABCDEF0123456789" },
        }),
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toBe(
      `yikayi Get_GoodsBillPaged: cannot connect to 127.0.0.1:${port} (ECONNREFUSED): is YIKAYI_BASE_URL right?`,
    );
    expect(error).toMatchObject({ host: "127.0.0.1", port, code: "ECONNREFUSED" });
    expect((error as Error).message).not.toMatch(/signature|ABCDEF|OPENID|BusinessApi/);
  });

  it("uses the scheme's default port, and words other failures without blaming the address", async () => {
    const reset = Object.assign(new TypeError("fetch failed"), {
      cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }),
    });
    const { fetch } = scriptedFetch([reset]);
    const error = (await transport(fetch, { retries: 0 })
      .request(query)
      .catch((e: unknown) => e)) as ConnectionError;
    expect(error.message).toBe(
      "testvendor order.list: the connection to vendor.example:443 failed (UND_ERR_SOCKET)",
    );
    const dns = Object.assign(new TypeError("fetch failed"), {
      cause: new AggregateError([Object.assign(new Error("getaddrinfo"), { code: "ENOTFOUND" })]),
    });
    const { fetch: fetch2 } = scriptedFetch([dns]);
    const error2 = (await transport(fetch2, { retries: 0, baseUrl: "http://nowhere.invalid" })
      .request(query)
      .catch((e: unknown) => e)) as ConnectionError;
    expect(error2.message).toBe(
      "testvendor order.list: cannot connect to nowhere.invalid:80 (ENOTFOUND): is baseUrl right?",
    );
  });
});
