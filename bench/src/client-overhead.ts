import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createYopointSimulator } from "@orderbridge/mocks/yopoint";
import { createClient, type paths } from "@orderbridge/yopoint";
import createFetchClient from "openapi-fetch";
import { alternate, type BenchResult, throughputResult } from "./harness.js";

const PAGE_SIZE = 100;
const GATEWAY_PATH = "/api/gateway/index";

/**
 * One page of `cabinet.order.list` (100 orders, as the simulator generates them) as the exact bytes every
 * contender receives, so the comparison measures the client side only.
 */
function pageBytes(): Buffer {
  const sim = createYopointSimulator({ orderCount: PAGE_SIZE });
  const data = [];
  for (let i = 0; i < PAGE_SIZE; i++) data.push(sim.orderAt(i));
  const body = {
    error_code: 0,
    error_msg: "SUCCESS",
    sub_error_code: null,
    sub_error_msg: null,
    data: {
      total: PAGE_SIZE,
      per_page: PAGE_SIZE,
      current_page: 1,
      last_page: 1,
      from: 0,
      to: PAGE_SIZE,
      data,
    },
  };
  return Buffer.from(JSON.stringify(body), "utf8");
}

/** A plain node:http server answering every POST with the same page (it reads and drops the request body). */
async function servePage(bytes: Buffer): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      response.writeHead(200, {
        "content-type": "application/json; charset=utf-8",
        "content-length": String(bytes.length),
      });
      response.end(bytes);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server };
}

/** Runs `total` calls of `once`, `concurrency` at a time. */
async function drive(total: number, concurrency: number, once: () => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < total) {
      next++;
      await once();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** Yopoint's signature as a user would write it next to openapi-fetch (docs/vendors/yopoint.md §2.1). */
function handSign(parameters: Record<string, string>, secret: string): string {
  const text = `${Object.keys(parameters)
    .sort()
    .map((key) => `${key}=${parameters[key]}`)
    .join("&")}&${secret}`;
  return createHash("md5").update(text, "utf8").digest("hex");
}

/**
 * 1. Client overhead: requests per second through `@orderbridge/yopoint` (sign, send, lossless parse, compiled
 * validation of the envelope and all 100 orders) against a bare `fetch` + `JSON.parse` of the same bytes, and
 * against openapi-fetch with hand-written signing (typed by the same spec, nothing validated).
 */
export async function benchClientOverhead(quick: boolean): Promise<BenchResult[]> {
  const requests = quick ? 100 : 500;
  const repetitions = quick ? 3 : 7;
  const concurrency = 4;
  const bytes = pageBytes();
  const { url, server } = await servePage(bytes);
  const appId = "930859529955";
  const appSecret = "bench-secret-3c1f";
  const biz = { page: 1, StartTime: 1708358400, EndTime: 1709222399, pageSize: PAGE_SIZE };
  try {
    const client = createClient({ appId, appSecret, baseUrl: url, retries: 0 });
    const orderbridge = () =>
      drive(requests, concurrency, async () => {
        const data = await client.call("cabinet.order.list", biz);
        if (data.data.length !== PAGE_SIZE) throw new Error("short page");
      });

    const bizText = JSON.stringify(biz);
    const bareFetch = () =>
      drive(requests, concurrency, async () => {
        // The same signed form the client sends, so the request bytes match too.
        const form: Record<string, string> = {
          appid: appId,
          method: "cabinet.order.list",
          biz_content: bizText,
          version: "1.0.0",
          timestamp: String(Math.floor(Date.now() / 1000)),
          sign_type: "md5",
        };
        form.sign = handSign(form, appSecret);
        const response = await fetch(url + GATEWAY_PATH, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded; charset=utf-8" },
          body: new URLSearchParams(form).toString(),
        });
        const body = JSON.parse(await response.text());
        if (body.data.data.length !== PAGE_SIZE) throw new Error("short page");
      });

    const typed = createFetchClient<paths>({ baseUrl: url });
    const openapiFetch = () =>
      drive(requests, concurrency, async () => {
        const form: Record<string, string> = {
          appid: appId,
          method: "cabinet.order.list",
          biz_content: JSON.stringify(biz),
          version: "1.0.0",
          timestamp: String(Math.floor(Date.now() / 1000)),
          sign_type: "md5",
        };
        form.sign = handSign(form, appSecret);
        const { data, error } = await typed.POST(GATEWAY_PATH, {
          body: form as never,
          bodySerializer: (body) => new URLSearchParams(body as Record<string, string>).toString(),
          headers: { "content-type": "application/x-www-form-urlencoded; charset=utf-8" },
        });
        if (error || !data || data.error_code !== 0) throw new Error("gateway error");
        if ((data.data as { data: unknown[] }).data.length !== PAGE_SIZE) throw new Error("short page");
      });

    const versusBare = await alternate(repetitions, bareFetch, orderbridge);
    const versusOpenapiFetch = await alternate(repetitions, openapiFetch, orderbridge);
    const notes = (baseline: string) =>
      `${requests} requests per run, ${concurrency} in flight, pages of ${PAGE_SIZE} cabinet orders (${Math.round(bytes.length / 1024)} KiB) from a node:http server in the same process on loopback; baseline: ${baseline}; median of ${repetitions} alternating runs of each`;
    return [
      throughputResult({
        name: "client overhead: @orderbridge/yopoint vs bare fetch + JSON.parse",
        unit: "req/s",
        work: requests,
        subjectMs: versusBare.subjectMs,
        baselineMs: versusBare.baselineMs,
        minRatio: 0.9,
        target: ">= 0.9x bare fetch",
        notes: notes("fetch + JSON.parse of the same bytes, same signed form"),
      }),
      throughputResult({
        name: "client overhead: @orderbridge/yopoint vs openapi-fetch + hand signing",
        unit: "req/s",
        work: requests,
        subjectMs: versusOpenapiFetch.subjectMs,
        baselineMs: versusOpenapiFetch.baselineMs,
        minRatio: 1,
        target: ">= 1x openapi-fetch",
        notes: notes(
          "openapi-fetch 0.17 typed by the generated paths, hand-written MD5 signing, no validation",
        ),
      }),
    ];
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
