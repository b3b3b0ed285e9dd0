import { existsSync, readFileSync, statSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { openStore } from "@orderbridge/store";
import { Hono } from "hono";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runReport } from "../src/commands/report.js";
import { describeSource, lastFullMonth, mountReport, reportPeriod } from "../src/report/index.js";
import { createNotificationServer } from "../src/serve/index.js";
import { run } from "./support/io.js";
import { APRIL, APRIL_SINCE, APRIL_UNTIL, type ReportStore, reportStore } from "./support/report-store.js";

let fixture: ReportStore;
beforeAll(async () => {
  fixture = await reportStore();
});
afterAll(async () => {
  await fixture?.close();
});

const fingerprint = (file: string) => ({ bytes: readFileSync(file), mtimeMs: statSync(file).mtimeMs });

/** Every way a page could reach outside itself: none may appear in the file. */
function externalReferences(page: string): string[] {
  const found: string[] = [];
  for (const pattern of [
    /[a-z][a-z0-9+.-]*:\/\//gi, // any URL with a scheme: http://, https://, file://, ws://, ftp://
    /(?<=\s)(?:src|href|action|formaction|srcset|poster|background|xlink:href|manifest|ping)\s*=\s*(?:"(?!#)|'(?!#)|(?!["'#]))[^\s"'>]*/gi,
    /url\(\s*["']?(?!data:)/gi, // CSS url(...) other than data:
    /@import/gi,
    /<(?:link|iframe|img|object|embed|base|frame|audio|video|source|track)\b/gi,
    /\bimport\s*\(/g, // dynamic import()
    /\b(?:fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon)\b/g,
  ]) {
    for (const match of page.matchAll(pattern)) found.push(match[0]);
  }
  return found;
}

describe("orderbridge report", () => {
  it("writes one self-contained page from a store it opens read-only, and prints where", async () => {
    const out = path.join(fixture.dir, "april.html");
    const before = fingerprint(fixture.db);
    const result = await run([
      "report",
      "--db",
      fixture.db,
      "--out",
      out,
      "--since",
      APRIL.since,
      "--until",
      APRIL.until,
    ]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(`^report written to ${out.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(\\d+ KiB\\)\\n$`),
    );
    expect(fingerprint(fixture.db)).toEqual(before);
    const page = readFileSync(out, "utf8");
    expect(page.startsWith("<!doctype html>")).toBe(true);
    expect(page).toContain('Orders report <span class="period">2024-04-01 – 2024-04-30</span>');
    expect(page).toContain("default-src 'none'");
    expect(externalReferences(page)).toEqual([]);
    // Daily aggregates, not rows: a few hundred orders or a million make a page of the same order of size.
    expect(Buffer.byteLength(page)).toBeLessThan(400_000);
    // No temporary file left beside it.
    expect(existsSync(out)).toBe(true);
    expect(
      (await import("node:fs")).readdirSync(fixture.dir).filter((name) => name.endsWith(".tmp")),
    ).toEqual([]);
  });

  it("holds the Baifude statement the sync kept against the stored pay orders: nothing missing on either side", async () => {
    const store = await openStore(fixture.db, { readOnly: true });
    try {
      const [check] = await store.statementChecks({
        since: new Date(APRIL_SINCE),
        until: new Date(APRIL_UNTIL),
        limit: 10,
      });
      // Independently: the Baifude orders the sync stored that were paid in April.
      const paid = fixture.orders.filter(
        (o) =>
          o.vendor === "baifude" &&
          o.paidAt &&
          Date.parse(o.paidAt) >= APRIL_SINCE &&
          Date.parse(o.paidAt) < APRIL_UNTIL,
      );
      expect(paid.length).toBeGreaterThan(50);
      expect(check).toMatchObject({
        vendor: "baifude",
        kind: "welfare_mall",
        covered: [{ since: new Date(APRIL_SINCE).toISOString(), until: new Date(APRIL_UNTIL).toISOString() }],
        statement: {
          entries: paid.length,
          amount: paid.reduce((s, o) => s + o.totalAmount, 0),
          withoutAmount: 0,
        },
        stored: { orders: paid.length, amount: paid.reduce((s, o) => s + o.totalAmount, 0) },
        notCovered: { orders: 0, amount: 0 },
        counts: { missingFromStore: 0, missingFromStatement: 0, amountsDiffer: 0 },
      });
    } finally {
      await store.close();
    }
  });

  it("never creates a store: a missing one is a failure (exit 1) that names it, and no file appears", async () => {
    const missing = path.join(fixture.dir, "typo.db");
    const out = path.join(fixture.dir, "never.html");
    const result = await run(["report", "--db", missing, "--out", out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`no orderbridge store at ${missing}: the file does not exist`);
    expect(existsSync(missing)).toBe(false);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses bad usage with exit 2 before touching anything", async () => {
    const out = path.join(fixture.dir, "bad.html");
    const cases: [string[], RegExp][] = [
      [["--kind", "tea"], /--kind "tea" is not a kind of sale: use one of cabinet, vending/],
      [
        ["--vendor", "baifude", "--kind", "cabinet"],
        /baifude has no cabinet orders: its kinds are welfare_mall/,
      ],
      [["--vendor", "baifude", "--vendor", "yopoint"], /give --vendor once/],
      [["--since", "2024-05-01", "--until", "2024-04-01"], /--since .* must be before --until/],
      [["--since", "2024-04-01T00:00:00"], /date alone \(2024-04-01, midnight Beijing time\)/],
    ];
    for (const [args, message] of cases) {
      const result = await run(["report", "--db", fixture.db, "--out", out, ...args]);
      expect(result.status, `${args.join(" ")}: ${result.stderr}`).toBe(2);
      expect(result.stderr).toMatch(message);
    }
    const noOut = await run(["report", "--db", fixture.db]);
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toMatch(/required option '--out <file>'/);
    expect(existsSync(out)).toBe(false);
  });

  it("names --out when it cannot be written (a folder, a folder that does not exist)", async () => {
    const folder = path.join(fixture.dir, "reports");
    await mkdir(folder, { recursive: true });
    const asFolder = await run(["report", "--db", fixture.db, "--out", folder]);
    expect(asFolder.status).toBe(1);
    expect(asFolder.stderr).toMatch(
      /cannot write --out .*reports: it is a folder, not a file: give a file name/,
    );
    const inMissing = await run([
      "report",
      "--db",
      fixture.db,
      "--out",
      path.join(fixture.dir, "no", "r.html"),
    ]);
    expect(inMissing.status).toBe(1);
    expect(inMissing.stderr).toMatch(/cannot write --out .*r\.html: the folder .*no does not exist/);
  });

  it("covers the last full calendar month, Beijing time, by default", async () => {
    const at = (iso: string) => lastFullMonth(new Date(iso));
    expect(at("2024-05-01T00:30:00+08:00")).toEqual({
      since: new Date("2024-04-01T00:00:00+08:00"),
      until: new Date("2024-05-01T00:00:00+08:00"),
    });
    // 23:30 on 30 April in Beijing is still April there: the last full month is March.
    expect(at("2024-04-30T23:30:00+08:00").since).toEqual(new Date("2024-03-01T00:00:00+08:00"));
    expect(at("2024-01-15T12:00:00+08:00")).toEqual({
      since: new Date("2023-12-01T00:00:00+08:00"),
      until: new Date("2024-01-01T00:00:00+08:00"),
    });
    const now = new Date("2024-05-02T09:00:00+08:00");
    expect(reportPeriod(now, new Date("2024-04-10T00:00:00+08:00"))).toEqual({
      since: new Date("2024-04-10T00:00:00+08:00"),
      until: new Date("2024-05-01T00:00:00+08:00"),
    });
    const out = path.join(fixture.dir, "default.html");
    await runReport(
      { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: {}, cwd: fixture.dir },
      { db: fixture.db, out, now: () => now },
    );
    expect(readFileSync(out, "utf8")).toContain('<span class="period">2024-04-01 – 2024-04-30</span>');
  });

  it("names a PostgreSQL store without its user, password or parameters", () => {
    expect(
      describeSource("postgres://finance:s3cret-pass@db.internal:5432/orders?sslmode=require&password=x"),
    ).toBe("postgres://db.internal:5432/orders");
    expect(describeSource("sqlite:./orders.db")).toBe("./orders.db");
  });
});

describe("GET /report", () => {
  const token = "report-token-4f1d9c2e7a";
  const lines: string[] = [];
  const logger = pino({ level: "info" }, { write: (line: string) => void lines.push(line) });

  async function server(env: Record<string, string>) {
    const store = await openStore(fixture.db, { readOnly: true });
    const created = createNotificationServer({
      store,
      env: { ...fixture.sims.env, ...env },
      logger,
      report: { source: "the test store" },
    });
    return { app: created.app, close: () => store.close() };
  }
  const get = (
    app: { fetch(request: Request): Response | Promise<Response> },
    query: string,
    authorization?: string,
  ) =>
    app.fetch(
      new Request(`http://localhost/report${query}`, authorization ? { headers: { authorization } } : {}),
    );

  it("is off (404) when no token is configured", async () => {
    const { app, close } = await server({});
    try {
      expect((await get(app, "")).status).toBe(404);
      expect((await get(app, "", `Bearer ${token}`)).status).toBe(404);
    } finally {
      await close();
    }
  });

  it("answers 401 without the right token, and the page with it (Bearer, or Basic with the token as password)", async () => {
    const { app, close } = await server({ ORDERBRIDGE_REPORT_TOKEN: token });
    try {
      const none = await get(app, "?since=2024-04-01&until=2024-05-01");
      expect(none.status).toBe(401);
      expect(none.headers.get("www-authenticate")).toMatch(
        /^Bearer realm="orderbridge report".*Basic realm=/,
      );
      expect((await get(app, "", `Bearer ${token}x`)).status).toBe(401);
      expect((await get(app, "", "Bearer")).status).toBe(401);
      expect(
        (await get(app, "", `Basic ${Buffer.from(`finance:${token.slice(1)}`).toString("base64")}`)).status,
      ).toBe(401);

      const bearer = await get(app, "?since=2024-04-01&until=2024-05-01", `Bearer ${token}`);
      expect(bearer.status).toBe(200);
      expect(bearer.headers.get("content-type")).toMatch(/^text\/html/);
      expect(bearer.headers.get("cache-control")).toBe("no-store");
      const page = await bearer.text();
      expect(page).toContain('<span class="period">2024-04-01 – 2024-04-30</span>');
      expect(page).toContain("<code>the test store</code>");
      expect(externalReferences(page)).toEqual([]);
      // The same page the command writes, but for the time it was made.
      const out = path.join(fixture.dir, "same.html");
      await run(["report", "--db", fixture.db, "--out", out, "--since", APRIL.since, "--until", APRIL.until]);
      // Every figure is between <main> and the "About" section (which names the time and the store).
      const figures = (text: string) =>
        text.slice(text.indexOf("<main>"), text.indexOf('<section id="about">'));
      expect(figures(page).length).toBeGreaterThan(10_000);
      expect(figures(page)).toEqual(figures(readFileSync(out, "utf8")));

      const basic = await get(
        app,
        "?since=2024-04-01&until=2024-05-01&vendor=baifude",
        `Basic ${Buffer.from(`finance:${token}`).toString("base64")}`,
      );
      expect(basic.status).toBe(200);
      expect(await basic.text()).toContain("vendor baifude");

      const bad = await get(app, "?since=yesterday", `Bearer ${token}`);
      expect(bad.status).toBe(400);
      expect(await bad.text()).toMatch(/^since=yesterday: .*date alone/);
      expect((await get(app, "?kind=tea", `Bearer ${token}`)).status).toBe(400);
    } finally {
      await close();
    }
    const log = lines.join("");
    expect(log).toContain('"route":"/report","status":401');
    expect(log).toContain('"route":"/report","status":200');
    expect(log).not.toContain(token);
    expect(log).not.toContain(token.slice(1));
  });

  it("mounts on any Hono app (the worker's too), and not at all without a token", async () => {
    const store = await openStore(fixture.db, { readOnly: true });
    try {
      const off = new Hono();
      mountReport(off, { store, token: "  " });
      expect((await off.fetch(new Request("http://localhost/report"))).status).toBe(404);
      const on = new Hono();
      mountReport(on, { store, token, now: () => new Date("2024-05-02T00:00:00+08:00") });
      const page = await (
        await on.fetch(
          new Request("http://localhost/report", { headers: { authorization: `Bearer ${token}` } }),
        )
      ).text();
      expect(page).toContain('<span class="period">2024-04-01 – 2024-04-30</span>');
    } finally {
      await store.close();
    }
  });
});

// Written by a test only to check the folder case above; nothing else writes into the repository.
void writeFile;
