import { describe, expect, it } from "vitest";
import { run } from "./support/io.js";

describe("exit statuses and messages", () => {
  it("prints the version and exits 0", async () => {
    const result = await run(["--version"]);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it.each([
    [["frobnicate"], /unknown command/],
    [["sync", "--vendor", "taobao"], /unknown vendor "taobao"/],
    [["sync", "--since", "yesterday"], /RFC 3339/],
    [["sync", "--since", "2024-04-16 10:00:00"], /offset/],
    [["sync", "--window", "3 weeks"], /not a duration/],
    [["export", "--format", "xml"], /Allowed choices are jsonl, csv/],
    [["normalize"], /required option '--vendor <vendor>'/],
  ])("bad usage %j exits 2", async (argv, message) => {
    const result = await run(argv);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
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
