import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../src/index.js";
import { type PostgresServer, postgresUnavailableReason, startPostgres } from "../src/testing/postgres.js";
import { type Backend, postgresBackend, sqliteBackend } from "./support/backends.js";
import { compileForChildProcesses } from "./support/compile.js";

let compiled: { dir: string; remove(): void };
beforeAll(() => {
  compiled = compileForChildProcesses();
});
afterAll(() => compiled?.remove());

/** `asUser` (as root): the writer loads its modules, then becomes that user (see the fixture's header). */
function writer(args: string[], options: { asUser?: string } = {}): ChildProcess {
  const env = options.asUser ? { ...process.env, ORDERBRIDGE_TEST_RUN_AS: options.asUser } : process.env;
  return spawn(process.execPath, [join(compiled.dir, "test/fixtures/writer.js"), ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    env,
  });
}

function finished(
  child: ChildProcess,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }> {
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (code !== 0 && signal === null) reject(new Error(`writer exited ${code}: ${stderr}`));
      else resolve({ code, signal, stdout });
    });
  });
}

// Twenty batches: the kill after the third lands mid-run with room to spare, and three full runs (reference,
// victim, resume) stay quick on a loaded machine.
const TOTAL = 10_000;
const BATCH = 500;
const NOW = "2024-05-01T00:00:00.000Z";

/**
 * A writer SIGKILLed mid-way through a sync, then resumed from its checkpoint, must leave exactly the
 * rows an uninterrupted run leaves (same clock pinned in both, so even the store clocks agree).
 */
function killAndResume(backend: () => Backend): void {
  it("a writer killed mid-sync and resumed from its checkpoint ends where an uninterrupted run ends", async () => {
    const reference = await backend().freshUrl();
    expect((await finished(writer(["sync", reference, String(TOTAL), String(BATCH), NOW]))).code).toBe(0);

    const url = await backend().freshUrl();
    const victim = writer(["sync", url, String(TOTAL), String(BATCH), NOW]);
    const done = finished(victim);
    // Kill as soon as a few batches are committed: the writer is then most likely inside a transaction.
    await new Promise<void>((resolve) => {
      let seen = "";
      victim.stdout?.on("data", (chunk: Buffer) => {
        seen += chunk.toString();
        if ((seen.match(/committed/g) ?? []).length >= 3) {
          victim.kill("SIGKILL");
          resolve();
        }
      });
    });
    const killed = await done;
    expect(killed.signal).toBe("SIGKILL");

    const store = await openStore(url);
    const interrupted = await store.countOrders();
    const checkpoint = await store.getCheckpoint("yopoint", "acct", "cabinet");
    await store.close();
    expect(interrupted).toBeLessThan(TOTAL);
    // Exactly the orders the checkpoint covers were committed: nothing more, nothing less.
    const covered = (Date.parse(checkpoint!.highWaterMark) - Date.parse("2024-04-01T00:00:00.000Z")) / 60_000;
    expect(interrupted).toBe(covered);

    expect((await finished(writer(["sync", url, String(TOTAL), String(BATCH), NOW]))).code).toBe(0);
    const [expected, actual] = await Promise.all([backend().dump(reference), backend().dump(url)]);
    expect(actual.length).toBe(expected.length);
    const withoutXmin = (lines: string[]) => lines.map((line) => line.replace(/^(\w+) \d+ /, "$1 "));
    expect(withoutXmin(actual)).toEqual(withoutXmin(expected));
    // Three child processes write every order: on a loaded 2-core machine this takes minutes, not seconds.
  }, 180_000);
}

describe("SQLite with several processes", () => {
  const backend = sqliteBackend();
  afterAll(() => backend.cleanup());

  it("runs the README's example as written", async () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const example = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toContain('openStore("./orderbridge.db")');
    const fixture = JSON.stringify(join(compiled.dir, "test/fixtures/orders.json"));
    const script = join(compiled.dir, "readme-example.mjs");
    writeFileSync(
      script,
      `import { readFileSync } from "node:fs";\nconst orders = JSON.parse(readFileSync(${fixture}, "utf8"));\n${example!
        .replace('"@orderbridge/store"', '"./src/index.js"')
        .replace('"./orderbridge.db"', JSON.stringify(await backend.freshUrl()))}`,
    );
    const child = spawn(process.execPath, [script], { stdio: ["ignore", "pipe", "pipe"] });
    const { stdout } = await finished(child);
    expect(stdout).toMatch(/^yopoint:YP202404160651020001 2000 \d{4}-\d\d-\d\dT[\d:.]+Z$/m);
  });

  killAndResume(() => backend);

  it("names the file and what to do when this user may not write it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "orderbridge-readonly-"));
    try {
      chmodSync(dir, 0o755);
      const path = join(dir, "orders.db");
      const store = await openStore(path);
      await store.migrate();
      await store.close();
      // root writes any file whatever its mode: then the writer runs as another user (the one the
      // PostgreSQL harness runs the server as).
      const asRoot = process.getuid?.() === 0;
      if (!asRoot) chmodSync(path, 0o444);
      const before = statSync(path).mtimeMs;
      const { stdout } = await finished(writer(["write-one", path], asRoot ? { asUser: "postgres" } : {}));
      expect(JSON.parse(stdout)).toEqual({
        error: `cannot write the SQLite store ${path} (attempt to write a readonly database): make the file and its directory writable by this user, or use a command that only reads (export, status)`,
      });
      expect(statSync(path).mtimeMs).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("converges 200 writes of one order from 4 processes sharing the file (WAL) to one row", async () => {
    const url = await backend.freshUrl();
    const store = await openStore(url);
    await store.migrate();
    const runs = await Promise.all(
      [0, 1, 2, 3].map((worker) => finished(writer(["hammer", url, "50", String(worker)]))),
    );
    const inserted = runs.reduce(
      (sum, run) => sum + (JSON.parse(run.stdout) as { inserted: number }).inserted,
      0,
    );
    expect(inserted).toBe(1);
    expect(await store.countOrders()).toBe(1);
    await store.close();
  });
});

const unavailable = postgresUnavailableReason();
if (unavailable) console.warn(`PostgreSQL kill-and-resume test skipped: ${unavailable}`);

describe.skipIf(unavailable)("PostgreSQL with several processes", () => {
  let server: PostgresServer | undefined;
  beforeAll(async () => {
    server = await startPostgres();
  });
  afterAll(() => server?.stop());
  killAndResume(() => postgresBackend(() => server!));
});
