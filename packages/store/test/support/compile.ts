import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const packageDir = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Node 20 cannot run TypeScript, and child processes (a writer to SIGKILL, concurrent SQLite writers)
 * must run the store's current source, not a stale `dist/`. So this transpiles `src/` and
 * `test/{support,fixtures}/` (no type check; `typecheck` does that) into a directory under the
 * package's `node_modules/.cache`, where the package's own dependencies still resolve.
 *
 * @returns the output directory and a `remove()` for afterAll.
 */
export function compileForChildProcesses(): { dir: string; remove(): void } {
  const dir = join(packageDir, "node_modules", ".cache", `store-test-${process.pid}-${Date.now()}`);
  const files = ["src", "test/support", "test/fixtures"].flatMap((folder) =>
    listFiles(join(packageDir, folder)),
  );
  for (const file of files) {
    const target = join(dir, relative(packageDir, file));
    mkdirSync(dirname(target), { recursive: true });
    if (file.endsWith(".ts")) {
      const output = ts.transpileModule(readFileSync(file, "utf8"), {
        compilerOptions: {
          module: ts.ModuleKind.ESNext,
          target: ts.ScriptTarget.ES2022,
          verbatimModuleSyntax: false,
        },
        fileName: file,
      });
      writeFileSync(target.replace(/\.ts$/, ".js"), output.outputText);
    } else {
      writeFileSync(target, readFileSync(file));
    }
  }
  // The compiled files are ES modules; the package's own package.json says so for its folders, but
  // node_modules/.cache has none.
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(join(folder, entry.name))
      : entry.name.endsWith(".test.ts")
        ? []
        : [join(folder, entry.name)],
  );
}
