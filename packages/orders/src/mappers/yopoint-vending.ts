import { integerValue } from "@orderbridge/core/json";
import type { YopointVendingOrder } from "@orderbridge/yopoint";
import {
  consumerOrderIssues,
  consumerOrderStrictIssues,
  isConsumerOrderStrict,
} from "@orderbridge/yopoint/validators";
import { type CodeTable, type MappingContext, settleOrder, type Tolerant } from "../context.js";
import type { CompiledRecordChecks } from "../decode/compiled.js";
import type { FieldPolicy } from "../decode/policy.js";
import type { Order, OrderItem, Payment } from "../generated/order.js";
import { YOPOINT_PAY_TYPE, yopointCreatedAt } from "./yopoint.js";

export type { YopointVendingOrder };

/** The compiled checks of a vending-machine order (the spec's `ConsumerOrder`). */
export const YOPOINT_VENDING_CHECKS: CompiledRecordChecks = {
  isStrict: isConsumerOrderStrict,
  strictIssues: consumerOrderStrictIssues,
  issues: consumerOrderIssues,
};

/**
 * What the vending mapping needs from a `consumer.order.*` order, and what it only passes on. Any field not
 * listed under `needed` is passed on.
 */
export const YOPOINT_VENDING_FIELDS: FieldPolicy = {
  needed: {
    ReceiptNo: "identity: vendorOrderId, orderNo, id",
    Price: "money: totalAmount, the one item and the payment",
    PayTime: "a time that places the order: paidAt, and whether the order is paid",
    ShipmentsStatus: "status code: status",
  },
  passedOn: {
    id: "createdAt from its ObjectId time; without it, the yyMMddHHmmss in ReceiptNo, else PayTime",
    TID: "store.id (the vending machine); without it no store",
    PayType: "payments[].method (cabinet table); without it `other` and an empty vendorMethod",
    ProductName: 'items[0].name (else ProductVO.Name, else "")',
    BarCode: "items[0].sku (else ProductVO.BarCode)",
    "ProductVO.Name": "items[0].name when ProductName is absent",
    "ProductVO.BarCode": "items[0].sku when BarCode is absent",
    "ProductVO.ImageUrl": "items[0].imageUrl",
    ShipmentsError: "raw only (the dispense error text)",
    "UserVO.id": "customer.id",
    "UserVO.NickName": "customer.name",
    "UserVO.OpenID": "payments[].account (masked)",
    "UserVO.MemberVO.Mobile": "customer.mobile (masked)",
  },
  closed: ["", "ProductVO", "UserVO", "UserVO.MemberVO"],
};

/** A vending order as the tolerant decoder hands it over. */
export type YopointVendingInput = Tolerant<YopointVendingOrder, "ReceiptNo" | "Price">;

/**
 * `ShipmentsStatus` (出货结果, documented for notify.consumer.order.simple: 0 等待出货, 1 出货成功, -1 出货失败)
 * -> Order.status. Assumed to mean the same on the order object (the consumer.order.* pages are not public).
 */
export const YOPOINT_SHIPMENTS_STATUS: CodeTable<Order["status"]> = {
  field: "ShipmentsStatus",
  entries: {
    "0": "processing", // 等待出货 waiting to dispense
    "1": "completed", // 出货成功 dispensed
    "-1": "cancelled", // 出货失败 failed dispense: the sale did not happen (the money stays paid, see below)
  },
  fallback: "unknown",
};

/**
 * Maps one Yopoint vending-machine order to an Order (`kind: "vending"`). Amounts are fen, as on cabinet
 * orders (integrators pass `Price` unchanged as WeChat `total_fee`); times are Unix seconds.
 *
 * What the docs do not settle, and how it is read (each marked in the README):
 * - one order is one product: `ProductName`/`BarCode`/`Price` give one item of quantity 1 whose amount is
 *   the order's `Price`;
 * - the order is paid when `PayTime` is a time (the machine dispenses after payment; no trade status is
 *   documented for vending orders);
 * - a failed dispense (`ShipmentsStatus` -1) is `cancelled` but stays `paid`: no public page says Yopoint
 *   refunds it, and no refund field is documented on the order, so the money is not assumed returned;
 * - without `ShipmentsStatus`, a paid order is `completed` and an unpaid one `pending_payment`.
 *
 * @example
 * const { order } = normalize("yopoint", consumerOrder, { kind: "vending" });
 */
export function mapYopointVendingOrder(source: YopointVendingInput, ctx: MappingContext): Order {
  if (!source.ReceiptNo) ctx.fail("ReceiptNo", "order number missing");
  const price = ctx.fen("Price", source.Price);
  const paidAt = ctx.unixTime("PayTime", source.PayTime);
  const paid = paidAt !== undefined;
  const shipments = integerValue(source.ShipmentsStatus);
  let status: Order["status"] =
    shipments === undefined
      ? paid
        ? "completed"
        : "pending_payment"
      : ctx.lookup(YOPOINT_SHIPMENTS_STATUS, shipments);
  // Dispensing follows payment: an unpaid order still waiting or shown as dispensed waits for its money.
  if (!paid && (status === "processing" || status === "completed")) status = "pending_payment";
  const product = source.ProductVO;
  const item = {} as OrderItem;
  const sku = source.BarCode || product?.BarCode;
  if (sku) item.sku = sku;
  item.name = source.ProductName ?? product?.Name ?? "";
  item.quantity = 1;
  item.unitPrice = price;
  item.amount = price;
  if (product?.ImageUrl) item.imageUrl = product.ImageUrl;
  const user = source.UserVO;
  const payments: Payment[] = [];
  if (paid) {
    const payType = integerValue(source.PayType);
    const payment = {
      method: payType === undefined ? YOPOINT_PAY_TYPE.fallback : ctx.lookup(YOPOINT_PAY_TYPE, payType),
      vendorMethod: payType === undefined ? "" : String(payType),
      amount: price,
      status: "succeeded",
      paidAt,
    } as Payment;
    const account = ctx.personal(user?.OpenID);
    if (account !== undefined) payment.account = account;
    payments.push(payment);
  }
  const vendorStatus: Order["vendorStatus"] = {};
  if (shipments !== undefined) vendorStatus.ShipmentsStatus = shipments;
  let customer: Order["customer"];
  const customerId = user?.id || undefined;
  const customerName = user?.NickName || undefined;
  const mobile = ctx.personal(user?.MemberVO?.Mobile);
  if (customerId !== undefined || customerName !== undefined || mobile !== undefined) {
    customer = {};
    if (customerId !== undefined) customer.id = customerId;
    if (customerName !== undefined) customer.name = customerName;
    if (mobile !== undefined) customer.mobile = mobile;
  }
  return settleOrder(
    ctx,
    "vending",
    {
      vendorOrderId: source.ReceiptNo,
      orderNo: source.ReceiptNo,
      status,
      paymentStatus: paid ? "paid" : "unpaid",
      vendorStatus,
      totalAmount: price,
      createdAt: yopointCreatedAt(ctx, source),
      paidAt,
      items: [item],
      payments,
      refunds: [],
      store: source.TID ? { id: source.TID } : undefined,
      customer,
    },
    "Price",
  );
}
