import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import { getResponse, type RequestHandler } from "msw";

export interface ServedHandlers {
  /** `http://127.0.0.1:<port>` — what a client's `baseUrl` should be. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves MSW handlers over real HTTP on loopback, so the same simulator that backs in-process tests
 * also answers the CLI, the demo and Prism-free end-to-end tests. @hono/node-server does the
 * Node request <-> Fetch Request conversion; msw's `getResponse` runs the handlers.
 *
 * @example
 * const sim = createYopointSimulator();
 * const served = await serveHandlers(sim.handlers);
 * // … createClient({ baseUrl: served.url, … })
 * await served.close();
 */
export async function serveHandlers(
  handlers: readonly RequestHandler[] | (() => readonly RequestHandler[]),
  options: { port?: number; hostname?: string } = {},
): Promise<ServedHandlers> {
  const hostname = options.hostname ?? "127.0.0.1";
  const current = typeof handlers === "function" ? handlers : () => handlers;
  let server: ServerType | undefined;
  const port = await new Promise<number>((resolve, reject) => {
    server = serve(
      {
        hostname,
        port: options.port ?? 0,
        fetch: async (request) => {
          try {
            const response = await getResponse([...current()], request);
            return (
              response ??
              new Response(`no simulator handler for ${request.method} ${new URL(request.url).pathname}`, {
                status: 404,
              })
            );
          } catch (error) {
            return new Response(`simulator error: ${(error as Error).message}`, { status: 500 });
          }
        },
      },
      (info: AddressInfo) => resolve(info.port),
    );
    server.once("error", reject);
  });
  return {
    url: `http://${hostname}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (!server) return resolve();
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
