import {
  byCodeUnit,
  type FailedRow,
  failedRows,
  mergeRelated,
  notesJson,
  type OrderRow,
  orderRow,
  parseDocument,
  StoreError,
} from "./rows.js";
import type { FailedRecordInput, Order, OrderNote, WriteBatch, WriteResult } from "./types.js";

/**
 * The write path's pure half, shared by both dialects: what a batch's rows are, given what the
 * database answered. The dialects run the queries and the statements, in one transaction.
 */

/** Statements' rows per statement (PostgreSQL) and the v2 rewrite's page: batches near 500 measured best. */
export const STATEMENT_ROWS = 500;

/** A batch's orders, checked and keyed, before anything is read from the database. */
export interface PreparedBatch {
  /** One order per id (a later copy replaces an earlier one), sorted by id so that concurrent writers lock rows in the same order. */
  orders: Order[];
  /** Earlier copies of an id within the batch (they count as unchanged). */
  duplicates: number;
  ids: string[];
  byId: Map<string, Order>;
  /** Each order's notes as canonical JSON. */
  notes: Map<string, string>;
  /** For each id a batch order names in `duplicateOf`: the ids of the batch orders that name it. */
  linksTo: Map<string, string[]>;
}

export function prepareBatch(
  orders: readonly Order[],
  notes: Readonly<Record<string, readonly OrderNote[]>> | undefined,
): PreparedBatch {
  const byId = new Map<string, Order>();
  for (const order of orders) {
    if (typeof order?.id !== "string" || order.id === "") {
      throw new StoreError(`an Order without a string id cannot be stored (got ${typeof order?.id})`);
    }
    byId.delete(order.id);
    byId.set(order.id, order);
  }
  const ids = [...byId.keys()].sort(byCodeUnit);
  const sorted = ids.map((id) => byId.get(id)!);
  const notesById = new Map<string, string>();
  const linksTo = new Map<string, string[]>();
  for (const order of sorted) {
    notesById.set(order.id, notesJson(notes?.[order.id], order.id));
    const target = order.duplicateOf;
    if (typeof target === "string" && target !== "" && target !== order.id) {
      const from = linksTo.get(target);
      if (from) from.push(order.id);
      else linksTo.set(target, [order.id]);
    }
  }
  return { orders: sorted, duplicates: orders.length - sorted.length, ids, byId, notes: notesById, linksTo };
}

/** The batch without the orders `refused` names (their ids are stored with another kind). */
export function withoutRefused(prepared: PreparedBatch, refused: ReadonlySet<string>): PreparedBatch {
  if (refused.size === 0) return prepared;
  const orders = prepared.orders.filter((order) => !refused.has(order.id));
  const linksTo = new Map<string, string[]>();
  for (const [target, from] of prepared.linksTo) {
    const kept = from.filter((id) => !refused.has(id));
    if (kept.length > 0) linksTo.set(target, kept);
  }
  return {
    orders,
    duplicates: prepared.duplicates,
    ids: orders.map((order) => order.id),
    byId: new Map(orders.map((order) => [order.id, order])),
    notes: prepared.notes,
    linksTo,
  };
}

/**
 * The rows to upsert. `storedLinks` maps an id of this batch to the STORED orders (not in this
 * batch) whose `duplicate_of` names it. Each order's `relatedOrderIds` becomes its own plus those
 * orders, plus the batch orders that name it, plus the order it duplicates, sorted and unique —
 * merged before hashing, so re-syncing either side of a pair gives the same hash.
 */
export function batchRows(
  prepared: PreparedBatch,
  storedLinks: ReadonlyMap<string, readonly string[]>,
): OrderRow[] {
  return prepared.orders.map((order) => {
    const stored = storedLinks.get(order.id);
    const inBatch = prepared.linksTo.get(order.id);
    const target = order.duplicateOf;
    const linked = stored !== undefined || inBatch !== undefined || typeof target === "string";
    if (!linked && order.relatedOrderIds === undefined) return orderRow(order, prepared.notes.get(order.id));
    const extra = [
      ...(stored ?? []),
      ...(inBatch ?? []),
      ...(typeof target === "string" && target !== "" ? [target] : []),
    ];
    const merged = { ...order, relatedOrderIds: mergeRelated(order, extra) } as Order;
    return orderRow(merged, prepared.notes.get(order.id));
  });
}

/** Groups the answer of "stored orders whose duplicate_of is one of the batch's ids" by that id, leaving out the batch's own orders. */
export function storedLinksOf(
  rows: readonly { id: string; duplicate_of: string }[],
  prepared: PreparedBatch,
): Map<string, string[]> {
  const links = new Map<string, string[]>();
  for (const row of rows) {
    if (prepared.byId.has(row.id)) continue; // the batch's version of that order decides
    const from = links.get(row.duplicate_of);
    if (from) from.push(row.id);
    else links.set(row.duplicate_of, [row.id]);
  }
  return links;
}

/** Ids that batch orders name in `duplicateOf` and that are not in the batch: stored orders that may need the links. */
export function linkTargets(prepared: PreparedBatch, refused: ReadonlySet<string>): string[] {
  return [...prepared.linksTo.keys()]
    .filter((id) => !prepared.byId.has(id) && !refused.has(id))
    .sort(byCodeUnit);
}

/**
 * The new rows of stored link targets whose `relatedOrderIds` lack some batch order that names them
 * (an order already linked is left alone: no write, no new hash).
 */
export function linkRows(
  prepared: PreparedBatch,
  stored: readonly { id: string; document: string; notes: string }[],
): OrderRow[] {
  const rows: OrderRow[] = [];
  for (const target of stored) {
    const order = parseDocument(target.document);
    const from = prepared.linksTo.get(target.id) ?? [];
    const have = new Set(order.relatedOrderIds ?? []);
    if (from.every((id) => have.has(id))) continue;
    const related = mergeRelated(order, from);
    rows.push(
      orderRow(
        { ...order, relatedOrderIds: related } as Order,
        notesJson(JSON.parse(target.notes), target.id),
      ),
    );
  }
  return rows;
}

/** The failed record an order refused for its id's stored kind becomes. */
export function collisionFailure(
  order: Order,
  storedKind: string,
  account: string,
  document: string,
): FailedRecordInput {
  return {
    vendor: order.vendor,
    account,
    kind: order.kind,
    id: order.vendorOrderId,
    raw: document,
    error: {
      name: "IdCollision",
      message:
        `${order.id} is stored as a ${storedKind} order; this ${order.kind} order has the same id and was not ` +
        `written (an overwrite would lose a sale): the two kinds need distinct Order ids`,
      field: "id",
    },
  };
}

/** The refused orders of a batch, given the stored kinds of its ids. */
export function refusedOrders(
  prepared: PreparedBatch,
  storedKinds: ReadonlyMap<string, string>,
  account: string,
): { refused: Set<string>; failures: FailedRecordInput[] } {
  const refused = new Set<string>();
  const failures: FailedRecordInput[] = [];
  for (const order of prepared.orders) {
    const stored = storedKinds.get(order.id);
    if (stored === undefined || stored === order.kind) continue;
    refused.add(order.id);
    failures.push(
      collisionFailure(order, stored, account, orderRow(order, prepared.notes.get(order.id)).document),
    );
  }
  return { refused, failures };
}

/** Everything of a batch that can be checked before the database is touched. */
export interface CheckedBatch {
  prepared: PreparedBatch;
  failures: FailedRow[];
  /** Who the store's own failed records (IdCollision) belong to. */
  account: string;
}

export function checkBatch(batch: WriteBatch): CheckedBatch {
  return {
    prepared: prepareBatch(batch.orders ?? [], batch.notes),
    failures: failedRows(batch.failed ?? []),
    account: batch.account ?? batch.checkpoint?.account ?? "",
  };
}

export function emptyResult(duplicates: number): WriteResult {
  return {
    inserted: 0,
    updated: 0,
    unchanged: duplicates,
    collisions: 0,
    linked: 0,
    failed: 0,
    resolved: 0,
    checkpointMoved: false,
  };
}

/** Failed rows of the batch plus the store's own, keyed like the table (the store's own win). */
export function allFailures(checked: CheckedBatch, collisions: readonly FailedRecordInput[]): FailedRow[] {
  if (collisions.length === 0) return checked.failures;
  const byKey = new Map<string, FailedRow>();
  for (const row of [...checked.failures, ...failedRows(collisions)]) {
    byKey.set(JSON.stringify([row.vendor, row.account, row.recordKey]), row);
  }
  return [...byKey.values()];
}

/** Splits a list into pieces of at most `size`. */
export function chunks<T>(items: readonly T[], size = STATEMENT_ROWS): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
