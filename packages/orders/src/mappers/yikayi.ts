import { decimalText } from "@orderbridge/core";
import { YikayiGoodsBillSchema, type YikayiOrder } from "@orderbridge/yikayi";
import { type CodeTable, compact, type MappingContext, settleOrder } from "../context.js";
import type { FlowStatus, Order, OrderItem, Payment, PaymentMethod, Refund } from "../generated/order.js";

/** Goods-order `Status` (订单状态, vendor-docs/yikayi.md §4) -> Order.status. "其他:不通过" = rejected. */
export const YIKAYI_ORDER_STATUS: CodeTable<Order["status"]> = {
  field: "Status",
  entries: {
    "-1": "cancelled", // 已关闭
    "0": "processing", // 待审核 awaiting review
    "1": "completed", // 已完成
    "2": "pending_payment", // 待支付
    "3": "processing", // 待发货 to ship
    "4": "processing", // 待自提 awaiting pick-up
    "5": "processing", // 待收货 shipped
  },
  // The docs say every other value means 不通过 (rejected): the order is off, so cancelled — still warned.
  fallback: "cancelled",
};

/** `ThirdPayStatus` (支付状态, §4) -> base paymentStatus. */
export const YIKAYI_PAYMENT_STATUS: CodeTable<Order["paymentStatus"]> = {
  field: "ThirdPayStatus",
  entries: {
    "1": "paid", // 支付成功
    "0": "unpaid", // 等待付款
    "2": "unpaid", // 处理中 payment in progress
    "-1": "failed", // 支付失败
    "-4": "failed", // 支付失败
    "-2": "unpaid", // 取消订单
    "-3": "refunded", // 退款成功
    "-5": "paid", // 退款失败 (paid, refund failed)
    "-6": "paid", // 退款处理中 (paid, refund pending)
  },
  fallback: "unknown",
};

/** `ThirdPayStatus` -> the status of the third-party payment itself. */
const THIRD_PARTY_PAYMENT_STATUS: Readonly<Record<string, FlowStatus>> = {
  "1": "succeeded",
  "-3": "succeeded",
  "-5": "succeeded",
  "-6": "succeeded",
  "0": "pending",
  "2": "pending",
  "-1": "failed",
  "-4": "failed",
  "-2": "failed",
};

/** `ThirdPayStatus` codes that describe a refund of the order, and that refund's status. */
const REFUND_BY_PAYMENT_STATUS: Readonly<Record<string, FlowStatus>> = {
  "-3": "succeeded",
  "-5": "failed",
  "-6": "pending",
};

/** `ThirdpayType` (第三方支付方式, §4) -> normalized method of `PaidThirdpay`. */
export const YIKAYI_THIRD_PAY_TYPE: CodeTable<PaymentMethod> = {
  field: "ThirdpayType",
  entries: { "1": "wechat", "2": "alipay", "0": "other" },
  fallback: "other",
};

/** The order-level amount fields (yuan), each one means of payment. */
export const YIKAYI_PAID_FIELDS = [
  ["PaidMoney", "cash"], // 现金支付金额
  ["PaidValue", "stored_value"], // 储值支付金额
  ["PaidPoint", "points"], // 积分支付金额 (money value of the points)
  ["PaidCoupon", "coupon"], // 优惠券支付金额
  ["PaidOther", "other"], // 其他支付金额
] as const satisfies readonly (readonly [keyof YikayiOrder, PaymentMethod])[];

/** unitPrice (fen) × a decimal quantity (`"5"`, `"1.5"`), exactly, rounded half-up. */
function lineAmount(unitPrice: number, quantity: string): number {
  const [whole = "0", fraction = ""] = quantity.replace(/^\+/, "").split(".");
  const scale = 10n ** BigInt(fraction.length);
  const product = BigInt(unitPrice) * BigInt(whole + fraction);
  return Number((product * 2n + scale) / (scale * 2n));
}

/**
 * Maps one 1card1 goods order (Get_GoodsBillPaged `data[]`) to an Order. Amounts are yuan decimals
 * (`170.0000`, vendor-docs/yikayi.md §5), converted to fen from their source text.
 *
 * @example
 * const order = mapYikayiOrder(YikayiGoodsBillSchema.parse(raw), new MappingContext("yikayi", raw.BillNumber));
 */
export function mapYikayiOrder(source: YikayiOrder, ctx: MappingContext): Order {
  if (!source.BillNumber) ctx.fail("BillNumber", "order number missing");
  const thirdPayCode = String(source.ThirdPayStatus);
  const base = ctx.lookup(YIKAYI_PAYMENT_STATUS, source.ThirdPayStatus);
  const items: OrderItem[] = source.ItemList.map((item, i) => {
    const quantityText = decimalText(item.Number);
    const quantity = Number(quantityText);
    if (!Number.isFinite(quantity) || quantity < 0 || !/^\+?\d+(\.\d*)?$/.test(quantityText)) {
      ctx.fail(`ItemList[${i}].Number`, `not a quantity: ${JSON.stringify(quantityText)}`);
    }
    const unitPrice = ctx.yuan(`ItemList[${i}].Price`, item.Price);
    return compact({
      sku: item.SkuCode || item.BarCode || undefined,
      name: item.Name,
      variant: item.GoodsItemSkuDesc || undefined,
      quantity,
      unitPrice,
      amount: lineAmount(unitPrice, quantityText),
    });
  });
  const payments: Payment[] = [];
  for (const [field, method] of YIKAYI_PAID_FIELDS) {
    const amount = ctx.yuan(field, source[field]);
    if (amount > 0) payments.push({ method, vendorMethod: field, amount, status: "succeeded" });
  }
  const thirdParty = ctx.yuan("PaidThirdpay", source.PaidThirdpay);
  if (thirdParty > 0) {
    payments.push({
      method: ctx.lookup(YIKAYI_THIRD_PAY_TYPE, source.ThirdpayType),
      vendorMethod: `PaidThirdpay:${source.ThirdpayType}`,
      amount: thirdParty,
      status: THIRD_PARTY_PAYMENT_STATUS[thirdPayCode] ?? "unknown",
    });
  }
  const paidAmount = payments.reduce((sum, p) => (p.status === "succeeded" ? sum + p.amount : sum), 0);
  // 1card1 has no refund records: a refund ThirdPayStatus stands for a refund of everything paid (assumed).
  const refundStatus = REFUND_BY_PAYMENT_STATUS[thirdPayCode];
  const refunds: Refund[] =
    refundStatus && paidAmount > 0
      ? [{ amount: paidAmount, status: refundStatus, vendorStatus: thirdPayCode }]
      : [];
  const store = source.AssignChainStoreGuid
    ? compact({ id: source.AssignChainStoreGuid, name: source.AssignStoreName || undefined })
    : undefined;
  const customer = compact({
    id: ctx.personalIfContact(source.CardId),
    name: source.TrueName || undefined,
    mobile: ctx.personal(source.Mobile),
  });
  return settleOrder(
    ctx,
    "online_mall",
    {
      vendorOrderId: source.BillNumber,
      orderNo: source.BillNumber,
      status: ctx.lookup(YIKAYI_ORDER_STATUS, source.Status),
      paymentStatus: base,
      vendorStatus: {
        Status: source.Status,
        StatusName: source.StatusName,
        ThirdPayStatus: source.ThirdPayStatus,
      },
      totalAmount: ctx.yuan("TotalMoney", source.TotalMoney),
      createdAt: ctx.localTime("SubmitTime", source.SubmitTime),
      items,
      payments,
      refunds,
      store,
      customer: Object.keys(customer).length > 0 ? customer : undefined,
    },
    "TotalMoney",
  );
}

export { YikayiGoodsBillSchema };
