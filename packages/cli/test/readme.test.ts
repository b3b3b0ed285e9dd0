import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import MarkdownIt from "markdown-it";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningSimulators, startSimulators } from "../src/simulators.js";
import { run } from "./support/io.js";

/**
 * The README's commands, exactly as written, run from the repository root — with the vendors' variables pointing
 * at the simulators instead of real accounts (the README's `export …=…` lines). The set-up command's effect is
 * given: the test run has installed and built the repository. Not run here: the set-up line itself, `pnpm test`
 * (this suite) and installing the packs with npm in another project (it needs the npm registry for the
 * third-party dependencies; checked by hand: installed so, `npx orderbridge demo` runs).
 */

const ROOT = path.resolve(import.meta.dirname, "../../..");
const README = path.join(ROOT, "README.md");

/** Every line of the README's `sh` blocks, comments after `#` removed. */
function shellLines(): string[] {
  const tokens = new MarkdownIt().parse(readFileSync(README, "utf8"), {});
  return tokens
    .filter((t) => t.type === "fence" && t.info.trim() === "sh")
    .flatMap((t) => t.content.split("\n"))
    .map((line) => line.replace(/\s+#.*$/, "").trim())
    .filter(Boolean);
}

interface Ran {
  command: string;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one README line through a shell, from the repository root, and says everything it printed. */
function sh(command: string, env: Record<string, string | undefined>): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn("sh", ["-c", command], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.once("error", reject);
    child.once("close", (code) => resolve({ command, code, stdout, stderr }));
  });
}

const said = (r: Ran) => `$ ${r.command}\nexit ${r.code}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`;

// What the README's commands write in the repository root. A user's own files there are moved aside for the
// test and put back after it.
const WRITTEN = [
  "orderbridge.db",
  "orderbridge.db-wal",
  "orderbridge.db-shm",
  "orders.csv",
  "orders.jsonl",
  "packs",
  "orderbridge-0.1.0.tgz",
];
const aside = `.readme-test-${process.pid}`;

let sims: RunningSimulators;
let dir: string;

beforeAll(async () => {
  for (const file of WRITTEN) {
    const full = path.join(ROOT, file);
    if (existsSync(full)) await rename(full, full + aside);
  }
  sims = await startSimulators({ orders: 40 });
  dir = await mkdtemp(path.join(tmpdir(), "orderbridge-readme-"));
});

afterAll(async () => {
  await sims?.close();
  for (const file of WRITTEN) {
    const full = path.join(ROOT, file);
    await rm(full, { recursive: true, force: true });
    if (existsSync(full + aside)) await rename(full + aside, full);
  }
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("the README's commands, as written, from the repository root", () => {
  it("syncs, exports CSV and JSON lines, and packs the command", async () => {
    const lines = shellLines();
    const commands = lines.filter((line) => line.startsWith("pnpm orderbridge ") || / pack\b/.test(line));
    expect(commands).toEqual([
      "pnpm orderbridge sync --db ./orderbridge.db",
      "pnpm orderbridge export --db ./orderbridge.db --format csv --out orders.csv",
      "pnpm orderbridge sync --since 2024-04-01 --until 2024-05-01 --db ./orderbridge.db",
      "pnpm orderbridge export --db ./orderbridge.db --out orders.jsonl",
      "pnpm orderbridge status --db ./orderbridge.db",
      "pnpm orderbridge failed --db ./orderbridge.db",
      "pnpm orderbridge sync --vendor yikayi --rescan 30d --db ./orderbridge.db",
      'pnpm -r --filter "orderbridge..." pack --pack-destination ./packs',
    ]);
    // The README's `export NAME=…` lines name exactly the variables a simulator account has.
    const exported = lines
      .filter((line) => line.startsWith("export "))
      .flatMap((line) => [...line.matchAll(/([A-Z_]+)=/g)].map((m) => m[1]!));
    for (const name of exported) expect(Object.keys(sims.env)).toContain(name);

    const results: Ran[] = [];
    for (const command of commands) {
      const result = await sh(command, sims.env);
      results.push(result);
      expect(result.code, said(result)).toBe(0);
    }

    const [sync, csv, month, jsonl, status, failed, rescan] = results;
    expect(sync!.stdout, said(sync!)).toMatch(/^yopoint\s+\S+\s+cabinet\s+40\s+40\s/m);
    expect(csv!.stderr, said(csv!)).toMatch(/^exported \d+ order\(s\) to orders\.csv$/m);
    const bytes = await readFile(path.join(ROOT, "orders.csv"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3, 23).toString()).toBe("id,vendor,kind,vendo");
    // The month is read as Beijing days: 2024-04-01 00:00 +08:00 to 2024-05-01 00:00 +08:00.
    expect(month!.stderr, said(month!)).toMatch(
      /syncing 2024-03-31T16:00:00\.000Z \.\. 2024-04-30T16:00:00\.000Z/,
    );
    const orders = (await readFile(path.join(ROOT, "orders.jsonl"), "utf8")).trim().split("\n");
    expect(orders.length).toBe(Number(/exported (\d+) order/.exec(csv!.stderr)?.[1]));
    expect(JSON.parse(orders[0]!).currency).toBe("CNY");
    expect(jsonl!.code).toBe(0);
    // Every stream of every account, where it stands; nothing failed; the 1card1 rescan re-reads 30 days.
    expect(status!.stdout, said(status!)).toMatch(
      /^yikayi\s+oid-[0-9a-f]{12}\s+in_store\s+\S+\s+\S+\s+ok\s/m,
    );
    expect(failed!.stdout, said(failed!)).toBe("no failed records\n");
    expect(rescan!.stderr, said(rescan!)).toMatch(
      /^yikayi oid-[0-9a-f]{12} online_mall: syncing \S+ \.\. \S+ in (30|31) window\(s\)$/m,
    );
    const packs = readdirSync(path.join(ROOT, "packs")).sort();
    expect(packs).toContain("orderbridge-0.1.0.tgz");
    for (const name of ["core", "orders", "store", "yopoint", "baifude", "yikayi", "mocks"])
      expect(packs).toContain(`orderbridge-${name}-0.1.0.tgz`);
  }, 240_000);

  it("packs the command alone as the README says", async () => {
    const result = await sh("pnpm --filter orderbridge pack", {});
    expect(result.code, said(result)).toBe(0);
    expect(existsSync(path.join(ROOT, "orderbridge-0.1.0.tgz")), said(result)).toBe(true);
    expect(readFileSync(README, "utf8")).toContain(
      "`pnpm --filter orderbridge pack` writes `orderbridge-0.1.0.tgz` into the current folder",
    );
  }, 120_000);

  it("the demo's closing `next:` line runs as printed", async () => {
    const demo = await run(["demo", "--db", path.join(dir, "demo.db"), "--orders", "30"], { cwd: ROOT });
    expect(demo.status, demo.stderr).toBe(0);
    const next = /^next: (.+)$/m.exec(demo.stdout)?.[1];
    expect(next).toBe(
      `pnpm orderbridge export --db ${path.join(dir, "demo.db")} --format csv --out orders.csv`,
    );
    const result = await sh(next!, {});
    expect(result.code, said(result)).toBe(0);
    expect(result.stderr).toMatch(/^exported \d+ order\(s\) to orders\.csv$/m);
    // The README's quick start says the same.
    expect(readFileSync(README, "utf8")).toContain(
      "`pnpm orderbridge export --db ./orderbridge-demo.db --format csv --out orders.csv`",
    );
  }, 120_000);
});
