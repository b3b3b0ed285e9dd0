// This file is generated. Do not edit it by hand.
// Source: specs/order.schema.json — regenerate with `pnpm generate` (orderbridge-codegen zod).
// `pnpm test` fails when this file and the spec disagree.
/* eslint-disable */
import { z } from "zod";
import { integerSchema, numberSchema } from "@orderbridge/core";

export const CustomerSchema = z.strictObject({
  id: z.string().optional(),
  name: z.string().optional(),
  mobile: z.string().optional(),
});
export type Customer = z.output<typeof CustomerSchema>;

export const FlowStatusSchema = z.enum(["succeeded","pending","failed","unknown"]);
export type FlowStatus = z.output<typeof FlowStatusSchema>;

export const OrderItemSchema = z.strictObject({
  sku: z.string().optional(),
  name: z.string(),
  variant: z.string().optional(),
  quantity: numberSchema.pipe(z.number().min(0)),
  unitPrice: integerSchema.pipe(z.number().min(0).max(9007199254740991)),
  amount: integerSchema.pipe(z.number().min(0).max(9007199254740991)),
  imageUrl: z.string().optional(),
});
export type OrderItem = z.output<typeof OrderItemSchema>;

export const OrderKindSchema = z.enum(["cabinet","vending","welfare_mall","online_mall","in_store"]);
export type OrderKind = z.output<typeof OrderKindSchema>;

export const PaymentMethodSchema = z.enum(["wechat","alipay","unionpay","cash","stored_value","points","coupon","corporate","other"]);
export type PaymentMethod = z.output<typeof PaymentMethodSchema>;

export const PaymentSchema = z.strictObject({
  method: PaymentMethodSchema,
  vendorMethod: z.string(),
  amount: integerSchema.pipe(z.number().min(0).max(9007199254740991)),
  status: FlowStatusSchema,
  paidAt: z.string().regex(new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$")).optional(),
  transactionId: z.string().optional(),
  account: z.string().optional(),
});
export type Payment = z.output<typeof PaymentSchema>;

export const RefundSchema = z.strictObject({
  id: z.string().optional(),
  amount: integerSchema.pipe(z.number().min(0).max(9007199254740991)),
  status: FlowStatusSchema,
  vendorStatus: z.string().optional(),
  reason: z.string().optional(),
  createdAt: z.string().regex(new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$")).optional(),
  refundedAt: z.string().regex(new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$")).optional(),
});
export type Refund = z.output<typeof RefundSchema>;

export const StoreSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().optional(),
});
export type Store = z.output<typeof StoreSchema>;

export const VendorSchema = z.enum(["yopoint","baifude","yikayi"]);
export type Vendor = z.output<typeof VendorSchema>;

export const OrderSchema = z.strictObject({
  id: z.string().regex(new RegExp("^(yopoint|baifude|yikayi):.+$")),
  vendor: VendorSchema,
  kind: OrderKindSchema,
  vendorOrderId: z.string().min(1),
  orderNo: z.string().min(1),
  status: z.enum(["pending_payment","processing","completed","cancelled","unknown"]),
  paymentStatus: z.enum(["unpaid","paid","partially_refunded","refunded","failed","unknown"]),
  vendorStatus: z.record(z.string(), z.union([z.string(), integerSchema, z.boolean()]).nullable()),
  currency: z.literal("CNY"),
  totalAmount: integerSchema.pipe(z.number().min(0).max(9007199254740991)),
  paidAmount: integerSchema.pipe(z.number().min(0).max(9007199254740991)),
  refundedAmount: integerSchema.pipe(z.number().min(0).max(9007199254740991)),
  createdAt: z.string().regex(new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$")),
  paidAt: z.string().regex(new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$")).optional(),
  updatedAt: z.string().regex(new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$")).optional(),
  items: z.array(OrderItemSchema),
  payments: z.array(PaymentSchema),
  refunds: z.array(RefundSchema),
  store: StoreSchema.optional(),
  customer: CustomerSchema.optional(),
  relatedOrderIds: z.array(z.string().regex(new RegExp("^(yopoint|baifude|yikayi):.+$"))).optional(),
  duplicateOf: z.string().regex(new RegExp("^(yopoint|baifude|yikayi):.+$")).optional(),
  raw: z.looseObject({}).optional(),
  firstSeenAt: z.string().regex(new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$")).optional(),
  syncedAt: z.string().regex(new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$")).optional(),
});
export type Order = z.output<typeof OrderSchema>;
