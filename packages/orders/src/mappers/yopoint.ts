import { integerValue } from "@orderbridge/core/json";
import { formatEpochSeconds, shanghaiLocalToUtc } from "@orderbridge/core/time";
import type { YopointOrder } from "@orderbridge/yopoint";
import {
  cabinetOrderIssues,
  cabinetOrderStrictIssues,
  isCabinetOrderStrict,
} from "@orderbridge/yopoint/validators";
import { type CodeTable, type MappingContext, settleOrder, type Tolerant } from "../context.js";
import type { CompiledRecordChecks } from "../decode/compiled.js";
import type { FieldPolicy } from "../decode/policy.js";
import type { Order, OrderItem, Payment, PaymentMethod, Refund } from "../generated/order.js";

/**
 * What the cabinet mapping needs from a `cabinet.order.list` / `cabinet.order.get` order, and what it only
 * passes on. Any field not listed under `needed` is passed on (an unread one lands in `raw` only).
 */
export const YOPOINT_CABINET_FIELDS: FieldPolicy = {
  needed: {
    ReceiptNo: "identity: vendorOrderId, orderNo, id",
    Price: "money: totalAmount and the payment",
    RefundsPrice: "money: the refund",
    PayTime: "a time that places the order: paidAt (and what the list window filters on)",
    TradeStatus: "status code: paymentStatus",
    ServiceStatus: "status code: status",
    Products: "the goods lines",
    "Products[].Qty": "quantity of a line",
    "Products[].Price": "money: unitPrice",
    "Products[].TotalPrice": "money: line amount",
  },
  passedOn: {
    id: "createdAt from its ObjectId time; without it, the yyMMddHHmmss in ReceiptNo, else PayTime",
    PayType: "payments[].method; without it `other` and an empty vendorMethod",
    TradeNo: "payments[].transactionId; without it none",
    OpenID: "payments[].account (masked); without it none",
    RefundsTime: "refunds[].refundedAt; without it none",
    CID: "store.id; without it no store",
    LandMarkName: "store.name (else TerminalName)",
    TerminalName: "store.name when LandMarkName is absent",
    UserID: "customer.id (else UserVO.id)",
    "UserVO.id": "customer.id when UserID is absent",
    "UserVO.NickName": "customer.name",
    "UserVO.MemberVO.Mobile": "customer.mobile (masked)",
    "Products[].BarCode": "items[].sku",
    "Products[].Name": 'items[].name; without it ""',
    "Products[].ProductVO.ImageUrl": "items[].imageUrl",
  },
  closed: ["", "Products[]", "Products[].ProductVO", "UserVO", "UserVO.MemberVO"],
};

/** The compiled checks of a cabinet order (the spec's `CabinetOrder`). */
export const YOPOINT_CABINET_CHECKS: CompiledRecordChecks = {
  isStrict: isCabinetOrderStrict,
  strictIssues: cabinetOrderStrictIssues,
  issues: cabinetOrderIssues,
};

type Product = YopointOrder["Products"][number];

/** A cabinet order as the tolerant decoder hands it over: only the needed fields are sure to be there. */
export type YopointCabinetInput = Tolerant<
  YopointOrder,
  "ReceiptNo" | "Price" | "RefundsPrice" | "PayTime" | "TradeStatus",
  "Products"
> & { Products: Tolerant<Product, "Qty" | "Price" | "TotalPrice">[] };

/** `ServiceStatus` (服务状态, docs/vendors/yopoint.md §5) -> Order.status. */
export const YOPOINT_SERVICE_STATUS: CodeTable<Order["status"]> = {
  field: "ServiceStatus",
  entries: { "0": "processing", "1": "processing", "2": "completed" },
  fallback: "unknown",
};

/** `TradeStatus` (undocumented; read from the examples, see specs/yopoint.openapi.yaml) -> base paymentStatus. */
export const YOPOINT_TRADE_STATUS: CodeTable<Order["paymentStatus"]> = {
  field: "TradeStatus",
  entries: { "0": "unpaid", "1": "paid", "2": "refunded" },
  fallback: "unknown",
};

/** `PayType` (支付方式, §5) -> normalized method. */
export const YOPOINT_PAY_TYPE: CodeTable<PaymentMethod> = {
  field: "PayType",
  entries: {
    "0": "other", // 未知 unknown, as the vendor says
    "1": "wechat", // 微信(支付分) WeChat Pay Score
    "2": "alipay",
    "201": "wechat", // 品牌商微信代收 collected by the brand owner through WeChat
    "202": "alipay", // seen with Alipay agreement ids (inferred, §5)
    "90": "other", // seen on a third-party-payment order (inferred, §5)
  },
  fallback: "other",
};

const OBJECT_ID = /^[0-9a-f]{24}$/i;
const RECEIPT_TIME = /^[A-Z]{2}(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\d+$/;

/**
 * The order's creation time. Yopoint sends none, but the record `id` is a MongoDB ObjectId whose first four
 * bytes are its creation time in Unix seconds, and `ReceiptNo` embeds the same instant as Beijing
 * `yyMMddHHmmss` (the docs' example: id 658cdb9e… = 2023-12-28 10:21:18 +08, ReceiptNo VI231228102118…).
 * Shared by cabinet and vending-machine orders (both records carry an ObjectId `id`).
 */
export function yopointCreatedAt(
  ctx: MappingContext,
  source: { id?: string | undefined; ReceiptNo: string; PayTime?: number | undefined },
): string {
  if (source.id !== undefined && OBJECT_ID.test(source.id))
    return formatEpochSeconds(Number.parseInt(source.id.slice(0, 8), 16));
  const receipt = RECEIPT_TIME.exec(source.ReceiptNo);
  if (receipt) {
    const [, yy, mo, dd, hh, mi, ss] = receipt;
    try {
      return shanghaiLocalToUtc(`20${yy}-${mo}-${dd} ${hh}:${mi}:${ss}`);
    } catch {
      // Not a time after all (the ReceiptNo layout is inferred): fall back to the payment time.
    }
  }
  return (
    ctx.unixTime("PayTime", source.PayTime) ??
    ctx.fail("id", "no creation time: id is not an ObjectId and PayTime is 0")
  );
}

/**
 * Maps one Yopoint cabinet order (`cabinet.order.list` / `cabinet.order.get` `data`) to an Order. Amounts are
 * already fen (docs/vendors/yopoint.md §6: Price 2 = Alipay totalAmount "0.02"); times are Unix seconds.
 *
 * @example
 * const order = mapYopointOrder(YopointCabinetOrderSchema.parse(raw), new MappingContext("yopoint", raw.ReceiptNo));
 */
export function mapYopointOrder(source: YopointCabinetInput, ctx: MappingContext): Order {
  if (!source.ReceiptNo) ctx.fail("ReceiptNo", "order number missing");
  const tradeStatus = integerValue(source.TradeStatus);
  const base = ctx.lookup(YOPOINT_TRADE_STATUS, tradeStatus);
  const price = ctx.fen("Price", source.Price);
  const paidAt = ctx.unixTime("PayTime", source.PayTime);
  const paid = base === "paid" || base === "refunded" || (base === "unknown" && paidAt !== undefined);
  const products = source.Products;
  const items: OrderItem[] = [];
  for (let i = 0; i < products.length; i++) {
    const product = products[i]!;
    const item = {} as OrderItem;
    if (product.BarCode) item.sku = product.BarCode;
    item.name = product.Name ?? "";
    item.quantity = integerValue(product.Qty);
    item.unitPrice = ctx.fen("Products[].Price", product.Price, i);
    item.amount = ctx.fen("Products[].TotalPrice", product.TotalPrice, i);
    const imageUrl = product.ProductVO?.ImageUrl;
    if (imageUrl) item.imageUrl = imageUrl;
    items.push(item);
  }
  const payments: Payment[] = [];
  if (paid) {
    const payType = integerValue(source.PayType);
    const payment = {
      method: payType === undefined ? YOPOINT_PAY_TYPE.fallback : ctx.lookup(YOPOINT_PAY_TYPE, payType),
      vendorMethod: payType === undefined ? "" : String(payType),
      amount: price,
      status: "succeeded",
    } as Payment;
    if (paidAt !== undefined) payment.paidAt = paidAt;
    if (source.TradeNo) payment.transactionId = source.TradeNo;
    const account = ctx.personal(source.OpenID);
    if (account !== undefined) payment.account = account;
    payments.push(payment);
  }
  const refundsPrice = ctx.fen("RefundsPrice", source.RefundsPrice);
  // Yopoint reports one refunded total; it counts as succeeded because the vendor books it with a time.
  const refunds: Refund[] = [];
  if (refundsPrice > 0) {
    const refund: Refund = { amount: refundsPrice, status: "succeeded" };
    const refundedAt = ctx.unixTime("RefundsTime", source.RefundsTime);
    if (refundedAt !== undefined) refund.refundedAt = refundedAt;
    refunds.push(refund);
  }
  if (base === "refunded" && refundsPrice === 0) {
    ctx.warn({
      code: "amounts_disagree",
      field: "RefundsPrice",
      message: "TradeStatus 2 (refunded) but RefundsPrice is 0",
    });
  }
  const serviceStatus = integerValue(source.ServiceStatus);
  let status =
    serviceStatus === undefined
      ? paid
        ? "completed"
        : "pending_payment"
      : ctx.lookup(YOPOINT_SERVICE_STATUS, serviceStatus);
  // Service over, goods taken, money not yet collected: the order waits for payment.
  if (status === "completed" && base === "unpaid") status = "pending_payment";
  const vendorStatus: Order["vendorStatus"] = { TradeStatus: tradeStatus };
  if (serviceStatus !== undefined) vendorStatus.ServiceStatus = serviceStatus;
  const userVO = source.UserVO;
  let customer: Order["customer"];
  const customerId = source.UserID || userVO?.id || undefined;
  const customerName = userVO?.NickName || undefined;
  const mobile = ctx.personal(userVO?.MemberVO?.Mobile);
  if (customerId !== undefined || customerName !== undefined || mobile !== undefined) {
    customer = {};
    if (customerId !== undefined) customer.id = customerId;
    if (customerName !== undefined) customer.name = customerName;
    if (mobile !== undefined) customer.mobile = mobile;
  }
  let store: Order["store"];
  if (source.CID !== undefined) {
    // LandMarkName first: cabinet.order.list carries it, while TerminalName comes only from
    // cabinet.order.get (docs/vendors/yopoint.md §3.7/§3.8). Preferring the list's field makes an order fetched for a
    // push notification and the same order read by a sync normalize identically (one row, no flip-flop).
    store = { id: source.CID };
    const name = source.LandMarkName || source.TerminalName;
    if (name) store.name = name;
  }
  return settleOrder(
    ctx,
    "cabinet",
    {
      vendorOrderId: source.ReceiptNo,
      orderNo: source.ReceiptNo,
      status,
      paymentStatus: base,
      vendorStatus,
      totalAmount: price,
      createdAt: yopointCreatedAt(ctx, source),
      paidAt: paid ? paidAt : undefined,
      items,
      payments,
      refunds,
      store,
      customer,
    },
    "Price",
  );
}
