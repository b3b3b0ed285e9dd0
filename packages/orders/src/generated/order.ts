// This file is generated. Do not edit it by hand.
// Source: specs/order.schema.json — regenerate with `pnpm generate` (json-schema-to-typescript).
// `pnpm test` fails when this file and the spec disagree.
/* eslint-disable */

/**
 * Vendor id: `yopoint` (友朋), `baifude` (百福得), `yikayi` (一卡易 1card1).
 * 
 * This interface was referenced by `Order`'s JSON-Schema
 * via the `definition` "Vendor".
 */
export type Vendor = ("yopoint" | "baifude" | "yikayi")
/**
 * The kind of sale: `cabinet` (a Yopoint self-pickup cabinet order), `vending` (a Yopoint vending-machine order), `welfare_mall` (a Baifude welfare-mall pay order), `online_mall` (a 1card1 online-mall goods order), `in_store` (a 1card1 sale at the till, 销售记录).
 * 
 * This interface was referenced by `Order`'s JSON-Schema
 * via the `definition` "OrderKind".
 */
export type OrderKind = ("cabinet" | "vending" | "welfare_mall" | "online_mall" | "in_store")
/**
 * Normalized means of payment. `corporate` is paid by the employer (e.g. Baifude 企业代付 福豆); `other` covers unknown or undocumented vendor codes.
 * 
 * This interface was referenced by `Order`'s JSON-Schema
 * via the `definition` "PaymentMethod".
 */
export type PaymentMethod = ("wechat" | "alipay" | "unionpay" | "cash" | "stored_value" | "points" | "coupon" | "corporate" | "other")
/**
 * Outcome of one payment or refund: `succeeded`, `pending`, `failed`, or `unknown` (a vendor code the mapping table does not know).
 * 
 * This interface was referenced by `Order`'s JSON-Schema
 * via the `definition` "FlowStatus".
 */
export type FlowStatus = ("succeeded" | "pending" | "failed" | "unknown")

/**
 * One order from any vendor, normalized. Money is integer fen (CNY minor units) converted exactly from the vendor's source text; ids are strings; times are RFC 3339 UTC with milliseconds (vendor local times are Asia/Shanghai). Two orthogonal axes: `status` (the order) and `paymentStatus` (the money). Personal data (mobile numbers, open ids, payer accounts) is masked unless the caller asks for it. The per-vendor mapping tables are in packages/orders/README.md.
 */
export interface Order {
/**
 * Globally unique id: `<vendor>:<vendorOrderId>`.
 */
id: string
vendor: Vendor
kind: OrderKind
/**
 * The vendor's own key of this order, verbatim (Yopoint `ReceiptNo`, Baifude payment-order `sn`, 1card1 `BillNumber`).
 */
vendorOrderId: string
/**
 * The order number people see and search for (Yopoint `ReceiptNo`, Baifude `channelSn`, 1card1 `BillNumber`).
 */
orderNo: string
/**
 * Where the order is in its life: `pending_payment` (waiting for the customer to pay), `processing` (accepted, not finished: under review, to ship, in service), `completed`, `cancelled`, or `unknown` (a vendor code the mapping table does not know; counted in a warning).
 */
status: ("pending_payment" | "processing" | "completed" | "cancelled" | "unknown")
/**
 * Where the money is: `unpaid`, `paid`, `partially_refunded` (successful refunds cover part of `paidAmount`), `refunded` (successful refunds cover all of `paidAmount`), `failed` (payment failed), or `unknown` (a vendor code the mapping table does not know; counted in a warning).
 */
paymentStatus: ("unpaid" | "paid" | "partially_refunded" | "refunded" | "failed" | "unknown")
/**
 * The vendor's own status codes, verbatim, keyed by the vendor's field name.
 */
vendorStatus: {
[k: string]: string | number | boolean | null | undefined
}
/**
 * Always CNY: every supported vendor bills in renminbi.
 */
currency: "CNY"
/**
 * What the order cost, in fen.
 */
totalAmount: number
/**
 * What the customer paid by all means together (cash, third-party pay, stored value, points, coupons), in fen; each means is listed in `payments`. The vendor's own paid total where it states one (Baifude `paidAmount`), else the sum of the succeeded payments; when the two disagree the normalizer warns.
 */
paidAmount: number
/**
 * The sum of the `refunds` that succeeded, in fen.
 */
refundedAmount: number
/**
 * When the order was created (vendor clock), UTC.
 */
createdAt: string
/**
 * When the payment completed (vendor clock), UTC.
 */
paidAt?: string
/**
 * When the vendor last changed the order (vendor clock), UTC, where the vendor says.
 */
updatedAt?: string
/**
 * The goods, as the vendor lists them.
 */
items: OrderItem[]
/**
 * How the order was paid: one entry per means of payment.
 */
payments: Payment[]
/**
 * Refunds, whatever their outcome; only succeeded ones count in `refundedAmount`.
 */
refunds: Refund[]
store?: Store
customer?: Customer
/**
 * Other Orders that record the same sale, by `id`, sorted: a 1card1 online-mall goods order and the sale at the till it was approved into name each other. Absent when there are none.
 */
relatedOrderIds?: string[]
/**
 * Set on exactly one Order of a pair that records the same sale: the `id` of the Order that counts it. A sum over Orders without `duplicateOf` counts every sale once. For 1card1 the goods order carries it and the sale at the till counts (packages/orders/README.md says why).
 */
duplicateOf?: string
/**
 * The vendor payload as received (decimals as their source text), only when the caller asks for it (`includeRaw`). It carries personal data in the clear.
 */
raw?: {

}
/**
 * Set by the store, not by the mapper: when orderbridge first stored this order.
 */
firstSeenAt?: string
/**
 * Set by the store, not by the mapper: when orderbridge last wrote this order.
 */
syncedAt?: string
}
/**
 * One line of goods.
 * 
 * This interface was referenced by `Order`'s JSON-Schema
 * via the `definition` "OrderItem".
 */
export interface OrderItem {
/**
 * The vendor's product code (bar code, goods id or SKU code).
 */
sku?: string
/**
 * Product name as the vendor shows it.
 */
name: string
/**
 * SKU description (e.g. 颜色:天空蓝), where the vendor has one.
 */
variant?: string
/**
 * Quantity; a number, since weighed goods can be fractional.
 */
quantity: number
/**
 * Unit price in fen.
 */
unitPrice: number
/**
 * Line amount in fen: the vendor's line total where it has one, else unitPrice × quantity rounded half-up.
 */
amount: number
/**
 * Product image URL, where the vendor gives one.
 */
imageUrl?: string
}
/**
 * One means of payment of an order.
 * 
 * This interface was referenced by `Order`'s JSON-Schema
 * via the `definition` "Payment".
 */
export interface Payment {
method: PaymentMethod
/**
 * The vendor's own code for this means of payment, verbatim as text: Yopoint `PayType` (`"1"`), Baifude `payWay` (`"6"`), 1card1 the amount field (`"PaidValue"`; third-party pay as `"PaidThirdpay:<ThirdpayType>"`).
 */
vendorMethod: string
/**
 * Money value of this payment in fen (for points and cards: the money they stood for).
 */
amount: number
status: FlowStatus
/**
 * When this payment completed, UTC.
 */
paidAt?: string
/**
 * The payment channel's transaction number (e.g. a WeChat Pay transaction_id).
 */
transactionId?: string
/**
 * The payer's account at the channel (open id, card or points account). Personal data: masked unless asked for.
 */
account?: string
}
/**
 * One refund of (part of) an order.
 * 
 * This interface was referenced by `Order`'s JSON-Schema
 * via the `definition` "Refund".
 */
export interface Refund {
/**
 * The vendor's refund number, where it has one.
 */
id?: string
/**
 * Refunded money in fen.
 */
amount: number
status: FlowStatus
/**
 * The vendor's own refund status code, verbatim as text, where it has one.
 */
vendorStatus?: string
/**
 * Refund reason as the vendor gives it.
 */
reason?: string
/**
 * When the refund was requested, UTC.
 */
createdAt?: string
/**
 * When the refund completed, UTC.
 */
refundedAt?: string
}
/**
 * Where the order was placed or fulfilled: a Yopoint cabinet, a 1card1 shop.
 * 
 * This interface was referenced by `Order`'s JSON-Schema
 * via the `definition` "Store".
 */
export interface Store {
/**
 * The vendor's id of the store or device.
 */
id: string
/**
 * Store or site name.
 */
name?: string
}
/**
 * Who ordered. Mobile numbers (and ids or names that are mobile numbers) are masked unless asked for.
 * 
 * This interface was referenced by `Order`'s JSON-Schema
 * via the `definition` "Customer".
 */
export interface Customer {
/**
 * The vendor's customer id (Yopoint `UserID`, Baifude `userId`, 1card1 member `CardId`).
 */
id?: string
/**
 * Name or nickname.
 */
name?: string
/**
 * Mobile number. Personal data: masked (`138****8000`) unless asked for.
 */
mobile?: string
}
