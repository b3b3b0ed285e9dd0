import type { BaifudeOrderWindow, BaifudeStatement } from "@orderbridge/baifude";
import type { OrderWindow } from "@orderbridge/core";
import type { OrderKind, Store } from "@orderbridge/store";

/**
 * The sync's hook for vendor statements: gives a Baifude stream's window an `onStatement` that keeps what
 * the 4.3 statement of the window listed (`store.recordStatement`), so `orderbridge report` can hold the
 * stored pay orders against the vendor's own figures. Any other vendor's window is returned as it is.
 * Recording is idempotent (a window read again rewrites nothing that did not change), so a retried or
 * overlapping window is harmless; a statement that could not be read to its end is not recorded.
 *
 * @example
 * for await (const raw of client.orders(recordStatements(store, account, kind, { since, until, signal })))
 */
export function recordStatements<W extends OrderWindow>(
  store: Store,
  account: { vendor: string; account: string },
  kind: OrderKind,
  window: W,
): W | (W & BaifudeOrderWindow) {
  if (account.vendor !== "baifude") return window;
  return {
    ...window,
    onStatement: async (statement: BaifudeStatement) => {
      await store.recordStatement({
        vendor: account.vendor,
        account: account.account,
        kind,
        since: statement.since,
        until: statement.until,
        entries: statement.entries.map((entry) => ({
          reference: entry.paySn,
          // The Order id the Baifude mapper gives a pay order (packages/orders README, `sn`).
          orderId: `baifude:${entry.paySn}`,
          paidAt: entry.paidAt,
          lines: entry.lines,
          amount: entry.amount,
        })),
      });
    },
  };
}
