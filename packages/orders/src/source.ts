import type { InvalidRecord, OrderWindow } from "@orderbridge/core";
import type { NormalizeOptions } from "./context.js";
import { NormalizeError } from "./errors.js";
import type { Order, Vendor } from "./generated/order.js";
import { normalize } from "./normalize.js";
import type { NormalizeWarning } from "./warnings.js";

/** What createOrderSource needs from a vendor client: the `orders(window)` of the vendor-client contract. */
export interface OrderClient {
  orders(window: OrderWindow): AsyncIterable<unknown>;
}

/** One configured vendor account. */
export interface OrderSourceClient {
  vendor: Vendor;
  client: OrderClient;
  /** A label for the account, when a vendor has several (passed through to callbacks). */
  account?: string;
}

export interface OrderSourceOptions extends NormalizeOptions {
  /** The clients, as a list (several accounts per vendor allowed) or keyed by vendor. */
  clients: Iterable<OrderSourceClient> | Partial<Record<Vendor, OrderClient>>;
  since: Date | string;
  until: Date | string;
  /** How many vendor accounts are read at the same time (default 3). */
  concurrency?: number;
  signal?: AbortSignal;
  /**
   * Receives every record that is not a valid order — rejected by the vendor schema in the client, or by the
   * mapper ({@link NormalizeError}) — so the run goes on. Without it, such a record ends the iteration.
   */
  onInvalidRecord?: (record: InvalidRecord & { account?: string | undefined }) => void | Promise<void>;
  /**
   * Receives the warnings of each normalized order (drift notes, unknown codes, refunds above the paid amount,
   * orders outside [since, until) by more than a day…).
   */
  onWarnings?: (warnings: NormalizeWarning[]) => void | Promise<void>;
}

function listClients(clients: OrderSourceOptions["clients"]): OrderSourceClient[] {
  if (Symbol.iterator in Object(clients)) return [...(clients as Iterable<OrderSourceClient>)];
  return Object.entries(clients as Partial<Record<Vendor, OrderClient>>)
    .filter((entry): entry is [Vendor, OrderClient] => entry[1] !== undefined)
    .map(([vendor, client]) => ({ vendor, client }));
}

async function* normalizedOrders(
  source: OrderSourceClient,
  options: OrderSourceOptions,
): AsyncGenerator<Order> {
  const { onInvalidRecord } = options;
  const window: OrderWindow = { since: options.since, until: options.until };
  if (options.signal) window.signal = options.signal;
  if (onInvalidRecord)
    window.onInvalidRecord = (record) => onInvalidRecord({ ...record, account: source.account });
  // The window read is the window the orders must belong to (`outside_window` otherwise).
  const normalizeOptions = {
    ...options,
    window: options.window ?? { since: options.since, until: options.until },
  };
  for await (const raw of source.client.orders(window)) {
    let result: ReturnType<typeof normalize>;
    try {
      result = normalize(source.vendor, raw, normalizeOptions);
    } catch (error) {
      if (!(error instanceof NormalizeError) || !onInvalidRecord) throw error;
      await onInvalidRecord({
        vendor: source.vendor,
        id: error.orderId,
        raw,
        error,
        account: source.account,
      });
      continue;
    }
    if (result.warnings.length > 0) await options.onWarnings?.(result.warnings);
    yield result.order;
  }
}

/**
 * One async iterable of unified Orders over any set of vendor clients and a time window [since, until).
 * At most `concurrency` vendor accounts are read at once; each account has at most one record in flight,
 * so a slow consumer slows every vendor down instead of buffering. Orders of different accounts
 * interleave in arrival order.
 *
 * @example
 * for await (const order of createOrderSource({ clients: { yikayi: yikayiClient }, since, until })) {
 *   await store.put(order);
 * }
 */
export async function* createOrderSource(options: OrderSourceOptions): AsyncGenerator<Order> {
  const sources = listClients(options.clients);
  const limit = Math.max(1, Math.floor(options.concurrency ?? 3));
  type Pending = Promise<{ iterator: AsyncGenerator<Order>; result: IteratorResult<Order> }>;
  const active = new Map<AsyncGenerator<Order>, Pending>();
  let next = 0;
  const pull = (iterator: AsyncGenerator<Order>) =>
    active.set(
      iterator,
      iterator.next().then((result) => ({ iterator, result })),
    );
  const startMore = () => {
    while (active.size < limit && next < sources.length) pull(normalizedOrders(sources[next++]!, options));
  };
  try {
    startMore();
    while (active.size > 0) {
      const { iterator, result } = await Promise.race(active.values());
      if (result.done) {
        active.delete(iterator);
        startMore();
        continue;
      }
      pull(iterator);
      yield result.value;
    }
  } finally {
    // Stop the other accounts when the consumer stops early or one account fails.
    await Promise.allSettled([...active.keys()].map((iterator) => iterator.return(undefined)));
  }
}
