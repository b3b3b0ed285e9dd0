import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createYikayiSimulator, type YikayiSimulatorOptions } from "@orderbridge/mocks/yikayi";
import type { SetupServer } from "msw/node";
import YAML from "yaml";
import { createClient, type YikayiClientOptions } from "../src/index.js";

export const SPEC_PATH = fileURLToPath(new URL("../../../specs/yikayi.openapi.yaml", import.meta.url));
export const BASE_URL = "https://yikayi-sim.test";

/** The spec as data. */
export function loadSpec(): Record<string, unknown> {
  return YAML.parse(readFileSync(SPEC_PATH, "utf8")) as Record<string, unknown>;
}

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), "utf8");
}

/**
 * A simulator answering in-process through the file's msw `server`, and a client pointed at it whose
 * backoff sleeps are recorded instead of waited.
 */
export function simulated(
  server: SetupServer,
  simOptions: YikayiSimulatorOptions = {},
  clientOptions: Partial<YikayiClientOptions> = {},
) {
  const sim = createYikayiSimulator(simOptions);
  server.resetHandlers(...sim.handlers);
  const sleeps: number[] = [];
  const client = createClient({
    baseUrl: BASE_URL,
    ...sim.credentials,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...clientOptions,
  });
  return { sim, client, sleeps };
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

/** The `data` objects the simulator received, parsed. */
export function sentData(sim: { requests: { data: string | undefined }[] }): Record<string, unknown>[] {
  return sim.requests.map((request) => JSON.parse(request.data ?? "null") as Record<string, unknown>);
}
