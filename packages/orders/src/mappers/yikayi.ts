import { integerValue, textValue } from "@orderbridge/core/json";
import type { YikayiOrder } from "@orderbridge/yikayi";
import { goodsBillIssues, goodsBillStrictIssues, isGoodsBillStrict } from "@orderbridge/yikayi/validators";
import { type CodeTable, type MappingContext, settleOrder, type Tolerant } from "../context.js";
import type { CompiledRecordChecks } from "../decode/compiled.js";
import type { FieldPolicy } from "../decode/policy.js";
import type { FlowStatus, Order, OrderItem, Payment, PaymentMethod, Refund } from "../generated/order.js";

/**
 * What the online-mall mapping needs from a Get_GoodsBillPaged goods order, and what it only passes on. Any
 * field not listed under `needed` is passed on (an unread one lands in `raw` only).
 */
export const YIKAYI_GOODS_ORDER_FIELDS: FieldPolicy = {
  needed: {
    BillNumber: "identity: vendorOrderId, orderNo, id",
    Status: "status code: status",
    ThirdPayStatus: "status code: paymentStatus, the third-party payment, the refund",
    TotalMoney: "money: totalAmount",
    PaidMoney: "money: the cash payment",
    PaidValue: "money: the stored-value payment",
    PaidPoint: "money: the points payment",
    PaidCoupon: "money: the coupon payment",
    PaidOther: "money: the other payment",
    PaidThirdpay: "money: the third-party payment",
    SubmitTime: "a time that places the order: createdAt (and what the sync window filters on)",
    ItemList: "the goods lines",
    "ItemList[].Number": "quantity of a line",
    "ItemList[].Price": "money: unitPrice and line amount",
  },
  passedOn: {
    ConsumeBillNumber:
      "relatedOrderIds and duplicateOf (the till sale it was approved into); without it the order is taken as not approved into a sale",
    ThirdpayType: "payments[].method of PaidThirdpay; without it `other`",
    StatusName: "vendorStatus.StatusName; without it left out",
    AssignChainStoreGuid: "store.id; without it no store",
    AssignStoreName: "store.name",
    CardId: "customer.id (masked when it is a mobile number)",
    TrueName: "customer.name",
    Mobile: "customer.mobile (masked)",
    "ItemList[].SkuCode": "items[].sku (else BarCode)",
    "ItemList[].BarCode": "items[].sku when there is no SkuCode",
    "ItemList[].Name": 'items[].name; without it ""',
    "ItemList[].GoodsItemSkuDesc": "items[].variant",
  },
  closed: ["", "ItemList[]"],
};

/** The compiled checks of a goods order (the spec's `GoodsBill`). */
export const YIKAYI_GOODS_ORDER_CHECKS: CompiledRecordChecks = {
  isStrict: isGoodsBillStrict,
  strictIssues: goodsBillStrictIssues,
  issues: goodsBillIssues,
};

type GoodsLine = YikayiOrder["ItemList"][number];

/** A goods order as the tolerant decoder hands it over: only the needed fields are sure to be there. */
export type YikayiGoodsOrderInput = Tolerant<
  YikayiOrder,
  | "BillNumber"
  | "Status"
  | "ThirdPayStatus"
  | "TotalMoney"
  | "PaidMoney"
  | "PaidValue"
  | "PaidPoint"
  | "PaidCoupon"
  | "PaidOther"
  | "PaidThirdpay"
  | "SubmitTime",
  "ItemList"
> & { ItemList: Tolerant<GoodsLine, "Number" | "Price">[] };

/** Goods-order `Status` (订单状态, docs/vendors/yikayi.md §4) -> Order.status. "其他:不通过" = rejected. */
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

/**
 * The Order id of the till sale a goods order was approved into (`ConsumeBillNumber` is that sale's
 * `BillNumber`: "审核通过后的单据号(可在"获取消费列表"中查到)"), or undefined when it has none.
 */
export function yikayiSaleIdOf(consumeBillNumber: string | null | undefined): string | undefined {
  const bill = consumeBillNumber?.trim();
  return bill ? `yikayi:${bill}` : undefined;
}

/** unitPrice (fen) × a decimal quantity (`"5"`, `"1.5"`), exactly, rounded half-up. */
export function lineAmount(unitPrice: number, quantity: string): number {
  const fast = scaledQuantity(quantity);
  if (fast !== undefined) {
    const product = unitPrice * fast.digits;
    if (fast.scale === 1) {
      if (Number.isSafeInteger(product)) return product;
    } else if (Number.isSafeInteger(product * 2 + fast.scale)) {
      return divideRoundingHalfUp(product * 2 + fast.scale, fast.scale * 2);
    }
  }
  const [whole = "0", fraction = ""] = quantity.replace(/^\+/, "").split(".");
  const scale = 10n ** BigInt(fraction.length);
  const product = BigInt(unitPrice) * BigInt(whole + fraction);
  return Number((product * 2n + scale) / (scale * 2n));
}

/**
 * A plain quantity (`"5"`, `"1.5000"`, `"+2"`) as its digits without the point and 10^(fraction digits), when
 * both stay exact as doubles; undefined otherwise (the caller takes the BigInt path).
 */
export function scaledQuantity(quantity: string): { digits: number; scale: number } | undefined {
  let digits = 0;
  let scale = 1;
  let seenPoint = false;
  let count = 0;
  for (let i = quantity.charCodeAt(0) === 43 ? 1 : 0; i < quantity.length; i++) {
    const c = quantity.charCodeAt(i);
    if (c === 46 && !seenPoint) {
      seenPoint = true;
      continue;
    }
    if (c < 48 || c > 57) return undefined;
    digits = digits * 10 + (c - 48);
    if (seenPoint) scale *= 10;
    if (++count > 15) return undefined;
  }
  return { digits, scale };
}

/** floor(a / b) for safe integers a ≥ 0, b > 0, exactly (the division's rounding corrected). */
export function divideRoundingHalfUp(a: number, b: number): number {
  let q = Math.floor(a / b);
  if (q * b > a) q--;
  else if ((q + 1) * b <= a) q++;
  return q;
}

/**
 * Maps one 1card1 goods order (Get_GoodsBillPaged `data[]`) to an Order. Amounts are yuan decimals
 * (`170.0000`, docs/vendors/yikayi.md §5), converted to fen from their source text.
 *
 * @example
 * const order = mapYikayiOrder(YikayiGoodsBillSchema.parse(raw), new MappingContext("yikayi", raw.BillNumber));
 */
export function mapYikayiOrder(source: YikayiGoodsOrderInput, ctx: MappingContext): Order {
  if (!source.BillNumber) ctx.fail("BillNumber", "order number missing");
  const thirdPayStatus = integerValue(source.ThirdPayStatus);
  const thirdPayCode = String(thirdPayStatus);
  const base = ctx.lookup(YIKAYI_PAYMENT_STATUS, thirdPayStatus);
  const lines = source.ItemList;
  const items: OrderItem[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const quantityText = textValue(line.Number);
    const quantity = Number(quantityText);
    if (!Number.isFinite(quantity) || quantity < 0 || !QUANTITY.test(quantityText)) {
      ctx.fail(`ItemList[${i}].Number`, `not a quantity: ${JSON.stringify(quantityText)}`);
    }
    const unitPrice = ctx.yuan("ItemList[].Price", line.Price, i);
    const item = {} as OrderItem;
    const sku = line.SkuCode || line.BarCode;
    if (sku) item.sku = sku;
    item.name = line.Name ?? "";
    if (line.GoodsItemSkuDesc) item.variant = line.GoodsItemSkuDesc;
    item.quantity = quantity;
    item.unitPrice = unitPrice;
    item.amount = lineAmount(unitPrice, quantityText);
    items.push(item);
  }
  const payments: Payment[] = [];
  let paidAmount = 0;
  for (const [field, method] of YIKAYI_PAID_FIELDS) {
    const amount = ctx.yuan(field, source[field]);
    if (amount > 0) {
      payments.push({ method, vendorMethod: field, amount, status: "succeeded" });
      paidAmount += amount;
    }
  }
  const thirdParty = ctx.yuan("PaidThirdpay", source.PaidThirdpay);
  if (thirdParty > 0) {
    const thirdPayType = integerValue(source.ThirdpayType);
    const status = THIRD_PARTY_PAYMENT_STATUS[thirdPayCode] ?? "unknown";
    payments.push({
      method:
        thirdPayType === undefined
          ? YIKAYI_THIRD_PAY_TYPE.fallback
          : ctx.lookup(YIKAYI_THIRD_PAY_TYPE, thirdPayType),
      vendorMethod: `PaidThirdpay:${thirdPayType}`,
      amount: thirdParty,
      status,
    });
    if (status === "succeeded") paidAmount += thirdParty;
  }
  const totalAmount = ctx.yuan("TotalMoney", source.TotalMoney);
  // The docs' example pays its TotalMoney exactly (70 cash + 100 stored value = 170): money shown as paid
  // that is not the total means one of the two figures is wrong (e.g. TotalMoney 0.001 beside 267.00 paid).
  if (paidAmount > 0 && paidAmount !== totalAmount) {
    ctx.warn({
      code: "amounts_disagree",
      field: "TotalMoney",
      message: `TotalMoney is ${totalAmount} fen but the succeeded payments add up to ${paidAmount} fen`,
    });
  }
  // 1card1 has no refund records: a refund ThirdPayStatus stands for a refund of everything paid (assumed).
  const refundStatus = REFUND_BY_PAYMENT_STATUS[thirdPayCode];
  const refunds: Refund[] =
    refundStatus && paidAmount > 0
      ? [{ amount: paidAmount, status: refundStatus, vendorStatus: thirdPayCode }]
      : [];
  let store: Order["store"];
  if (source.AssignChainStoreGuid) {
    store = { id: source.AssignChainStoreGuid };
    if (source.AssignStoreName) store.name = source.AssignStoreName;
  }
  let customer: Order["customer"];
  const customerId = ctx.personalIfContact(source.CardId);
  const customerName = source.TrueName || undefined;
  const mobile = ctx.personal(source.Mobile);
  if (customerId !== undefined || customerName !== undefined || mobile !== undefined) {
    customer = {};
    if (customerId !== undefined) customer.id = customerId;
    if (customerName !== undefined) customer.name = customerName;
    if (mobile !== undefined) customer.mobile = mobile;
  }
  const vendorStatus: Order["vendorStatus"] = { Status: integerValue(source.Status) };
  if (source.StatusName !== undefined) vendorStatus.StatusName = source.StatusName;
  vendorStatus.ThirdPayStatus = thirdPayStatus;
  // One sale, counted once: an approved goods order became a sale at the till (its ConsumeBillNumber is
  // that sale's BillNumber). The sale is the shop's own ledger entry, so it counts; the goods order points
  // at it. The rule reads only the goods order's own data, so it holds whichever of the two arrives first.
  const saleId = yikayiSaleIdOf(source.ConsumeBillNumber);
  return settleOrder(
    ctx,
    "online_mall",
    {
      vendorOrderId: source.BillNumber,
      orderNo: source.BillNumber,
      status: ctx.lookup(YIKAYI_ORDER_STATUS, vendorStatus.Status),
      paymentStatus: base,
      vendorStatus,
      totalAmount,
      createdAt: ctx.localTime("SubmitTime", source.SubmitTime),
      items,
      payments,
      refunds,
      store,
      customer,
      relatedOrderIds: saleId === undefined ? undefined : [saleId],
      duplicateOf: saleId,
    },
    "TotalMoney",
  );
}

const QUANTITY = /^\+?\d+(\.\d*)?$/;
