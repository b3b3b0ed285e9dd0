import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type BaifudeSimulatorOptions, createBaifudeSimulator } from "@orderbridge/mocks/baifude";
import type { SetupServer } from "msw/node";
import YAML from "yaml";
import { type BaifudeClientOptions, createClient } from "../src/index.js";

export const SPEC_PATH = fileURLToPath(new URL("../../../specs/baifude.openapi.yaml", import.meta.url));
export const BASE_URL = "https://bfd-sim.test";

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
  server: Pick<SetupServer, "resetHandlers">,
  simOptions: BaifudeSimulatorOptions = {},
  clientOptions: Partial<BaifudeClientOptions> = {},
) {
  const sim = createBaifudeSimulator(simOptions);
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
