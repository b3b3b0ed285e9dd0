import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { StatementDifference } from "@orderbridge/store";
import type { ReportData } from "./data.js";
import { count, html, scriptJson, yuan } from "./format.js";
import { beijingDate, beijingTime, describePeriod } from "./period.js";

/**
 * The report as ONE self-contained HTML file: styles, scripts and the chart library inlined, no font, image
 * or link that points anywhere (a Content-Security-Policy of `default-src 'none'` forbids the page any
 * request at all). Every figure is in an HTML table, so the page reads (and prints) the same without
 * script; the charts (uPlot, drawn from a small JSON block of daily aggregates) are an addition, and the
 * tables sort on a click of their header (a few lines of inline script).
 */
export function renderReport(data: ReportData): string {
  const period = describePeriod({ since: new Date(data.since), until: new Date(data.until) });
  const sections = [
    totalsSection(data),
    dailySection(data),
    methodsSection(data),
    storesSection(data),
    reconciliationSection(data),
    statementSection(data),
    problemsSection(data),
    changesSection(data),
    aboutSection(data),
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="orderbridge ${html(data.version)}">
<title>orderbridge report ${html(period)}</title>
<style>${uplotCss()}
${STYLE}</style>
</head>
<body>
<header>
<h1>Orders report <span class="period">${html(period)}</span></h1>
<p class="lead">${html(scopeLine(data))} · money in yuan (¥) · days are Beijing dates · made ${html(beijingTime(data.generatedAt))} (Beijing time) from <code>${html(data.source)}</code></p>
<nav><a href="#totals">Totals</a> <a href="#daily">Daily</a> <a href="#methods">Payment methods</a> <a href="#stores">Stores</a> <a href="#reconciliation">Reconciliation</a> <a href="#statements">Statements</a> <a href="#problems">Failed records and notes</a> <a href="#changes">Changes</a> <a href="#about">About</a></nav>
</header>
<main>
${sections.join("\n")}
</main>
<script type="application/json" id="chart-data">${scriptJson(chartData(data))}</script>
<script>${uplotJs()}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function scopeLine(data: ReportData): string {
  const parts = ["Orders created in the period"];
  if (data.vendor) parts.push(`vendor ${data.vendor}`);
  if (data.kind) parts.push(`kind ${data.kind.join(", ")}`);
  return parts.join(", ");
}

const money = (fen: number, col: string) => `<td class="num" data-col="${col}">${yuan(fen)}</td>`;
const number = (n: number, col: string) => `<td class="num" data-col="${col}">${count(n)}</td>`;
const text = (value: string | null | undefined, col: string) =>
  `<td data-col="${col}">${html(value ?? "")}</td>`;
const th = (label: string, numeric = false) =>
  `<th scope="col"${numeric ? ' class="num"' : ""}>${label}</th>`;

function table(id: string, head: string[], rows: string[], foot?: string, caption?: string): string {
  return `<div class="scroll"><table class="sortable" id="${id}">${caption ? `<caption>${caption}</caption>` : ""}
<thead><tr>${head.join("")}</tr></thead>
<tbody>
${rows.join("\n")}
</tbody>${foot ? `\n<tfoot>${foot}</tfoot>` : ""}
</table></div>`;
}

const none = (what: string) => `<p class="none">${what}</p>`;

function totalsSection(data: ReportData): string {
  const rows = data.totals.map(
    (t) =>
      `<tr data-row="${html(t.vendor)}/${html(t.kind)}">${text(t.vendor, "vendor")}${text(t.kind, "kind")}${number(t.orders, "orders")}${money(t.paid, "paid")}${money(t.refunded, "refunded")}${money(t.paid - t.refunded, "net")}${number(t.duplicates, "duplicates")}</tr>`,
  );
  const vendors = [...new Set(data.totals.map((t) => t.vendor))];
  const sum = (rows: typeof data.totals) => ({
    orders: rows.reduce((s, t) => s + t.orders, 0),
    paid: rows.reduce((s, t) => s + t.paid, 0),
    refunded: rows.reduce((s, t) => s + t.refunded, 0),
    duplicates: rows.reduce((s, t) => s + t.duplicates, 0),
  });
  const vendorRows = vendors.map((vendor) => {
    const s = sum(data.totals.filter((t) => t.vendor === vendor));
    return `<tr data-row="${html(vendor)}">${text(vendor, "vendor")}${number(s.orders, "orders")}${money(s.paid, "paid")}${money(s.refunded, "refunded")}${money(s.paid - s.refunded, "net")}${number(s.duplicates, "duplicates")}</tr>`;
  });
  const all = sum(data.totals);
  const foot = `<tr data-row="all"><th scope="row">All vendors</th>${number(all.orders, "orders")}${money(all.paid, "paid")}${money(all.refunded, "refunded")}${money(all.paid - all.refunded, "net")}${number(all.duplicates, "duplicates")}</tr>`;
  return `<section id="totals">
<h2>Totals</h2>
<p class="help">Each sale counted once: an order that records a sale another order already counts (it carries <code>duplicateOf</code>, e.g. a 1card1 goods order approved into a till sale) is left out of the figures and counted under “duplicates”. Net = paid − refunded.</p>
${
  data.totals.length === 0
    ? none("No orders were created in this period.")
    : `${table(
        "totals-by-vendor",
        [
          th("Vendor"),
          th("Orders", true),
          th("Paid ¥", true),
          th("Refunded ¥", true),
          th("Net ¥", true),
          th("Duplicates", true),
        ],
        vendorRows,
        foot,
        "Per vendor",
      )}
${table(
  "totals-by-kind",
  [
    th("Vendor"),
    th("Kind"),
    th("Orders", true),
    th("Paid ¥", true),
    th("Refunded ¥", true),
    th("Net ¥", true),
    th("Duplicates", true),
  ],
  rows,
  undefined,
  "Per vendor and kind of sale",
)}`
}
</section>`;
}

function dailySection(data: ReportData): string {
  const rows = data.daily.map(
    (d) =>
      `<tr data-row="${d.day}/${html(d.vendor)}">${text(d.day, "day")}${text(d.vendor, "vendor")}${number(d.orders, "orders")}${money(d.paid, "paid")}${money(d.refunded, "refunded")}${money(d.paid - d.refunded, "net")}</tr>`,
  );
  return `<section id="daily">
<h2>Paid and refunded per day</h2>
<figure class="chart" data-chart="daily" aria-label="Paid and refunded per day and vendor, in yuan"><figcaption>Paid (solid) and refunded (dashed) per day and vendor, ¥. The same figures are in the table below.</figcaption></figure>
${data.daily.length === 0 ? none("No orders in this period.") : table("daily-table", [th("Day"), th("Vendor"), th("Orders", true), th("Paid ¥", true), th("Refunded ¥", true), th("Net ¥", true)], rows)}
</section>`;
}

function methodsSection(data: ReportData): string {
  const totals = new Map<string, { vendor: string; method: string; payments: number; amount: number }>();
  for (const m of data.methods) {
    const key = `${m.vendor}\u0000${m.method}`;
    const row = totals.get(key) ?? { vendor: m.vendor, method: m.method, payments: 0, amount: 0 };
    row.payments += m.payments;
    row.amount += m.amount;
    totals.set(key, row);
  }
  const rows = [...totals.values()].map(
    (m) =>
      `<tr data-row="${html(m.vendor)}/${html(m.method)}">${text(m.vendor, "vendor")}${text(m.method, "method")}${number(m.payments, "payments")}${money(m.amount, "amount")}</tr>`,
  );
  const all = [...totals.values()].reduce((s, m) => s + m.amount, 0);
  const foot = `<tr data-row="all"><th scope="row" colspan="3">All methods</th>${money(all, "amount")}</tr>`;
  return `<section id="methods">
<h2>Payment methods</h2>
<p class="help">Succeeded payments of the period's orders, by the normalized method (points and cards at the money they stood for).</p>
<figure class="chart" data-chart="methods" aria-label="Succeeded payments per day and method, in yuan"><figcaption>Succeeded payments per day and method, ¥ (all vendors). The totals are in the table below.</figcaption></figure>
${rows.length === 0 ? none("No succeeded payments in this period.") : table("methods-table", [th("Vendor"), th("Method"), th("Payments", true), th("Amount ¥", true)], rows, foot)}
</section>`;
}

function storesSection(data: ReportData): string {
  const rows = data.stores.map(
    (s, i) =>
      `<tr data-row="${html(s.vendor)}/${html(s.storeId ?? "")}">${number(i + 1, "rank")}${text(s.vendor, "vendor")}${text(s.storeId ?? "(no store)", "store")}${text(s.storeName, "name")}${number(s.orders, "orders")}${money(s.paid, "paid")}${money(s.refunded, "refunded")}${money(s.paid - s.refunded, "net")}</tr>`,
  );
  return `<section id="stores">
<h2>Top stores by net</h2>
<p class="help">The ${data.topStoresLimit} stores (cabinets, machines, shops) with the highest net in the period; orders without a store count as one row.</p>
${rows.length === 0 ? none("No orders in this period.") : table("stores-table", [th("#", true), th("Vendor"), th("Store"), th("Name"), th("Orders", true), th("Paid ¥", true), th("Refunded ¥", true), th("Net ¥", true)], rows)}
</section>`;
}

function reconciliationSection(data: ReportData): string {
  const rows = data.amounts.vendors.map(
    (v) =>
      `<tr data-row="${html(v.vendor)}" class="${v.paid !== v.payments || v.refunded !== v.refunds ? "differs" : ""}">${text(v.vendor, "vendor")}${number(v.orders, "orders")}${money(v.paid, "paid")}${money(v.payments, "payments")}${money(v.paid - v.payments, "paid-difference")}${money(v.refunded, "refunded")}${money(v.refunds, "refunds")}${money(v.refunded - v.refunds, "refunded-difference")}${number(v.disagreeing, "disagreeing")}</tr>`,
  );
  const listed = data.amounts.disagreeing.map(
    (o) =>
      `<tr data-row="${html(o.id)}">${text(o.id, "order")}${text(o.kind, "kind")}${text(beijingDate(o.createdAt), "created")}${money(o.paid, "paid")}${money(o.payments, "payments")}${money(o.refunded, "refunded")}${money(o.refunds, "refunds")}</tr>`,
  );
  const total = data.amounts.vendors.reduce((s, v) => s + v.disagreeing, 0);
  return `<section id="reconciliation">
<h2>Reconciliation: amounts against payments and refunds</h2>
<p class="help">For each vendor, the orders' paid amounts against the sum of their succeeded payments, and their refunded amounts against the sum of their succeeded refunds. An order whose figures disagree was stored anyway, with an <code>amounts_disagree</code> note.</p>
${rows.length === 0 ? none("No orders in this period.") : table("amounts-table", [th("Vendor"), th("Orders", true), th("Paid ¥", true), th("Payments ¥", true), th("Difference ¥", true), th("Refunded ¥", true), th("Refunds ¥", true), th("Difference ¥", true), th("Orders that disagree", true)], rows)}
${
  total === 0
    ? ""
    : `<h3>Orders whose amounts disagree (${count(total)}${total > listed.length ? `, the first ${listed.length} by creation time` : ""})</h3>
${table("disagreeing-table", [th("Order"), th("Kind"), th("Created"), th("Paid ¥", true), th("Payments ¥", true), th("Refunded ¥", true), th("Refunds ¥", true)], listed)}`
}
</section>`;
}

function differenceTable(id: string, rows: StatementDifference[], total: number, title: string): string {
  if (total === 0) return "";
  const body = rows.map(
    (r) =>
      `<tr data-row="${html(r.orderId)}">${text(r.orderId, "order")}${text(r.reference, "reference")}${text(beijingTime(r.paidAt), "paid-at")}<td class="num" data-col="statement">${r.statementAmount === null ? "—" : yuan(r.statementAmount)}</td><td class="num" data-col="stored">${r.storedAmount === null ? "—" : yuan(r.storedAmount)}</td></tr>`,
  );
  return `<h4>${title} (${count(total)}${total > rows.length ? `, the first ${rows.length}` : ""})</h4>
${table(id, [th("Order"), th("Statement reference"), th("Paid at (Beijing)"), th("Statement ¥", true), th("Stored ¥", true)], body)}`;
}

function statementSection(data: ReportData): string {
  const parts = data.statements.map((s) => {
    const key = `${s.vendor}-${s.kind}`;
    const covered = s.covered.map((w) =>
      describePeriod({ since: new Date(w.since), until: new Date(w.until) }),
    );
    const rows = [
      `<tr data-row="statement"><th scope="row">The vendor's statement</th>${number(s.statement.entries, "orders")}${money(s.statement.amount, "amount")}</tr>`,
      `<tr data-row="stored"><th scope="row">Stored, paid in the covered time</th>${number(s.stored.orders, "orders")}${money(s.stored.amount, "amount")}</tr>`,
      `<tr data-row="difference"><th scope="row">Difference</th>${number(s.statement.entries - s.stored.orders, "orders")}${money(s.statement.amount - s.stored.amount, "amount")}</tr>`,
      `<tr data-row="not-covered"><th scope="row">Stored, paid when no statement was read (not compared)</th>${number(s.notCovered.orders, "orders")}${money(s.notCovered.amount, "amount")}</tr>`,
    ];
    return `<h3>${html(s.vendor)} ${html(s.kind)}</h3>
<p class="help">Statement read for: ${covered.length ? html(covered.join("; ")) : "none of the period"}.${s.statement.withoutAmount ? ` ${count(s.statement.withoutAmount)} statement entries had no readable amount.` : ""}</p>
<div class="scroll"><table id="statement-${html(key)}"><thead><tr>${th("")}${th("Orders", true)}${th("Amount ¥", true)}</tr></thead><tbody>
${rows.join("\n")}
</tbody></table></div>
${s.counts.missingFromStore + s.counts.missingFromStatement + s.counts.amountsDiffer === 0 ? '<p class="ok">Every order on either side is on the other, with the same amount.</p>' : ""}
${differenceTable(`missing-from-store-${html(key)}`, s.missingFromStore, s.counts.missingFromStore, "On the statement, not stored")}
${differenceTable(`missing-from-statement-${html(key)}`, s.missingFromStatement, s.counts.missingFromStatement, "Stored, not on the statement")}
${differenceTable(`amounts-differ-${html(key)}`, s.amountsDiffer, s.counts.amountsDiffer, "On both, with different amounts")}`;
  });
  return `<section id="statements">
<h2>Vendor statements</h2>
<p class="help">Baifude's settlement statement (4.3 查询对账单), as the sync read it for each window, against the stored pay orders PAID in the period (a statement lists payments): its entries and their amounts against the stored orders' count and total amount. Only the time a statement was read for is compared.</p>
${parts.length === 0 ? none("No vendor statement was recorded for this period (a sync of Baifude records one per window).") : parts.join("\n")}
</section>`;
}

function problemsSection(data: ReportData): string {
  const failed = data.failed.map(
    (f) =>
      `<tr>${text(f.vendor, "vendor")}${text(f.kind, "kind")}${text(f.field, "field")}${text(`${f.errorName}: ${f.errorMessage}`, "error")}${number(f.count, "records")}${text(f.sampleVendorOrderIds.join(", "), "samples")}</tr>`,
  );
  const notes = data.notes.map(
    (n) =>
      `<tr data-row="${html(n.vendor)}/${html(n.kind)}/${html(n.code)}/${html(n.field ?? "")}">${text(n.vendor, "vendor")}${text(n.kind, "kind")}${text(n.code, "code")}${text(n.field, "field")}${number(n.count, "notes")}${number(n.orders, "orders")}</tr>`,
  );
  const failedTotal = data.failed.reduce((s, f) => s + f.count, 0);
  return `<section id="problems">
<h2>Failed records and drift notes</h2>
<h3>Failed records (${count(failedTotal)})</h3>
<p class="help">Vendor records that could not become an order: every one still unresolved (a failed record has no sale date until it is stored), grouped by reason. <code>orderbridge failed</code> lists them; <code>orderbridge replay</code> tries them again.</p>
${failed.length === 0 ? none("None.") : table("failed-table", [th("Vendor"), th("Kind"), th("Field"), th("Error"), th("Records", true), th("Sample order ids")], failed)}
<h3>Notes on the period's orders</h3>
<p class="help">Drift in the vendors' data (a field missing or unexpected, an unknown code) and amounts that looked wrong: the orders were stored, with these notes.</p>
${notes.length === 0 ? none("None.") : table("notes-table", [th("Vendor"), th("Kind"), th("Code"), th("Field"), th("Notes", true), th("Orders", true)], notes)}
</section>`;
}

function changesSection(data: ReportData): string {
  const c = data.changes;
  const byField = c.byField.map(
    (f) =>
      `<tr data-row="${html(f.vendor)}/${html(f.kind)}/${html(f.field)}">${text(f.vendor, "vendor")}${text(f.kind, "kind")}${text(f.field, "field")}${number(f.changes, "changes")}${number(f.orders, "orders")}</tr>`,
  );
  const show = (value: unknown) =>
    typeof value === "number" ? yuan(value) : value === null || value === undefined ? "—" : String(value);
  const latest = c.latest.map((change) => {
    const fields = change.fields
      .map((field) => {
        const money = ["totalAmount", "paidAmount", "refundedAmount"].includes(field);
        const before = change.before[field];
        const after = change.after[field];
        return `${field}: ${money ? show(before) : String(before ?? "—")} → ${money ? show(after) : String(after ?? "—")}`;
      })
      .join("; ");
    return `<tr>${text(beijingTime(change.changedAt), "changed")}${text(change.orderId, "order")}${text(beijingDate(change.orderCreatedAt), "created")}${text(fields, "fields")}</tr>`;
  });
  return `<section id="changes">
<h2>Changes since ${html(beijingTime(data.changesSince))}</h2>
<p class="help">Orders of the period whose money or status changed in the store at or after ${html(beijingTime(data.changesSince))} (Beijing time${data.changesSince === data.until ? ", the end of the period: what changed after it closed" : ""}) — late refunds, cancellations, corrections. Amounts in ¥.</p>
<p data-figure="changes">${count(c.changes)} change(s) to ${count(c.orders)} order(s).</p>
${byField.length === 0 ? "" : table("changes-table", [th("Vendor"), th("Kind"), th("Field"), th("Changes", true), th("Orders", true)], byField)}
${latest.length === 0 ? "" : `<h3>Latest changes${c.changes > latest.length ? ` (the last ${latest.length})` : ""}</h3>\n${table("latest-changes", [th("Changed (Beijing)"), th("Order"), th("Created"), th("What changed")], latest)}`}
</section>`;
}

function aboutSection(data: ReportData): string {
  const streams = data.streams.map((s) => {
    const run = s.lastRun;
    return `<tr>${text(s.vendor, "vendor")}${text(s.account, "account")}${text(s.kind, "kind")}${text(run ? beijingTime(run.finishedAt) : "never", "last-run")}${text(run ? run.result : "", "result")}${text(s.checkpoint ? beijingTime(s.checkpoint.highWaterMark) : "—", "checkpoint")}${number(s.storedOrders, "orders")}${number(s.failedRecords, "failed")}</tr>`;
  });
  return `<section id="about">
<h2>About this report</h2>
<dl>
<dt>Made</dt><dd>${html(beijingTime(data.generatedAt))} (Beijing time) by orderbridge ${html(data.version)}</dd>
<dt>From</dt><dd><code>${html(data.source)}</code></dd>
<dt>Period</dt><dd>${html(beijingTime(data.since))} – ${html(beijingTime(data.until))} (Beijing time; orders by creation time)</dd>
${data.vendor ? `<dt>Vendor</dt><dd>${html(data.vendor)}</dd>` : ""}${data.kind ? `<dt>Kinds</dt><dd>${html(data.kind.join(", "))}</dd>` : ""}
</dl>
<h3>Last sync per account and stream</h3>
${streams.length === 0 ? none("No sync has run on this store.") : table("streams-table", [th("Vendor"), th("Account"), th("Kind"), th("Last run (Beijing)"), th("Result"), th("Synced up to"), th("Stored orders", true), th("Failed records", true)], streams)}
</section>`;
}

/** The daily aggregates the charts draw (yuan as numbers: for drawing only; the tables carry the exact text). */
function chartData(data: ReportData) {
  const days: string[] = [];
  const first = beijingDate(data.since);
  const last = beijingDate(new Date(Date.parse(data.until) - 1));
  for (let day = first; day <= last && days.length < 3700; ) {
    days.push(day);
    day = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  }
  const index = new Map(days.map((d, i) => [d, i]));
  const vendors = [...new Set(data.daily.map((d) => d.vendor))];
  const daily = vendors.flatMap((vendor) => {
    const paid = new Array<number>(days.length).fill(0);
    const refunded = new Array<number>(days.length).fill(0);
    for (const d of data.daily) {
      const i = index.get(d.day);
      if (d.vendor !== vendor || i === undefined) continue;
      paid[i] = d.paid / 100;
      refunded[i] = d.refunded / 100;
    }
    return [
      { label: `${vendor} paid`, vendor, dashed: false, values: paid },
      { label: `${vendor} refunded`, vendor, dashed: true, values: refunded },
    ];
  });
  const methodNames = [...new Set(data.methods.map((m) => m.method))].sort();
  const methods = methodNames.map((method) => {
    const fen = new Array<number>(days.length).fill(0);
    for (const m of data.methods) {
      const i = index.get(m.day);
      if (m.method === method && i !== undefined) fen[i]! += m.amount;
    }
    return { label: method, values: fen.map((f) => f / 100) };
  });
  return { days, daily, methods };
}

const require = createRequire(import.meta.url);
let uplot: { js: string; css: string } | undefined;

/** uPlot's browser build and stylesheet, read once, with the banner comment (a URL) left out. */
function uplotAssets(): { js: string; css: string } {
  if (!uplot) {
    const js = readFileSync(require.resolve("uplot/dist/uPlot.iife.min.js"), "utf8").replace(
      /^\/\*![^*]*\*\/\s*/,
      "",
    );
    const css = readFileSync(require.resolve("uplot/dist/uPlot.min.css"), "utf8");
    const version = (require("uplot/package.json") as { version: string }).version;
    uplot = {
      js: `/* uPlot ${version}, MIT License, Copyright (c) 2022 Leon Sorokin */\n${js.replace(/<\/script/gi, "<\\/script")}`,
      css,
    };
  }
  return uplot;
}
const uplotJs = () => uplotAssets().js;
const uplotCss = () => uplotAssets().css;

const STYLE = `
:root { --ink: #1b1f24; --muted: #5b6470; --line: #d7dce2; --band: #f4f6f8; --bad: #b42318; --good: #067647; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 16px; color: var(--ink); background: #fff;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
h1 { font-size: 1.5rem; margin: 0 0 4px; } h1 .period { font-weight: 400; color: var(--muted); }
h2 { font-size: 1.2rem; margin: 28px 0 6px; padding-top: 8px; border-top: 2px solid var(--ink); }
h3 { font-size: 1rem; margin: 18px 0 6px; } h4 { font-size: .95rem; margin: 12px 0 4px; }
.lead, .help, .none, figcaption { color: var(--muted); } .help { margin: 4px 0 8px; max-width: 75ch; }
.ok { color: var(--good); }
nav { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 8px 0; font-size: .9rem; }
nav a { color: inherit; }
code { font-size: .9em; overflow-wrap: anywhere; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; margin: 4px 0 12px; min-width: 50%; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { padding: 3px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { background: var(--band); position: sticky; top: 0; cursor: pointer; white-space: nowrap; user-select: none; }
thead th[aria-sort="ascending"]::after { content: " ▲"; } thead th[aria-sort="descending"]::after { content: " ▼"; }
tfoot th, tfoot td { font-weight: 600; border-top: 2px solid var(--ink); }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.differs td { color: var(--bad); }
figure.chart { margin: 8px 0 12px; min-height: 40px; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; } dt { font-weight: 600; } dd { margin: 0; }
@media (max-width: 640px) {
  body { padding: 8px; font-size: 13px; } th, td { padding: 2px 5px; } h1 { font-size: 1.2rem; }
  dl { grid-template-columns: 1fr; }
}
@media print {
  @page { size: A4; margin: 12mm; }
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  nav { display: none; }
  thead th { position: static; background: none; border-bottom: 1.5px solid var(--ink); }
  thead th::after { content: "" !important; }
  .scroll { overflow: visible; }
  table { min-width: 0; width: 100%; }
  tr, figure.chart, h2, h3, h4 { break-inside: avoid; } h2, h3, h4 { break-after: avoid; }
  .u-legend { font-size: 8pt; }
  a { color: inherit; text-decoration: none; }
}
`;

/** Charts (uPlot) and sortable tables; the page reads the same without it. Sets html[data-ready] when done. */
const SCRIPT = `
(function () {
  "use strict";
  var root = document.documentElement;
  function sortKey(cell) {
    var text = (cell ? cell.textContent : "").trim();
    var n = Number(text.replace(/,/g, ""));
    return text !== "" && text !== "—" && !isNaN(n) ? { n: n } : { s: text };
  }
  function compare(a, b) {
    if ("n" in a && "n" in b) return a.n - b.n;
    if ("n" in a) return -1;
    if ("n" in b) return 1;
    return a.s < b.s ? -1 : a.s > b.s ? 1 : 0;
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
      th.tabIndex = 0;
      th.title = "Sort by this column";
      function sort() {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (x, y) {
          var c = compare(sortKey(x.cells[column]), sortKey(y.cells[column]));
          return ascending ? c : -c;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (event) { if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sort(); } });
    });
  });

  var charts = [];
  try {
    var data = JSON.parse(document.getElementById("chart-data").textContent);
    var colors = { yopoint: "#1f6feb", baifude: "#d1242f", yikayi: "#1a7f37" };
    var palette = ["#1f6feb", "#d1242f", "#1a7f37", "#8250df", "#bf8700", "#0a7ea4", "#cf222e", "#57606a", "#953800"];
    var money = function (v) { return v == null ? "" : v.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }); };
    var shortMoney = function (u, values) {
      return values.map(function (v) { return Math.abs(v) >= 1e6 ? (v / 1e6) + "M" : Math.abs(v) >= 1e3 ? (v / 1e3) + "k" : String(v); });
    };
    var xs = data.days.map(function (_, i) { return i; });
    function draw(name, series) {
      var figure = document.querySelector('figure[data-chart="' + name + '"]');
      if (!figure || series.length === 0 || xs.length === 0) return;
      var holder = document.createElement("div");
      figure.insertBefore(holder, figure.firstChild);
      var opts = {
        width: Math.max(260, figure.clientWidth),
        height: 260,
        legend: { live: false },
        cursor: { drag: { x: false, y: false } },
        scales: { x: { time: false } },
        axes: [
          { space: 48, values: function (u, splits) { return splits.map(function (i) { return Number.isInteger(i) && data.days[i] ? data.days[i].slice(5) : ""; }); } },
          { size: 56, values: shortMoney },
        ],
        series: [{ label: "day", value: function (u, i) { return i == null ? "" : data.days[i]; } }].concat(series.map(function (s, i) {
          return { label: s.label, stroke: s.vendor ? colors[s.vendor] || palette[i % palette.length] : palette[i % palette.length], width: 1.5, dash: s.dashed ? [5, 4] : undefined, value: function (u, v) { return money(v); }, points: { show: xs.length < 40 } };
        })),
      };
      var chart = new uPlot(opts, [xs].concat(series.map(function (s) { return s.values; })), holder);
      charts.push({ chart: chart, figure: figure });
    }
    draw("daily", data.daily);
    draw("methods", data.methods);
    var fit = function (width) {
      charts.forEach(function (c) { c.chart.setSize({ width: width || Math.max(260, c.figure.clientWidth), height: width ? 220 : 260 }); });
    };
    var pending = 0;
    window.addEventListener("resize", function () { cancelAnimationFrame(pending); pending = requestAnimationFrame(function () { fit(); }); });
    window.addEventListener("beforeprint", function () { fit(680); });
    window.addEventListener("afterprint", function () { fit(); });
    root.setAttribute("data-charts", String(charts.length));
    root.setAttribute("data-ready", "yes");
  } catch (error) {
    root.setAttribute("data-ready", "charts-failed");
    if (window.console) console.error("orderbridge report: the charts could not be drawn (the tables hold every figure):", error);
  }
})();
`;
