import { isOrderKind, KINDS_BY_VENDOR, ORDER_KINDS, type OrderKind } from "@orderbridge/orders";
import { UsageError } from "../errors.js";
import type { VendorId } from "../vendor-ids.js";

/** `--kind`: one or more kinds of sale, repeatable or comma-separated; an unknown one is bad usage. */
export function kindArg(value: string, previous: OrderKind[] = []): OrderKind[] {
  for (const kind of value
    .split(",")
    .map((k) => k.trim())
    .filter(Boolean)) {
    if (!isOrderKind(kind))
      throw new UsageError(
        `--kind ${JSON.stringify(kind)} is not a kind of sale: use one of ${ORDER_KINDS.join(", ")}`,
      );
    if (!previous.includes(kind)) previous.push(kind);
  }
  return previous;
}

/** Checks that the filters fit together: one vendor at most, and kinds that vendor has. */
export function checkFilters(
  vendor: readonly VendorId[] | undefined,
  kind: readonly OrderKind[] | undefined,
): {
  vendor?: VendorId;
  kind?: OrderKind[];
} {
  if (vendor && vendor.length > 1)
    throw new UsageError(
      `a report covers one vendor or all of them: give --vendor once (got ${vendor.join(", ")})`,
    );
  const one = vendor?.[0];
  if (one && kind) {
    const foreign = kind.filter((k) => !(KINDS_BY_VENDOR[one] as readonly string[]).includes(k));
    if (foreign.length)
      throw new UsageError(
        `${one} has no ${foreign.join(", ")} orders: its kinds are ${KINDS_BY_VENDOR[one].join(", ")}`,
      );
  }
  return { ...(one ? { vendor: one } : {}), ...(kind ? { kind: [...kind] } : {}) };
}
