import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The built command is an esbuild bundle (scripts/bundle.mjs): dist/bin.js and chunks loaded when a command runs.
 * What cold start depends on is checked on the bundle's own record of its files (dist/bundle-meta.json, esbuild's
 * metafile): what `normalize` loads holds no zod, no store and no vendor client, and the entry loads no command.
 */
const CLI = path.resolve(import.meta.dirname, "..");
const DIST = path.join(CLI, "dist");

interface Output {
  imports: { path: string; kind: string }[];
  inputs: Record<string, unknown>;
  entryPoint?: string;
}
const outputs = (
  JSON.parse(readFileSync(path.join(DIST, "bundle-meta.json"), "utf8")) as { outputs: Record<string, Output> }
).outputs;

/** An output file and every file it imports statically (what loading it loads), transitively. */
function closure(file: string): string[] {
  const seen = new Set<string>();
  const stack = [file];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    for (const imported of outputs[next]?.imports ?? [])
      if (imported.kind === "import-statement" && outputs[imported.path]) stack.push(imported.path);
  }
  return [...seen];
}

/** The source files inside `files`, and the packages they import from outside the bundle. */
function contents(files: string[]): { inputs: string[]; external: string[] } {
  return {
    inputs: files.flatMap((file) => Object.keys(outputs[file]!.inputs)),
    external: files.flatMap((file) =>
      outputs[file]!.imports.filter((i) => i.kind === "import-statement" && !outputs[i.path]).map(
        (i) => i.path,
      ),
    ),
  };
}

const outputOf = (source: string) => {
  const found = Object.keys(outputs).find((file) => Object.hasOwn(outputs[file]!.inputs, source));
  if (!found) throw new Error(`no output file holds ${source}`);
  return found;
};

describe("the bundled command", () => {
  it("normalize loads no zod and neither the store nor the clients", () => {
    const { inputs, external } = contents(closure(outputOf("src/commands/normalize.ts")));
    expect(inputs.some((input) => input.includes("src/commands/normalize.ts"))).toBe(true);
    expect(inputs.filter((input) => /\/zod\//.test(input))).toEqual([]);
    expect(inputs.filter((input) => /\/(yopoint|baifude|yikayi)\/dist\/client\.js$/.test(input))).toEqual([]);
    expect(external.filter((name) => /store|sqlite|pg/.test(name))).toEqual([]);
    expect(inputs.filter((input) => /(^|\/)store\/(dist|src)\//.test(input))).toEqual([]);
  });

  it("holds every orderbridge package it uses, so core is loaded once (its error classes and secrets shared)", () => {
    // Every import leaving the bundle, static or dynamic.
    const external = Object.values(outputs).flatMap((output) =>
      output.imports.filter((i) => !outputs[i.path]).map((i) => i.path),
    );
    expect(external).toContain("better-sqlite3");
    expect(
      external.filter((name) => /^@orderbridge\/(core|store|orders|yopoint|baifude|yikayi)(\/|$)/.test(name)),
    ).toEqual([]);
    const bundled = Object.values(outputs).flatMap((output) => Object.keys(output.inputs));
    expect(bundled.some((input) => /(^|\/)store\/(dist|src)\//.test(input))).toBe(true);
  });

  it("the entry loads no command until it runs (the store and the clients stay lazy)", () => {
    const entry = Object.keys(outputs).find((file) => outputs[file]!.entryPoint === "src/bin.ts")!;
    const { inputs, external } = contents(closure(entry));
    expect(inputs.filter((input) => /\/zod\/|src\/commands\//.test(input))).toEqual([]);
    expect(external.filter((name) => /store|sqlite|pg/.test(name))).toEqual([]);
  });

  it("runs from dist/ by itself: --version, and normalize of a 1card1 page", () => {
    const version = spawnSync(process.execPath, [path.join(DIST, "bin.js"), "--version"], {
      encoding: "utf8",
    });
    expect(version.stdout.trim(), version.stderr).toMatch(/^\d+\.\d+\.\d+$/);
    const page = readFileSync(
      path.resolve(CLI, "../yikayi/test/fixtures/Get_GoodsBillPaged.seed.json"),
      "utf8",
    );
    const normalized = spawnSync(
      process.execPath,
      [path.join(DIST, "bin.js"), "normalize", "--vendor", "yikayi"],
      {
        input: page,
        encoding: "utf8",
      },
    );
    expect(normalized.status, normalized.stderr).toBe(0);
    expect(JSON.parse(normalized.stdout.split("\n")[0]!).totalAmount).toBe(17000);
  });
});
