import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import { run } from "./support/io.js";

const CLI_DIR = path.resolve(import.meta.dirname, "..");
const BIN = path.join(CLI_DIR, "dist/bin.js");

describe("the built packages", () => {
  it("plain Node imports every package by name from dist, without a TypeScript loader", () => {
    const names = [
      "@orderbridge/core",
      "@orderbridge/yopoint",
      "@orderbridge/baifude",
      "@orderbridge/yikayi",
      "@orderbridge/orders",
      "@orderbridge/store",
      "@orderbridge/mocks",
      "@orderbridge/mocks/yopoint",
      "@orderbridge/mocks/baifude",
      "@orderbridge/mocks/yikayi",
      "orderbridge",
    ];
    const script = `for (const name of ${JSON.stringify(names)}) { const m = await import(name); if (!Object.keys(m).length) throw new Error(name + " exports nothing"); } console.log("ok");`;
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: CLI_DIR,
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    expect(result.stdout.trim()).toBe("ok");
  });

  it("the orderbridge bin runs under plain Node", () => {
    const result = spawnSync(process.execPath, [BIN, "--help"], { encoding: "utf8" });
    expect(result.status).toBe(0);
    // In a clone of the repository the command is the README's `pnpm orderbridge`.
    expect(result.stdout).toMatch(/^Usage: pnpm orderbridge \[options\] \[command\]/);
    for (const command of ["sync", "export", "normalize", "mock", "demo"])
      expect(result.stdout).toContain(command);
  });
});

describe("orderbridge mock", () => {
  it("serves the simulators and prints variables a sync can use as they are", async () => {
    const child = spawn(process.execPath, [BIN, "mock", "--orders", "20"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      const env: Record<string, string> = {};
      const lines = createInterface({ input: child.stdout! });
      for await (const line of lines) {
        const match = /^export ([A-Z_]+)=(.*)$/.exec(line);
        if (match) env[match[1]!] = match[2]!;
        if (line.startsWith("# orders from")) break;
      }
      expect(Object.keys(env).sort()).toEqual([
        "BAIFUDE_APP_KEY",
        "BAIFUDE_APP_SECRET",
        "BAIFUDE_BASE_URL",
        "YIKAYI_BASE_URL",
        "YIKAYI_OPEN_ID",
        "YIKAYI_SECRET",
        "YIKAYI_USER_ACCOUNT",
        "YOPOINT_APP_ID",
        "YOPOINT_APP_SECRET",
        "YOPOINT_BASE_URL",
      ]);
      for (const name of ["YOPOINT_BASE_URL", "BAIFUDE_BASE_URL", "YIKAYI_BASE_URL"])
        expect(env[name]).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const result = await run(["sync", "--db", ":memory:", "--initial", "30d", "--rate-limit", "200"], {
        env,
      });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^yopoint\s+\S+\s+cabinet\s+20\s+20\s/m);
    } finally {
      child.kill("SIGTERM");
    }
  }, 30_000);

  it("with --drift and --bad-records serves records a sync stores with notes, and records it keeps as failed (exit 3)", async () => {
    const child = spawn(process.execPath, [BIN, "mock", "--orders", "30", "--drift", "--bad-records", "7"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      const env: Record<string, string> = {};
      let last = "";
      const lines = createInterface({ input: child.stdout! });
      for await (const line of lines) {
        const match = /^export ([A-Z_]+)=(.*)$/.exec(line);
        if (match) env[match[1]!] = match[2]!;
        if (line.startsWith("# orders from")) {
          last = line;
          break;
        }
      }
      expect(last).toMatch(
        /30 per kind of sale; every 10th record of each kind drifted \(stored, with notes\); every 7th record of each kind broken \(kept as failed records; sync exits 3\)/,
      );
      const result = await run(["sync", "--db", ":memory:", "--initial", "30d", "--rate-limit", "200"], {
        env,
      });
      expect(result.status, result.stderr).toBe(3);
      expect(result.stdout).toMatch(
        /^yopoint\s+\S+\s+cabinet\s+30\s+26\s+0\s+0\s+4\s+\d+\s.*failed records$/m,
      );
      expect(result.stdout).toMatch(/^ {2}yikayi\s+online_mall\s+ConsumeBillNumber\s+missing_field\s+\d+$/m);
      expect(result.stderr).toMatch(
        /^orderbridge: \d+ record\(s\) could not be stored \(yopoint cabinet 4, /m,
      );
    } finally {
      child.kill("SIGTERM");
    }
  }, 30_000);
});
