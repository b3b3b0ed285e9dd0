import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { type BaifudeSimulatorOptions, createBaifudeSimulator } from "@orderbridge/mocks/baifude";
import type { SetupServer } from "msw/node";
import { type BaifudeClientOptions, createClient } from "../src/index.js";

export const SPEC_PATH = fileURLToPath(new URL("../../../specs/baifude.openapi.yaml", import.meta.url));
export const BASE_URL = "https://bfd-sim.test";

// The YAML parser codegen already depends on, borrowed so this package needs no dependency of its own.
const requireFromCodegen = createRequire(
  createRequire(import.meta.url).resolve("@orderbridge/codegen/package.json"),
);
const YAML = requireFromCodegen("yaml") as { parse(text: string): unknown };

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
