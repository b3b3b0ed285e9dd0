import type { BaifudeOrder } from "@orderbridge/baifude";
import {
  isResponseDataStrict,
  responseDataIssues,
  responseDataStrictIssues,
} from "@orderbridge/baifude/validators";
import { integerValue, textValue } from "@orderbridge/core/json";
import { type CodeTable, MappingContext, settleOrder, type Tolerant } from "../context.js";
import type { CompiledRecordChecks } from "../decode/compiled.js";
import type { FieldPolicy } from "../decode/policy.js";
import type { FlowStatus, Order, OrderItem, Payment, PaymentMethod, Refund } from "../generated/order.js";

/**
 * What the welfare-mall mapping needs from a 4.1 pay order, and what it only passes on. Any field not listed
 * under `needed` is passed on (an unread one lands in `raw` only).
 */
export const BAIFUDE_PAY_ORDER_FIELDS: FieldPolicy = {
  needed: {
    sn: "identity: vendorOrderId, id",
    status: "status code: status and paymentStatus",
    amount: "money: totalAmount",
    paidAmount: "money: paidAmount",
    createdAt: "a time that places the order: createdAt",
    endPayTime: "a time that places the order: paidAt (the statement window filters on payment time)",
    goodsList: "the goods lines",
    "goodsList[].price": "money: unitPrice and line amount",
    "goodsList[].num": "quantity of a line",
    payWayList: "the payment flows",
    "payWayList[].deduction": "money: payment amount",
    "payWayList[].status": "status code: payment status",
    refundOrderList: "the refunds",
    "refundOrderList[].refundAmount": "money: refund amount",
    "refundOrderList[].status": "status code: refund status (when it has no flows)",
    "refundOrderList[].refundWayList": "the refund flows, which decide a refund's status",
    "refundOrderList[].refundWayList[].deduction": "money: checked against refundAmount",
    "refundOrderList[].refundWayList[].status": "status code: refund status",
  },
  passedOn: {
    channelSn: "orderNo; without it sn",
    receiver: "customer.name (masked when it is a phone number)",
    userId: "customer.id",
    bfdAccount: "customer.mobile when it is a mobile number (masked)",
    "goodsList[].goodsId": "items[].sku",
    "goodsList[].name": 'items[].name; without it ""',
    "goodsList[].logo": "items[].imageUrl",
    "payWayList[].payWay": "payments[].method and vendorMethod; without it `other` and an empty vendorMethod",
    "payWayList[].cardId": "payments[].transactionId (channels) or account (masked)",
    "payWayList[].endPayTime": "payments[].paidAt; unreadable -> left out",
    "refundOrderList[].sn": "refunds[].id",
    "refundOrderList[].refundReason": "refunds[].reason",
    "refundOrderList[].createdAt": "refunds[].createdAt; unreadable -> left out",
    "refundOrderList[].updatedAt": "refunds[].refundedAt; unreadable -> left out",
    "refundOrderList[].refundWayList[].payWay": "checked against the payWay table only",
  },
  closed: ["", "goodsList[]", "payWayList[]", "refundOrderList[]", "refundOrderList[].refundWayList[]"],
};

/** The compiled checks of a 4.1 pay order (the spec's `ResponseData`). */
export const BAIFUDE_PAY_ORDER_CHECKS: CompiledRecordChecks = {
  isStrict: isResponseDataStrict,
  strictIssues: responseDataStrictIssues,
  issues: responseDataIssues,
};

type Goods = BaifudeOrder["goodsList"][number];
type PayWay = BaifudeOrder["payWayList"][number];
type RefundOrder = BaifudeOrder["refundOrderList"][number];
type RefundWay = RefundOrder["refundWayList"][number];
type RefundInput = Tolerant<RefundOrder, "refundAmount" | "status", "refundWayList"> & {
  refundWayList: Tolerant<RefundWay, "deduction" | "status">[];
};

/** A pay order as the tolerant decoder hands it over: only the needed fields are sure to be there. */
export type BaifudePayOrderInput = Tolerant<
  BaifudeOrder,
  "sn" | "status" | "amount" | "paidAmount" | "createdAt" | "endPayTime",
  "goodsList" | "payWayList" | "refundOrderList"
> & {
  goodsList: Tolerant<Goods, "price" | "num">[];
  payWayList: Tolerant<PayWay, "deduction" | "status">[];
  refundOrderList: RefundInput[];
};

/** Pay-order `status` (支付状态, docs/vendors/baifude.md §5) -> Order.status. */
export const BAIFUDE_ORDER_STATUS: CodeTable<Order["status"]> = {
  field: "status",
  entries: { "1": "pending_payment", "3": "completed", "5": "cancelled", "8": "cancelled" },
  fallback: "unknown",
};

/** Pay-order `status` -> base paymentStatus (refunds are applied afterwards). */
export const BAIFUDE_PAYMENT_STATUS: CodeTable<Order["paymentStatus"]> = {
  field: "status",
  entries: { "1": "unpaid", "3": "paid", "5": "unpaid", "8": "unpaid" },
  fallback: "unknown",
};

/** `payWay` (支付方式, §5), shared by payment and refund flows -> normalized method. */
export const BAIFUDE_PAY_WAY: CodeTable<PaymentMethod> = {
  field: "payWay",
  entries: {
    "1": "stored_value", // 东福点卡 Dongfu point card (prepaid)
    "2": "stored_value", // 东福次卡 Dongfu times card (prepaid)
    "3": "alipay",
    "7": "alipay",
    "15": "alipay",
    "16": "alipay",
    "18": "alipay",
    "4": "wechat",
    "6": "wechat",
    "8": "wechat", // 企业微信JSAPI (WeCom pays through WeChat Pay)
    "14": "wechat",
    "17": "wechat",
    "19": "wechat",
    "5": "unionpay",
    "23": "points", // 三方积分 third-party points
    "25": "corporate", // 企业代付(福豆) paid by the employer
    "27": "other", // 客户收银台 the customer's own cashier
  },
  fallback: "other",
};

/** `payWayList[].status` / `refundWayList[].status`: 1 未成功, 2 已成功. */
export const BAIFUDE_FLOW_STATUS: CodeTable<FlowStatus> = {
  field: "status",
  entries: { "1": "failed", "2": "succeeded" },
  fallback: "unknown",
};

/** `refundOrderList[].status`: no enumeration is published; 5 is seen on refunds whose every flow succeeded. */
export const BAIFUDE_REFUND_STATUS: CodeTable<FlowStatus> = {
  field: "refundOrderList[].status",
  entries: { "5": "succeeded" },
  fallback: "unknown",
};

// cardId is "卡号/账户ID/三方支付流水号": for third-party channels a transaction number, otherwise an account.
const CHANNEL_METHODS = new Set<PaymentMethod>(["wechat", "alipay", "unionpay"]);

function mapRefund(ctx: MappingContext, refund: RefundInput, index: number): Refund {
  const amount = ctx.fen("refundOrderList[].refundAmount", refund.refundAmount, index);
  // Success is read from the documented flow statuses; the undocumented refund-order status only decides
  // when there are no flows (x-orderbridge-assumed on RefundOrderStatus in specs/baifude.openapi.yaml).
  const ways = refund.refundWayList;
  let status: FlowStatus;
  let flowTotal = 0;
  if (ways.length === 0) {
    status = ctx.lookup(
      BAIFUDE_REFUND_STATUS,
      integerValue(refund.status),
      "refundOrderList[].status",
      index,
    );
  } else {
    let succeeded = 0;
    let unknown = 0;
    for (let j = 0; j < ways.length; j++) {
      const way = ways[j]!;
      const at = [index, j];
      if (way.payWay !== undefined)
        ctx.lookup(BAIFUDE_PAY_WAY, textValue(way.payWay), "refundOrderList[].refundWayList[].payWay", at);
      const flow = ctx.lookup(
        BAIFUDE_FLOW_STATUS,
        integerValue(way.status),
        "refundOrderList[].refundWayList[].status",
        at,
      );
      flowTotal += ctx.fen("refundOrderList[].refundWayList[].deduction", way.deduction, at);
      if (flow === "succeeded") succeeded++;
      else if (flow === "unknown") unknown++;
    }
    if (succeeded === ways.length) status = "succeeded";
    else if (unknown > 0) status = "unknown";
    else status = succeeded > 0 ? "pending" : "failed";
  }
  if (ways.length > 0 && flowTotal !== amount) {
    ctx.warn({
      code: "amounts_disagree",
      field: `refundOrderList[${index}].refundAmount`,
      message: `refund ${refund.sn === undefined ? `#${index}` : textValue(refund.sn)} is ${amount} fen but its refund flows add up to ${flowTotal} fen`,
    });
  }
  const out = {} as Refund;
  const id = refund.sn === undefined ? undefined : textValue(refund.sn);
  if (id !== undefined) out.id = id;
  out.amount = amount;
  out.status = status;
  out.vendorStatus = String(integerValue(refund.status));
  if (refund.refundReason) out.reason = refund.refundReason;
  const createdAt = ctx.optionalLocalTime("refundOrderList[].createdAt", refund.createdAt, index);
  if (createdAt !== undefined) out.createdAt = createdAt;
  const refundedAt = ctx.optionalLocalTime("refundOrderList[].updatedAt", refund.updatedAt, index);
  if (refundedAt !== undefined) out.refundedAt = refundedAt;
  return out;
}

/**
 * Maps one Baifude pay order (4.1 批量查询支付单明细 `data[]`) to an Order. Amounts are already fen
 * (every money field is labelled 单位分 in docs/vendors/baifude.md §6); payments use `deduction` (always fen),
 * not `amount` (points, times or fen depending on payWay).
 *
 * @example
 * const { order } = normalize("baifude", raw);
 */
export function mapBaifudeOrder(source: BaifudePayOrderInput, ctx: MappingContext): Order {
  if (!source.sn) ctx.fail("sn", "pay-order number missing");
  const sn = textValue(source.sn);
  const goodsList = source.goodsList;
  const items: OrderItem[] = [];
  for (let i = 0; i < goodsList.length; i++) {
    const goods = goodsList[i]!;
    const unitPrice = ctx.fen("goodsList[].price", goods.price, i);
    const quantity = integerValue(goods.num);
    const item = {} as OrderItem;
    if (goods.goodsId !== undefined) item.sku = textValue(goods.goodsId);
    item.name = goods.name ?? "";
    item.quantity = quantity;
    item.unitPrice = unitPrice;
    item.amount = unitPrice * quantity;
    if (goods.logo) item.imageUrl = goods.logo;
    items.push(item);
  }
  const ways = source.payWayList;
  const payments: Payment[] = [];
  for (let i = 0; i < ways.length; i++) {
    const way = ways[i]!;
    const payWay = way.payWay === undefined ? undefined : textValue(way.payWay);
    const method =
      payWay === undefined
        ? BAIFUDE_PAY_WAY.fallback
        : ctx.lookup(BAIFUDE_PAY_WAY, payWay, "payWayList[].payWay", i);
    const status = ctx.lookup(BAIFUDE_FLOW_STATUS, integerValue(way.status), "payWayList[].status", i);
    const reference = way.cardId || undefined;
    const payment = {
      method,
      vendorMethod: payWay ?? "",
      amount: ctx.fen("payWayList[].deduction", way.deduction, i),
      status,
    } as Payment;
    if (status === "succeeded") {
      const paidAt = ctx.optionalLocalTime("payWayList[].endPayTime", way.endPayTime, i);
      if (paidAt !== undefined) payment.paidAt = paidAt;
    }
    if (CHANNEL_METHODS.has(method)) {
      if (reference !== undefined) payment.transactionId = reference;
    } else {
      const account = ctx.personal(reference);
      if (account !== undefined) payment.account = account;
    }
    payments.push(payment);
  }
  const statusCode = integerValue(source.status);
  const base = ctx.lookup(BAIFUDE_PAYMENT_STATUS, statusCode, "status");
  const paid = base === "paid";
  // Read in this order, so warnings come out in the order they always have.
  const status = ctx.lookup(BAIFUDE_ORDER_STATUS, statusCode, "status");
  const totalAmount = ctx.fen("amount", source.amount);
  const paidAmount = ctx.fen("paidAmount", source.paidAmount);
  const createdAt = ctx.localTime("createdAt", source.createdAt);
  const paidAt = paid ? ctx.optionalLocalTime("endPayTime", source.endPayTime) : undefined;
  const refundOrders = source.refundOrderList;
  const refunds: Refund[] = [];
  for (let i = 0; i < refundOrders.length; i++) refunds.push(mapRefund(ctx, refundOrders[i]!, i));
  return settleOrder(
    ctx,
    "welfare_mall",
    {
      vendorOrderId: sn,
      orderNo: (source.channelSn && textValue(source.channelSn)) || sn,
      status,
      paymentStatus: base,
      vendorStatus: { status: statusCode },
      totalAmount,
      paidAmount,
      createdAt,
      paidAt,
      items,
      payments,
      refunds,
      customer: customerOf(ctx, source),
    },
    "paidAmount",
  );
}

function customerOf(ctx: MappingContext, source: BaifudePayOrderInput): Order["customer"] {
  // bfdAccount is the employee's login; in the docs' example it is a mobile number, so it is treated as one
  // only when it looks like one. receiver (收货人) is a name, or in the example a phone number: masked then.
  const id = source.userId === undefined || source.userId === null ? undefined : textValue(source.userId);
  const name = ctx.personalIfContact(source.receiver);
  const mobile = MappingContext.isMobile(source.bfdAccount) ? ctx.personal(source.bfdAccount) : undefined;
  if (id === undefined && name === undefined && mobile === undefined) return undefined;
  const customer: NonNullable<Order["customer"]> = {};
  if (id !== undefined) customer.id = id;
  if (name !== undefined) customer.name = name;
  if (mobile !== undefined) customer.mobile = mobile;
  return customer;
}

/** Reads the order id from an unvalidated payload, for error messages. */
export function baifudeOrderIdOf(raw: unknown): string | undefined {
  return idField(raw, "sn");
}

export function idField(raw: unknown, key: string): string | undefined {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return undefined;
  const value = (raw as Record<string, unknown>)[key];
  if (typeof value === "string" && value !== "") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (value !== null && typeof value === "object" && "isLosslessNumber" in value) return String(value);
  return undefined;
}
