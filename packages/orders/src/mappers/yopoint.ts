import { shanghaiLocalToUtc } from "@orderbridge/core";
import { YopointCabinetOrderSchema, type YopointOrder } from "@orderbridge/yopoint";
import { type CodeTable, compact, type MappingContext, settleOrder, type Tolerant } from "../context.js";
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
    return new Date(Number.parseInt(source.id.slice(0, 8), 16) * 1000).toISOString();
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
  const base = ctx.lookup(YOPOINT_TRADE_STATUS, source.TradeStatus);
  const price = ctx.fen("Price", source.Price);
  const paidAt = ctx.unixTime("PayTime", source.PayTime);
  const paid = base === "paid" || base === "refunded" || (base === "unknown" && paidAt !== undefined);
  const items: OrderItem[] = source.Products.map((product, i) =>
    compact({
      sku: product.BarCode || undefined,
      name: product.Name ?? "",
      quantity: product.Qty,
      unitPrice: ctx.fen(`Products[${i}].Price`, product.Price),
      amount: ctx.fen(`Products[${i}].TotalPrice`, product.TotalPrice),
      imageUrl: product.ProductVO?.ImageUrl || undefined,
    }),
  );
  const payments: Payment[] = paid
    ? [
        compact({
          method:
            source.PayType === undefined
              ? YOPOINT_PAY_TYPE.fallback
              : ctx.lookup(YOPOINT_PAY_TYPE, source.PayType),
          vendorMethod: source.PayType === undefined ? "" : String(source.PayType),
          amount: price,
          status: "succeeded" as const,
          paidAt,
          transactionId: source.TradeNo || undefined,
          account: ctx.personal(source.OpenID),
        }),
      ]
    : [];
  const refundsPrice = ctx.fen("RefundsPrice", source.RefundsPrice);
  // Yopoint reports one refunded total; it counts as succeeded because the vendor books it with a time.
  const refunds: Refund[] =
    refundsPrice > 0
      ? [
          compact({
            amount: refundsPrice,
            status: "succeeded" as const,
            refundedAt: ctx.unixTime("RefundsTime", source.RefundsTime),
          }),
        ]
      : [];
  if (base === "refunded" && refundsPrice === 0) {
    ctx.warn({
      code: "amounts_disagree",
      field: "RefundsPrice",
      message: "TradeStatus 2 (refunded) but RefundsPrice is 0",
    });
  }
  let status =
    source.ServiceStatus === undefined
      ? paid
        ? "completed"
        : "pending_payment"
      : ctx.lookup(YOPOINT_SERVICE_STATUS, source.ServiceStatus);
  // Service over, goods taken, money not yet collected: the order waits for payment.
  if (status === "completed" && base === "unpaid") status = "pending_payment";
  const vendorStatus: Order["vendorStatus"] = { TradeStatus: source.TradeStatus };
  if (source.ServiceStatus !== undefined) vendorStatus.ServiceStatus = source.ServiceStatus;
  const customer = compact({
    id: source.UserID || source.UserVO?.id || undefined,
    name: source.UserVO?.NickName || undefined,
    mobile: ctx.personal(source.UserVO?.MemberVO?.Mobile),
  });
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
      // LandMarkName first: cabinet.order.list carries it, while TerminalName comes only from
      // cabinet.order.get (docs/vendors/yopoint.md §3.7/§3.8). Preferring the list's field makes an order fetched for a
      // push notification and the same order read by a sync normalize identically (one row, no flip-flop).
      store:
        source.CID !== undefined
          ? compact({ id: source.CID, name: source.LandMarkName || source.TerminalName || undefined })
          : undefined,
      customer: Object.keys(customer).length > 0 ? customer : undefined,
    },
    "Price",
  );
}

export { YopointCabinetOrderSchema };
