import { describe, expect, it } from "vitest";
import { describeError } from "../src/program.js";
import { run } from "./support/io.js";

const YOPOINT = { YOPOINT_APP_ID: "930859529955", YOPOINT_APP_SECRET: "secret-value-123" };

describe("exit statuses and messages", () => {
  it("prints the version and exits 0", async () => {
    const result = await run(["--version"]);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("shows help and exits 2 without a command, 0 when help is asked for", async () => {
    const none = await run([]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^Usage: pnpm orderbridge \[options\] \[command\]/);
    for (const argv of [["--help"], ["help"], ["help", "sync"], ["sync", "--help"]])
      expect((await run(argv)).status).toBe(0);
  });

  it.each([
    [["frobnicate"], /unknown command/],
    [["sync", "--vendor", "taobao"], /unknown vendor "taobao"/],
    [["sync", "--since", "yesterday"], /RFC 3339/],
    [["sync", "--since", "2024-04-16 10:00:00"], /offset/],
    [["sync", "--window", "3 weeks"], /not a duration/],
    // Every duration and count has a range: out of it is bad usage, before anything runs.
    [
      ["sync", "--window", "0"],
      /'--window <duration>' argument '0' is invalid\. It must be from 1m to 366d\./,
    ],
    [
      ["sync", "--window", "0s"],
      /'--window <duration>' argument '0s' is invalid\. It must be from 1m to 366d\./,
    ],
    [
      ["sync", "--window", "1ms"],
      /'--window <duration>' argument '1ms' is invalid\. It must be from 1m to 366d\./,
    ],
    [["sync", "--window", "400d"], /It must be from 1m to 366d/],
    [
      ["sync", "--timeout", "0"],
      /'--timeout <duration>' argument '0' is invalid\. It must be from 100ms to 10m\./,
    ],
    [["sync", "--timeout", "30"], /"30" needs a unit: 30s, 30m, 30h or 30d/],
    [["sync", "--overlap", "-1d"], /not a duration/],
    [["sync", "--initial", "0"], /It must be from 1m to 3660d/],
    [["sync", "--concurrency", "0"], /It must be a whole number from 1 to 32/],
    [["sync", "--concurrency", "1.5"], /It must be a whole number from 1 to 32/],
    [["sync", "--rate-limit", "0"], /It must be a number from 0\.1 to 1000000/],
    [["sync", "--batch-size", "100000"], /It must be a whole number from 1 to 10000/],
    [["sync", "--window-retries", "11"], /It must be a whole number from 0 to 10/],
    [["serve", "--tolerance", "0"], /It must be from 1s to 1d/],
    [["serve", "--body-limit", "10"], /It must be from 1KiB to 16MiB/],
    [["serve", "--port", "70000"], /It must be a whole number from 0 to 65535/],
    [["mock", "--orders", "0"], /It must be a whole number from 1 to 100000/],
    [["demo", "--orders", "1000000"], /It must be a whole number from 1 to 100000/],
    [["sync", "--since", "2024-02-30"], /not a valid calendar time/],
    // A URL that is not postgres:// is not silently taken as a SQLite file name (and is not echoed whole).
    [
      ["sync", "--db", "postgresql:/oops"],
      /--db starts with "postgresql:" but is neither a postgres:\/\/ URL/,
    ],
    [["export", "--db", "mysql://root:pw@host/db"], /--db starts with "mysql:"/],
    [["export", "--format", "xml"], /Allowed choices are jsonl, csv/],
    [["normalize"], /required option '--vendor <vendor>'/],
  ])("bad usage %j exits 2", async (argv, message) => {
    const result = await run(argv);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it("never echoes a database URL that may hold a password", async () => {
    const result = await run(["export", "--db", "mysql://root:hunter2@host/db"]);
    expect(result.status).toBe(2);
    expect(result.stderr).not.toContain("hunter2");
  });

  it("refuses a run that would plan more windows than a run may, naming a window that fits (exit 2)", async () => {
    const result = await run(
      ["sync", "--db", ":memory:", "--since", "2020-01-01", "--until", "2024-01-01", "--window", "1m"],
      { env: YOPOINT },
    );
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toMatch(
      /^orderbridge: yopoint 930859529955 cabinet: 2019-12-31T16:00:00\.000Z \.\. 2023-12-31T16:00:00\.000Z in windows of 1m would be 2103840 windows; a run plans at most 10000: use --window 6h or more, or a later --since$/m,
    );
  });

  it("reads a date alone as midnight Beijing time", async () => {
    const result = await run(["sync", "--db", ":memory:", "--since", "2024-04-02", "--until", "2024-04-01"], {
      env: YOPOINT,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /--since \(2024-04-01T16:00:00\.000Z\) must be before --until \(2024-03-31T16:00:00\.000Z\)/,
    );
  });

  it("shows durations and sizes in --help as people write them", async () => {
    // Help wraps to the terminal's width: compare with whitespace folded.
    const fold = (text: string) => text.replace(/\s+/g, " ");
    const sync = await run(["sync", "--help"]);
    expect(sync.status).toBe(0);
    const syncHelp = fold(sync.stdout);
    for (const shown of [
      "--overlap <duration> re-read this much before the checkpoint, to catch late refunds (0–366d) (default: 3d)",
      "(default: 30d)",
      "the checkpoint's step (1m–366d) (default: 1d)",
      "--timeout <duration> per-request timeout (100ms–10m) (default: 30s)",
    ])
      expect(syncHelp).toContain(shown);
    expect(syncHelp).toMatch(/a date alone = midnight Beijing time/);
    for (const ms of ["259200000", "2592000000", "86400000", "30000"]) expect(syncHelp).not.toContain(ms);
    const serve = fold((await run(["serve", "--help"])).stdout);
    for (const shown of ["(default: 5m)", "(default: 64KiB)", "(default: 30s)"])
      expect(serve).toContain(shown);
    const top = await run(["--help"]);
    expect(fold(top.stdout)).toMatch(/3 finished but some records could not be stored, 130 interrupted/);
  });

  it("names a config file that does not exist (exit 1)", async () => {
    const result = await run(["sync", "--db", ":memory:", "--config", "no-such-accounts.json"], {
      env: YOPOINT,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      "orderbridge: cannot read config file no-such-accounts.json: no-such-accounts.json does not exist: check the path\n",
    );
  });

  it("shows an unexpected error by name and message, its stack only with ORDERBRIDGE_LOG=debug", () => {
    const error = new TypeError("something broke");
    expect(describeError(error)).toBe(
      "TypeError: something broke (an unexpected error: ORDERBRIDGE_LOG=debug shows where it happened)",
    );
    expect(describeError(error)).not.toMatch(/\n\s+at /);
    expect(describeError(error, { ORDERBRIDGE_LOG: "debug" })).toMatch(/^TypeError: something broke\n\s+at /);
  });

  it("refuses --since after --until as bad usage (exit 2)", async () => {
    const result = await run(
      ["sync", "--db", ":memory:", "--since", "2024-05-01T00:00:00Z", "--until", "2024-04-01T00:00:00Z"],
      { env: { YOPOINT_APP_ID: "930859529955", YOPOINT_APP_SECRET: "secret-value-123" } },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--since \(2024-05-01T00:00:00.000Z\) must be before --until/);
  });

  it("names the missing variable of a vendor that was asked for, and exits 1", async () => {
    const result = await run(["sync", "--vendor", "yopoint", "--db", ":memory:"], {
      env: { YOPOINT_APP_ID: "930859529955" },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("YOPOINT_APP_SECRET");
  });

  it("requires BAIFUDE_BASE_URL (the host is per customer)", async () => {
    const result = await run(["sync", "--vendor", "baifude", "--db", ":memory:"], {
      env: { BAIFUDE_APP_KEY: "k", BAIFUDE_APP_SECRET: "secret-value-123" },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("BAIFUDE_BASE_URL");
    expect(result.stderr).not.toContain("secret-value-123");
  });

  it("passes a vendor's optional variables to its client (BAIFUDE_SIGNER is checked)", async () => {
    const result = await run(["sync", "--vendor", "baifude", "--db", ":memory:"], {
      env: {
        BAIFUDE_BASE_URL: "http://127.0.0.1:9",
        BAIFUDE_APP_KEY: "k",
        BAIFUDE_APP_SECRET: "secret-value-123",
        BAIFUDE_SIGNER: "rot13",
      },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/BAIFUDE_SIGNER must be one of/);
  });

  it("does not require vendors that were not asked for", async () => {
    const result = await run(["sync", "--db", ":memory:"], { env: {} });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no vendor is configured/);
  });
});
