import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Store } from "@orderbridge/store";
import { Hono } from "hono";
import type { Registry } from "prom-client";

export interface OpsServerOptions {
  registry: Registry;
  store: Store;
  /** Whether the worker can take accounts now (its lock session is open), and is not shutting down. */
  ready: () => { ready: boolean; reason?: string };
}

export interface RunningOpsServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The worker's operations endpoints: `GET /healthz` (the process answers), `GET /readyz` (it can work: the store
 * answers, the lock session is open, it is not shutting down; 503 with the reason otherwise) and `GET /metrics`
 * (Prometheus text format). Meant for the internal network (a scraper, a load balancer's probe), not the vendors.
 *
 * @example
 * const ops = await startOpsServer({ registry: metrics.registry, store, ready: () => ({ ready: true }) }, 9464);
 */
export async function startOpsServer(
  options: OpsServerOptions,
  port: number,
  host = "127.0.0.1",
): Promise<RunningOpsServer> {
  const app = new Hono();
  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/readyz", async (c) => {
    const state = options.ready();
    if (!state.ready) return c.json({ status: "not ready", reason: state.reason }, 503);
    try {
      // A primary-key lookup: proves the store answers without scanning anything.
      await options.store.getOrder("readyz:probe");
    } catch {
      return c.json({ status: "not ready", reason: "the store does not answer" }, 503);
    }
    return c.json({ status: "ready" });
  });
  app.get("/metrics", async (c) => {
    const text = await options.registry.metrics();
    return c.body(text, 200, { "content-type": options.registry.contentType });
  });
  app.notFound((c) =>
    c.json({ error: "not found", routes: ["GET /healthz", "GET /readyz", "GET /metrics"] }, 404),
  );

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const created = serve({ fetch: app.fetch, port, hostname: host }, () => resolve(created));
    created.once("error", reject);
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}`,
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        (server as import("node:http").Server).closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
