import { integerValue, textValue } from "@orderbridge/core/json";
import { parseYuanToFen } from "@orderbridge/core/money";
import type { ConsumeNote, ConsumeNoteItem, YikayiSale } from "@orderbridge/yikayi";
import {
  consumeNoteIssues,
  consumeNoteItemIssues,
  consumeNoteItemStrictIssues,
  consumeNoteStrictIssues,
  isConsumeNoteItemStrict,
  isConsumeNoteStrict,
} from "@orderbridge/yikayi/validators";
import { type CodeTable, type MappingContext, settleOrder, type Tolerant } from "../context.js";
import type { CompiledIssue, CompiledRecordChecks } from "../decode/compiled.js";
import type { FieldPolicy } from "../decode/policy.js";
import type { Order, OrderItem, Payment, Refund } from "../generated/order.js";
import { divideRoundingHalfUp, lineAmount, scaledQuantity } from "./yikayi.js";

// A 1card1 sale at the till as the yikayi client's sales() yields it: the note and its lines.
export type { YikayiSale };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function isSaleStrict(value: unknown): boolean {
  if (!isObject(value) || !isConsumeNoteStrict(value.note)) return false;
  const items = value.items;
  if (!Array.isArray(items)) return false;
  for (let i = 0; i < items.length; i++) if (!isConsumeNoteItemStrict(items[i])) return false;
  for (const key in value) if (key !== "note" && key !== "items") return false;
  return true;
}

function saleIssues(value: unknown, strict: boolean): CompiledIssue[] {
  if (!isObject(value)) {
    const received = value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
    return [
      {
        path: [],
        code: value === null ? "null" : "type",
        message: `expected an object, received ${received}`,
      },
    ];
  }
  const out: CompiledIssue[] = [];
  const within = (key: string | number, issues: CompiledIssue[], at: (string | number)[] = []) => {
    for (const issue of issues) out.push({ ...issue, path: [...at, key, ...issue.path] });
  };
  within("note", strict ? consumeNoteStrictIssues(value.note) : consumeNoteIssues(value.note));
  const items = value.items;
  if (items === undefined)
    out.push({ path: ["items"], code: "missing", message: "required: expected an array" });
  else if (!Array.isArray(items))
    out.push({ path: ["items"], code: items === null ? "null" : "type", message: "expected an array" });
  else {
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      within(i, strict ? consumeNoteItemStrictIssues(item) : consumeNoteItemIssues(item), ["items"]);
    }
  }
  if (strict) {
    for (const key in value) {
      if (key !== "note" && key !== "items")
        out.push({ path: [key], code: "unknown_field", message: "a property the spec does not declare" });
    }
  }
  return out;
}

/** The compiled checks of a sale (`{ note, items }`): the spec's ConsumeNote and ConsumeNoteItem, composed. */
export const YIKAYI_SALE_CHECKS: CompiledRecordChecks = {
  isStrict: isSaleStrict,
  strictIssues: (value) => saleIssues(value, true),
  issues: (value) => saleIssues(value, false),
};

/**
 * What the in-store mapping needs from a sale, and what it only passes on. Any field not listed under
 * `needed` is passed on (an unread one lands in `raw` only).
 */
export const YIKAYI_SALE_FIELDS: FieldPolicy = {
  needed: {
    note: "the sale record",
    items: "the sale's lines",
    "note.BillNumber": "identity: vendorOrderId, orderNo, id (shared with goods orders' ConsumeBillNumber)",
    "note.OperateTime":
      "a time that places the order: createdAt, paidAt (and what the sync window filters on)",
    "note.TotalMoney": "money: totalAmount",
    "note.TotalPaid": "money: paidAmount",
    "note.PaidMoney": "money: the cash payment",
    "note.PaidValue": "money: the stored-value payment",
    "note.PaidPoint": "money: the points payment",
    "note.IsUndo": "status code: a revoked sale",
    "items[].TotalMoney": "money: line amount",
    "items[].OldPrice": "money: unitPrice",
    "items[].Number": "quantity of a line",
  },
  passedOn: {
    "note.StoreName": "store.id and store.name; without it no store",
    "note.CardId": "customer.id (masked when it is a mobile number)",
    "note.TrueName": "customer.name",
    "note.Guid": "raw only (the client used it to fetch the lines)",
    "items[].Barcode": "items[].sku",
    "items[].GoodItemName": 'items[].name; without it ""',
    "items[].PaidMoney":
      "checked against TotalPaid (amounts_disagree); without it on any line, the check is skipped",
  },
  closed: ["", "note", "items[]"],
};

/** A sale as the tolerant decoder hands it over: only the needed fields are sure to be there. */
export interface YikayiSaleInput {
  note: Tolerant<ConsumeNote, "BillNumber" | "OperateTime" | "TotalMoney">;
  items: Partial<ConsumeNoteItem>[];
}

/** `IsUndo` (是否撤销; its JSON type is not documented: boolean, 0/1 and text are read) -> revoked or not. */
export const YIKAYI_SALE_UNDO: CodeTable<"revoked" | "standing" | "unknown"> = {
  field: "note.IsUndo",
  entries: { true: "revoked", "1": "revoked", false: "standing", "0": "standing" },
  fallback: "unknown",
};

/** The sale's amount fields (yuan), each one means of payment (现金/储值/积分支付, as integrators read them). */
export const YIKAYI_SALE_PAID_FIELDS = [
  ["PaidMoney", "cash"], // 现金支付
  ["PaidValue", "stored_value"], // 储值支付
  ["PaidPoint", "points"], // 积分支付 (money value of the points)
] as const;

/** `note.PaidMoney` and its kin, as warnings and errors name them. */
const NOTE_FIELDS = {
  PaidMoney: "note.PaidMoney",
  PaidValue: "note.PaidValue",
  PaidPoint: "note.PaidPoint",
} as const;

const MINUTES_ONLY = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}$/;

/** a / b for fen a and a decimal quantity b (`"1.5"`), exactly, rounded half-up. */
function divideHalfUp(fen: number, quantity: string): number {
  const fast = scaledQuantity(quantity);
  if (fast !== undefined && fast.digits !== 0 && Number.isSafeInteger(fen * fast.scale * 2 + fast.digits)) {
    return divideRoundingHalfUp(fen * fast.scale * 2 + fast.digits, fast.digits * 2);
  }
  const [whole = "0", fraction = ""] = quantity.replace(/^\+/, "").split(".");
  const divisor = BigInt(whole + fraction);
  if (divisor === 0n) return fen;
  const dividend = BigInt(fen) * 10n ** BigInt(fraction.length);
  return Number((dividend * 2n + divisor) / (divisor * 2n));
}

function mapLine(ctx: MappingContext, line: Partial<ConsumeNoteItem>, i: number): OrderItem {
  const quantityText = line.Number === undefined ? "1" : textValue(line.Number);
  const quantity = Number(quantityText);
  if (!QUANTITY.test(quantityText) || !Number.isFinite(quantity)) {
    ctx.fail(`items[${i}].Number`, `not a quantity: ${JSON.stringify(quantityText)}`);
  }
  const unitPrice = line.OldPrice === undefined ? undefined : ctx.yuan("items[].OldPrice", line.OldPrice, i);
  const total =
    line.TotalMoney === undefined ? undefined : ctx.yuan("items[].TotalMoney", line.TotalMoney, i);
  if (unitPrice === undefined && total === undefined) {
    ctx.fail(`items[${i}].TotalMoney`, "a line needs TotalMoney or OldPrice: it has neither");
  }
  const item = {} as OrderItem;
  if (line.Barcode) item.sku = line.Barcode;
  item.name = line.GoodItemName ?? "";
  item.quantity = quantity;
  item.unitPrice = unitPrice ?? divideHalfUp(total!, quantityText);
  item.amount = total ?? lineAmount(unitPrice!, quantityText);
  return item;
}

const QUANTITY = /^\+?\d+(\.\d*)?$/;

/**
 * Maps one 1card1 sale at the till (`{ note, items }`) to an Order (`kind: "in_store"`). Amounts are yuan
 * decimals like goods orders', converted to fen from their source text; `OperateTime` is Beijing local.
 *
 * - `TotalMoney` (应付金额) -> totalAmount; `TotalPaid` (实付金额) -> paidAmount (else the payments' sum);
 *   `PaidMoney`/`PaidValue`/`PaidPoint` -> payments `cash`/`stored_value`/`points`, each when > 0.
 * - A standing sale is `completed`/`paid`: a till sale is settled at the counter.
 * - A revoked sale (`IsUndo` true/1) is `cancelled`, and everything paid comes back as one succeeded refund
 *   (`vendorStatus` = IsUndo's text), so `refundedAmount` = `paidAmount` and paymentStatus is `refunded`: a
 *   revocation undoes the sale, and a sum of paid minus refunded counts it as zero.
 * - Checks (warnings, never silent): TotalPaid above TotalMoney; TotalPaid vs the payments; TotalPaid vs
 *   the lines' PaidMoney (beyond one fen of rounding per line).
 *
 * @example
 * const { order } = normalize("yikayi", { note, items }, { kind: "in_store" });
 */
export function mapYikayiSale(source: YikayiSaleInput, ctx: MappingContext): Order {
  const { note, items } = source;
  if (!note.BillNumber) ctx.fail("note.BillNumber", "bill number missing");
  const operateTime =
    note.OperateTime.length === 16 && MINUTES_ONLY.test(note.OperateTime)
      ? `${note.OperateTime}:00`
      : note.OperateTime;
  const at = ctx.localTime("note.OperateTime", operateTime);
  const totalAmount = ctx.yuan("note.TotalMoney", note.TotalMoney);
  const payments: Payment[] = [];
  let paymentsTotal = 0;
  for (const [field, method] of YIKAYI_SALE_PAID_FIELDS) {
    const value = note[field];
    if (value === undefined) continue;
    const amount = ctx.yuan(NOTE_FIELDS[field], value);
    if (amount > 0) {
      payments.push({ method, vendorMethod: field, amount, status: "succeeded", paidAt: at });
      paymentsTotal += amount;
    }
  }
  const totalPaid = note.TotalPaid === undefined ? undefined : ctx.yuan("note.TotalPaid", note.TotalPaid);
  const paidAmount = totalPaid ?? paymentsTotal;
  // settleOrder compares TotalPaid with the payments when there are some; with none, it is done here.
  if (totalPaid !== undefined && payments.length === 0 && totalPaid > 0) {
    ctx.warn({
      code: "amounts_disagree",
      field: "note.TotalPaid",
      message: `note.TotalPaid is ${totalPaid} fen but PaidMoney, PaidValue and PaidPoint add up to 0 fen`,
    });
  }
  if (paidAmount > totalAmount) {
    ctx.warn({
      code: "amounts_disagree",
      field: "note.TotalPaid",
      message: `${paidAmount} fen paid is more than the ${totalAmount} fen due (note.TotalMoney)`,
    });
  }
  const lines: OrderItem[] = [];
  for (let i = 0; i < items.length; i++) lines.push(mapLine(ctx, items[i]!, i));
  checkLinesPaid(ctx, items, paidAmount);
  const undoCode = integerValue(note.IsUndo);
  const undo =
    undoCode === undefined
      ? "standing"
      : ctx.lookup(YIKAYI_SALE_UNDO, typeof undoCode === "string" ? undoCode.trim().toLowerCase() : undoCode);
  const refunds: Refund[] =
    undo === "revoked" && paidAmount > 0
      ? [{ amount: paidAmount, status: "succeeded", vendorStatus: String(undoCode) }]
      : [];
  const vendorStatus: Order["vendorStatus"] = {};
  if (undoCode !== undefined) vendorStatus.IsUndo = undoCode;
  const customer = {} as NonNullable<Order["customer"]>;
  const customerId = ctx.personalIfContact(note.CardId);
  if (customerId !== undefined) customer.id = customerId;
  if (note.TrueName) customer.name = note.TrueName;
  return settleOrder(
    ctx,
    "in_store",
    {
      vendorOrderId: note.BillNumber,
      orderNo: note.BillNumber,
      status: undo === "revoked" ? "cancelled" : undo === "standing" ? "completed" : "unknown",
      paymentStatus: undo === "unknown" ? "unknown" : "paid",
      vendorStatus,
      totalAmount,
      paidAmount,
      createdAt: at,
      paidAt: at,
      items: lines,
      payments,
      refunds,
      store: note.StoreName ? { id: note.StoreName, name: note.StoreName } : undefined,
      customer: customer.id !== undefined || customer.name !== undefined ? customer : undefined,
    },
    "note.TotalPaid",
  );
}

/** Σ lines' PaidMoney against what the sale says was paid, when every line states it. */
function checkLinesPaid(ctx: MappingContext, items: Partial<ConsumeNoteItem>[], paidAmount: number): void {
  if (items.length === 0) return;
  let sum = 0;
  // A passed-on figure: read here only for the check, never a reason to fail the sale.
  for (const line of items) {
    if (line.PaidMoney === undefined) return;
    sum += parseYuanToFen(line.PaidMoney);
  }
  // Each line is rounded to the fen on its own: up to half a fen each, so one fen per line is rounding.
  if (Math.abs(sum - paidAmount) > items.length) {
    ctx.warn({
      code: "amounts_disagree",
      field: "items[].PaidMoney",
      message: `the lines' PaidMoney add up to ${sum} fen but the sale's paid amount is ${paidAmount} fen`,
    });
  }
}
