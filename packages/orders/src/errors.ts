import { OrderbridgeError } from "@orderbridge/core/errors";

/**
 * A vendor payload that cannot be an order: no id, money that is not a number, a time that is not a time,
 * a shape the vendor schema rejects. Names the vendor, the vendor's order id when it could be read, and the
 * field (a path such as `payWayList[1].deduction`).
 *
 * @example
 * try { normalize("yikayi", raw); } catch (e) { if (e instanceof NormalizeError) console.error(e.field); }
 */
export class NormalizeError extends OrderbridgeError {
  /** The vendor's order id, when the payload had a readable one. */
  readonly orderId: string | undefined;
  /** The offending field, as a path in the vendor payload (`(root)` for the payload itself). */
  readonly field: string;

  constructor(
    origin: { vendor: string; orderId?: string | undefined; field: string; reason: string },
    options?: { cause?: unknown },
  ) {
    const which = origin.orderId === undefined ? "order (no id)" : `order ${origin.orderId}`;
    super(
      `${which}: ${origin.field}: ${origin.reason}`,
      { vendor: origin.vendor, operation: "normalize" },
      options,
    );
    this.orderId = origin.orderId;
    this.field = origin.field;
  }
}
