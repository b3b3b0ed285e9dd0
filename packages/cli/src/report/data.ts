import type {
  AmountChecks,
  ChangeSummary,
  DailySales,
  FailedGroup,
  MethodSales,
  NoteCount,
  OrderKind,
  SalesTotal,
  StatementCheck,
  Store,
  StoreSales,
  StreamStatus,
} from "@orderbridge/store";
import type { ReportPeriod } from "./period.js";

/** What a report covers and how long its lists get. */
export interface ReportOptions extends ReportPeriod {
  vendor?: string | undefined;
  kind?: readonly OrderKind[] | undefined;
  /** Changes to the period's orders at or after this time (default: the end of the period). */
  changesSince?: Date | undefined;
  /** Stores in the ranking (default 20). */
  topStores?: number | undefined;
  /** Rows in each list of orders (disagreeing amounts, statement gaps, latest changes; default 50). */
  listLimit?: number | undefined;
}

/** Everything one report shows: aggregates the store computed, never one row per order. */
export interface ReportData {
  /** When the report was made, RFC 3339 UTC. */
  generatedAt: string;
  /** The orderbridge version that made it. */
  version: string;
  /** The store it was made from: a SQLite path, or a PostgreSQL URL without user, password or parameters. */
  source: string;
  since: string;
  until: string;
  vendor: string | null;
  kind: OrderKind[] | null;
  changesSince: string;
  topStoresLimit: number;
  listLimit: number;
  totals: SalesTotal[];
  daily: DailySales[];
  methods: MethodSales[];
  stores: StoreSales[];
  amounts: AmountChecks;
  statements: StatementCheck[];
  failed: FailedGroup[];
  notes: NoteCount[];
  changes: ChangeSummary;
  /** The store's streams: last run and checkpoint of each vendor account and kind. */
  streams: StreamStatus[];
}

/** Reads everything a report shows from the store (a read-only store is enough). */
export async function collectReport(
  store: Store,
  options: ReportOptions,
  about: { now: Date; version: string; source: string },
): Promise<ReportData> {
  const query = {
    since: options.since,
    until: options.until,
    vendor: options.vendor,
    kind: options.kind,
  };
  const topStoresLimit = options.topStores ?? 20;
  const listLimit = options.listLimit ?? 50;
  const changesSince = options.changesSince ?? options.until;
  // One after the other: a SQLite store answers on one connection anyway, and a PostgreSQL pool of a
  // read-only reader should not be flooded by one report.
  const totals = await store.salesTotals(query);
  const daily = await store.salesByDay(query);
  const methods = await store.paymentsByMethod(query);
  const stores = await store.topStores({ ...query, limit: topStoresLimit });
  const amounts = await store.amountChecks({ ...query, limit: listLimit });
  const statements = await store.statementChecks({ ...query, limit: listLimit });
  const failed = await store.failedSummary({ vendor: options.vendor, kind: options.kind });
  const notes = await store.noteCounts(query);
  const changes = await store.changeSummary({ ...query, changesSince, limit: listLimit });
  const status = await store.status();
  const streams = status.streams.filter(
    (s) =>
      (options.vendor === undefined || s.vendor === options.vendor) &&
      (options.kind === undefined || options.kind.includes(s.kind)),
  );
  return {
    generatedAt: about.now.toISOString(),
    version: about.version,
    source: about.source,
    since: options.since.toISOString(),
    until: options.until.toISOString(),
    vendor: options.vendor ?? null,
    kind: options.kind ? [...options.kind] : null,
    changesSince: changesSince.toISOString(),
    topStoresLimit,
    listLimit,
    totals,
    daily,
    methods,
    stores,
    amounts,
    statements,
    failed,
    notes,
    changes,
    streams,
  };
}

/**
 * How the report names its store: a SQLite path as given, a PostgreSQL URL with its host, port and
 * database only — never a user, password or parameter (which may carry one).
 */
export function describeSource(db: string): string {
  if (!/^postgres(ql)?:\/\//i.test(db)) return db.replace(/^sqlite:(\/\/)?/i, "");
  try {
    const url = new URL(db);
    return `postgres://${url.host}${url.pathname}`;
  } catch {
    return "a PostgreSQL database";
  }
}
