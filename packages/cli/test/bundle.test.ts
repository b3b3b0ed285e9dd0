import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The built command is an esbuild bundle (scripts/bundle.mjs): dist/bin.js and chunks loaded when a command runs.
 * What cold start depends on is checked on the files themselves: what `normalize` loads holds no zod and no
 * store, and the entry loads no command.
 */
const DIST = path.resolve(import.meta.dirname, "../dist");
const read = (file: string) => readFileSync(path.join(DIST, file), "utf8");

/** The chunks a file imports statically (`import … from "./chunk-X.js"`, `import "./chunk-X.js"`). */
function staticChunks(file: string): string[] {
  return [...read(file).matchAll(/^import\s+(?:[^"']*?\s+from\s+)?["']\.\/(chunk-[\w-]+\.js)["']/gm)].map(
    (match) => match[1]!,
  );
}

/** A file and every chunk it loads statically, transitively. */
function closure(file: string): string[] {
  const seen = new Set<string>();
  const stack = [file];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...staticChunks(next));
  }
  return [...seen];
}

/** The chunk a command's module starts (esbuild marks each source file with a `// src/…` comment). */
function chunkOf(source: string): string {
  const bin = read("bin.js");
  const lazy = [...bin.matchAll(/import\(["']\.\/(chunk-[\w-]+\.js)["']\)/g)].map((m) => m[1]!);
  const found = lazy.find((chunk) => read(chunk).includes(`// ${source}\n`));
  if (!found) throw new Error(`no chunk of dist/bin.js holds ${source}`);
  return found;
}

describe("the bundled command", () => {
  it("normalize loads no zod and neither the store nor the clients", () => {
    const files = closure(chunkOf("src/commands/normalize.ts"));
    for (const file of files) {
      const text = read(file);
      expect(text, file).not.toMatch(/node_modules\/zod\//);
      expect(text, file).not.toMatch(/@orderbridge\/store|better-sqlite3/);
      expect(text, file).not.toMatch(/\/\/ \.\.\/(yopoint|baifude|yikayi)\/dist\/client\.js/);
    }
  });

  it("the entry loads no command until it runs (the store and the clients stay lazy)", () => {
    for (const file of closure("bin.js")) {
      const text = read(file);
      expect(text, file).not.toMatch(/node_modules\/zod\//);
      expect(text, file).not.toMatch(/from ["']@orderbridge\/store["']|better-sqlite3/);
    }
  });

  it("runs from dist/ by itself: --version, and normalize of a 1card1 page", () => {
    const version = spawnSync(process.execPath, [path.join(DIST, "bin.js"), "--version"], {
      encoding: "utf8",
    });
    expect(version.stdout.trim(), version.stderr).toMatch(/^\d+\.\d+\.\d+$/);
    const page = readFileSync(
      path.resolve(import.meta.dirname, "../../yikayi/test/fixtures/Get_GoodsBillPaged.seed.json"),
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
