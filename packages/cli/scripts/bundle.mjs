// Bundles the `orderbridge` command (dist/bin.js) with esbuild, after tsc has written dist/. Why: starting the
// CLI was mostly module resolution and loading (hundreds of small files); one entry file with the commands split
// into chunks loaded when they run starts in a fraction of that (bench/README.md, cold start).
//
// - Code splitting keeps every command lazy: `--version` and `normalize` load neither the store (and its native
//   SQLite driver) nor the vendor clients' zod schemas.
// - Every orderbridge package the command uses is inside the bundle, the store included: one copy of core in the
//   process, so its error classes (instanceof), the registry of secrets that redaction reads and LosslessNumber
//   (the compiled validators' instanceof) are the ones every command uses. (With the store outside, it loaded a
//   second copy of core: store errors printed as unexpected ones, and the secrets it registered were unknown to
//   the command's redaction.) Outside: the drivers, the simulators, msw and pino (see `external`).
// - The chunks sit in dist/ beside bin.js: `../package.json` (version.ts) and the repository check
//   (invocation.ts) read paths relative to dist/, as they do from tsc's output.
// - dist/index.js and the rest of tsc's output stay as they are: they are the package's library entry.
import { readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");
for (const file of readdirSync(dist))
  if (/^chunk-[\w-]+\.js(\.map)?$/.test(file)) rmSync(path.join(dist, file));

const result = await build({
  absWorkingDir: root,
  entryPoints: { bin: "src/bin.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  chunkNames: "chunk-[hash]",
  external: [
    // Native or heavy, resolved from node_modules at run time: the SQLite driver and pg (the store's drivers,
    // dependencies of this package for that reason), the simulators and msw (`mock` and `demo` only), pino
    // (loads its transports by file name).
    "better-sqlite3",
    "pg",
    "@orderbridge/mocks",
    "@orderbridge/mocks/*",
    "msw",
    "msw/*",
    "pino",
  ],
  // Some bundled CommonJS dependencies call require() for Node built-ins.
  banner: {
    js: 'import { createRequire as __orderbridgeRequire } from "node:module"; const require = __orderbridgeRequire(import.meta.url);',
  },
  // Fewer bytes to read and compile at start (measured: normalize 1.58x -> 1.47x node -e 0); names are kept, so
  // a stack (ORDERBRIDGE_LOG=debug) still names functions, and the source maps beside the files map it back
  // (node --enable-source-maps).
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: "linked",
  logLevel: "warning",
  legalComments: "none",
  metafile: true,
});
// What each output file holds and loads, for test/bundle.test.ts (and for anyone asking why a command is slow).
writeFileSync(path.join(dist, "bundle-meta.json"), `${JSON.stringify(result.metafile)}\n`);
