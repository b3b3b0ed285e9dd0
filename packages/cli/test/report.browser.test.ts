import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { StoredOrder } from "@orderbridge/store";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "./support/io.js";
import {
  APRIL,
  APRIL_SINCE,
  APRIL_UNTIL,
  beijingDay,
  fenOf,
  type ReportStore,
  reportStore,
} from "./support/report-store.js";

/**
 * The report rendered by a real browser: Debian's Chromium (`apt-get install chromium`; `.ci/run` installs
 * it), driven by playwright-core — no browser is downloaded. The network is cut: every request that is not
 * the report file itself is aborted and recorded, and the test asserts there was none. Figures are read
 * from the rendered page as text and compared with sums made here from the stored orders.
 */
const CHROMIUM = process.env["ORDERBRIDGE_CHROMIUM"] ?? "/usr/bin/chromium";
// The flags a closed machine needs: without the background-networking ones Chromium keeps trying to reach
// Google's hosts at start.
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];
/** Where the run leaves its screenshots and PDF (ignored by git). */
const OUTPUT = path.resolve(import.meta.dirname, "../test-output");

let fixture: ReportStore;
let browser: Browser;
let file: string;
let fileUrl: string;
const attempted: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: the report's browser test needs Debian's chromium package ` +
        "(apt-get install -y chromium; .ci/run installs it), or ORDERBRIDGE_CHROMIUM pointing at a Chromium binary",
    );
  }
  fixture = await reportStore();
  file = path.join(fixture.dir, "april.html");
  fileUrl = pathToFileURL(file).href;
  const written = await run([
    "report",
    "--db",
    fixture.db,
    "--out",
    file,
    "--since",
    APRIL.since,
    "--until",
    APRIL.until,
  ]);
  if (written.status !== 0)
    throw new Error(`orderbridge report failed (${written.status}): ${written.stderr}`);
  await mkdir(OUTPUT, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, timeout: 120_000 });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await fixture?.close();
});

/** A page on the report with every other request aborted (and recorded). */
async function openReport(options: { width?: number; javaScript?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScript ?? true,
    serviceWorkers: "block",
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url === fileUrl) return route.continue();
    attempted.push(url);
    return route.abort("blockedbyclient");
  });
  context.on("request", (request) => {
    if (request.url() !== fileUrl) attempted.push(request.url());
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(fileUrl, { waitUntil: "load", timeout: 120_000 });
  if (options.javaScript ?? true) {
    // Readiness, not a clock: the page's own script marks the document once its charts are drawn.
    await page.waitForSelector("html[data-ready]", { timeout: 120_000 });
    expect(errors).toEqual([]);
  }
  return page;
}

/** The text of every cell of a table's body rows, by `data-col`, keyed by the row's `data-row`. */
async function tableRows(page: Page, id: string): Promise<Map<string, Record<string, string>>> {
  // Plain browser-side code as text: the tests are compiled without the DOM's types.
  const rows = (await page.evaluate(`Array.from(document.querySelectorAll(${JSON.stringify(
    `#${id} tbody tr, #${id} tfoot tr`,
  )})).map((tr) => ({
    key: tr.getAttribute("data-row") || "",
    cells: Object.fromEntries(Array.from(tr.querySelectorAll("[data-col]")).map((cell) =>
      [cell.getAttribute("data-col"), (cell.textContent || "").trim()])),
  }))`)) as { key: string; cells: Record<string, string> }[];
  return new Map(rows.map((row) => [row.key, row.cells as Record<string, string>]));
}

/** The April orders that count a sale (no `duplicateOf`), from the stored orders. */
function counted(): StoredOrder[] {
  return fixture.orders.filter(
    (o) => Date.parse(o.createdAt) >= APRIL_SINCE && Date.parse(o.createdAt) < APRIL_UNTIL && !o.duplicateOf,
  );
}

const sum = (orders: readonly StoredOrder[], pick: (o: StoredOrder) => number) =>
  orders.reduce((s, o) => s + pick(o), 0);
const succeeded = (flows: readonly { amount: number; status: string }[]) =>
  flows.filter((f) => f.status === "succeeded").reduce((s, f) => s + f.amount, 0);

describe("the report in headless Chromium, network cut", () => {
  it("renders its charts and shows totals per vendor and kind equal to sums of the stored orders", async () => {
    const page = await openReport();
    expect(await page.getAttribute("html", "data-ready")).toBe("yes");
    expect(await page.getAttribute("html", "data-charts")).toBe("2");
    expect(await page.locator("figure.chart canvas").count()).toBeGreaterThanOrEqual(2);

    const orders = counted();
    const vendors = await tableRows(page, "totals-by-vendor");
    const byVendor = new Map<string, StoredOrder[]>();
    for (const o of orders) byVendor.set(o.vendor, [...(byVendor.get(o.vendor) ?? []), o]);
    expect(byVendor.size).toBe(3);
    for (const [vendor, mine] of byVendor) {
      const row = vendors.get(vendor)!;
      expect(Number(row["orders"]!.replace(/,/g, "")), vendor).toBe(mine.length);
      expect(fenOf(row["paid"]!), vendor).toBe(sum(mine, (o) => o.paidAmount));
      expect(fenOf(row["refunded"]!), vendor).toBe(sum(mine, (o) => o.refundedAmount));
      expect(fenOf(row["net"]!), vendor).toBe(sum(mine, (o) => o.paidAmount - o.refundedAmount));
    }
    const all = vendors.get("all")!;
    expect(fenOf(all["paid"]!)).toBe(sum(orders, (o) => o.paidAmount));
    expect(Number(all["orders"]!.replace(/,/g, ""))).toBe(orders.length);

    const kinds = await tableRows(page, "totals-by-kind");
    const keys = [...new Set(orders.map((o) => `${o.vendor}/${o.kind}`))].sort();
    expect([...kinds.keys()].sort()).toEqual(keys);
    for (const key of keys) {
      const mine = orders.filter((o) => `${o.vendor}/${o.kind}` === key);
      expect(fenOf(kinds.get(key)!["paid"]!), key).toBe(sum(mine, (o) => o.paidAmount));
      expect(fenOf(kinds.get(key)!["refunded"]!), key).toBe(sum(mine, (o) => o.refundedAmount));
    }
    await page.screenshot({ path: path.join(OUTPUT, "report.png"), fullPage: true });
    expect(attempted).toEqual([]);
  });

  it("shows each Beijing day's paid and refunded per vendor, the payment methods, the top stores and the reconciliation as the orders add up", async () => {
    const page = await openReport();
    const orders = counted();

    const daily = await tableRows(page, "daily-table");
    const days = new Map<string, { orders: number; paid: number; refunded: number }>();
    for (const o of orders) {
      const key = `${beijingDay(o.createdAt)}/${o.vendor}`;
      const row = days.get(key) ?? { orders: 0, paid: 0, refunded: 0 };
      row.orders++;
      row.paid += o.paidAmount;
      row.refunded += o.refundedAmount;
      days.set(key, row);
    }
    expect([...daily.keys()].sort()).toEqual([...days.keys()].sort());
    for (const [key, row] of days) {
      const cells = daily.get(key)!;
      expect(Number(cells["orders"]), key).toBe(row.orders);
      expect(fenOf(cells["paid"]!), key).toBe(row.paid);
      expect(fenOf(cells["refunded"]!), key).toBe(row.refunded);
    }

    const methods = await tableRows(page, "methods-table");
    const byMethod = new Map<string, number>();
    for (const o of orders)
      for (const p of o.payments)
        if (p.status === "succeeded")
          byMethod.set(`${o.vendor}/${p.method}`, (byMethod.get(`${o.vendor}/${p.method}`) ?? 0) + p.amount);
    for (const [key, amount] of byMethod) expect(fenOf(methods.get(key)!["amount"]!), key).toBe(amount);
    expect(methods.size - 1).toBe(byMethod.size); // and the footer row

    const stores = await tableRows(page, "stores-table");
    const net = new Map<string, number>();
    for (const o of orders) {
      const key = `${o.vendor}/${o.store?.id ?? ""}`;
      net.set(key, (net.get(key) ?? 0) + o.paidAmount - o.refundedAmount);
    }
    const best = Math.max(...net.values());
    const first = [...stores.values()][0]!;
    expect(fenOf(first["net"]!)).toBe(best);
    for (const [key, cells] of stores) expect(fenOf(cells["net"]!), key).toBe(net.get(key));

    const amounts = await tableRows(page, "amounts-table");
    for (const vendor of ["yopoint", "baifude", "yikayi"]) {
      const mine = orders.filter((o) => o.vendor === vendor);
      const cells = amounts.get(vendor)!;
      expect(fenOf(cells["paid"]!), vendor).toBe(sum(mine, (o) => o.paidAmount));
      expect(fenOf(cells["payments"]!), vendor).toBe(sum(mine, (o) => succeeded(o.payments)));
      expect(fenOf(cells["refunded"]!), vendor).toBe(sum(mine, (o) => o.refundedAmount));
      expect(fenOf(cells["refunds"]!), vendor).toBe(sum(mine, (o) => succeeded(o.refunds)));
      expect(Number(cells["disagreeing"]), vendor).toBe(
        mine.filter(
          (o) => o.paidAmount !== succeeded(o.payments) || o.refundedAmount !== succeeded(o.refunds),
        ).length,
      );
    }

    // Baifude's statement against the pay orders paid in April: both sides equal, nothing missing.
    const paid = fixture.orders.filter(
      (o) =>
        o.vendor === "baifude" &&
        o.paidAt &&
        Date.parse(o.paidAt) >= APRIL_SINCE &&
        Date.parse(o.paidAt) < APRIL_UNTIL,
    );
    const statement = await tableRows(page, "statement-baifude-welfare_mall");
    expect(Number(statement.get("statement")!["orders"])).toBe(paid.length);
    expect(fenOf(statement.get("statement")!["amount"]!)).toBe(sum(paid, (o) => o.totalAmount));
    expect(Number(statement.get("stored")!["orders"])).toBe(paid.length);
    expect(fenOf(statement.get("difference")!["amount"]!)).toBe(0);

    // The late refund written after April closed is the one change listed.
    expect(await page.textContent("[data-figure=changes]")).toBe("1 change(s) to 1 order(s).");
    expect(attempted).toEqual([]);
  });

  it("sorts a table by a click on its header, without a framework", async () => {
    const page = await openReport();
    const column = async () =>
      (
        await page.$$eval("#daily-table tbody td[data-col=paid]", (cells) =>
          cells.map((c) => c.textContent ?? ""),
        )
      ).map(fenOf);
    const header = page.locator("#daily-table thead th", { hasText: "Paid" });
    await header.click();
    const ascending = await column();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await header.click();
    const descending = await column();
    expect(descending).toEqual([...ascending].sort((a, b) => b - a));
    expect(await header.getAttribute("aria-sort")).toBe("descending");
  });

  it("reads in a narrow window and in print, and shows every figure without script", async () => {
    const narrow = await openReport({ width: 390 });
    const widths = await narrow.$$eval("figure.chart canvas", (canvases) =>
      canvases.map((c) => c.getBoundingClientRect().width),
    );
    for (const width of widths) expect(width).toBeLessThanOrEqual(390);
    // The page itself does not scroll sideways: wide tables scroll in their own box.
    expect(await narrow.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
    await narrow.screenshot({ path: path.join(OUTPUT, "report-narrow.png"), fullPage: true });

    const print = await openReport();
    await print.emulateMedia({ media: "print" });
    expect(await print.locator("nav").isVisible()).toBe(false);
    await print.pdf({ path: path.join(OUTPUT, "report.pdf"), format: "A4" });

    const plain = await openReport({ javaScript: false });
    expect(await plain.getAttribute("html", "data-ready")).toBeNull();
    expect(await plain.locator("canvas").count()).toBe(0);
    const vendors = await tableRows(plain, "totals-by-vendor");
    expect(fenOf(vendors.get("all")!["paid"]!)).toBe(sum(counted(), (o) => o.paidAmount));
    expect(attempted).toEqual([]);
  });
});
