// This file is generated. Do not edit it by hand.
// Source: specs/yikayi.openapi.yaml — regenerate with `pnpm generate` (orderbridge-codegen zod).
// `pnpm test` fails when this file and the spec disagree.
/* eslint-disable */
import { z } from "zod";
import { decimalSchema, integerSchema } from "@orderbridge/core";

export const ConsumeNoteSchema = z.looseObject({
  Guid: z.string().min(1),
  CardId: z.string().nullable().optional(),
  TrueName: z.string().nullable().optional(),
  BillNumber: z.string(),
  Meno: z.string().nullable().optional(),
  IsUndo: z.union([z.boolean(), integerSchema, z.string()]).optional(),
  TotalMoney: decimalSchema,
  TotalPaid: decimalSchema.optional(),
  PaidMoney: decimalSchema.optional(),
  PaidValue: decimalSchema.optional(),
  PaidPoint: decimalSchema.optional(),
  Point: decimalSchema.optional(),
  StoreName: z.string().nullable().optional(),
  UserAccount: z.string().nullable().optional(),
  OperateTime: z.string().regex(new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?$")),
});
export type ConsumeNote = z.output<typeof ConsumeNoteSchema>;

export const ConsumeNoteItemSchema = z.looseObject({
  Guid: z.string(),
  GoodsItemGuid: z.string().nullable().optional(),
  Barcode: z.string().nullable().optional(),
  GoodItemName: z.string(),
  TotalMoney: decimalSchema.optional(),
  Number: decimalSchema.optional(),
  OldPrice: decimalSchema.optional(),
  PaidMoney: decimalSchema.optional(),
  Discount: decimalSchema.optional(),
  Point: decimalSchema.optional(),
  Meno: z.string().nullable().optional(),
});
export type ConsumeNoteItem = z.output<typeof ConsumeNoteItemSchema>;

export const ConsumeNoteItemPagedResponseSchema = z.looseObject({
  status: z.literal(0),
  total: integerSchema.pipe(z.number().min(0)),
  data: z.array(ConsumeNoteItemSchema),
});
export type ConsumeNoteItemPagedResponse = z.output<typeof ConsumeNoteItemPagedResponseSchema>;

export const ConsumeNoteItemQuerySchema = z.strictObject({
  guid: z.string().min(1),
  userAccount: z.string().optional(),
});
export type ConsumeNoteItemQuery = z.output<typeof ConsumeNoteItemQuerySchema>;

export const ConsumeNotePagedResponseSchema = z.looseObject({
  status: z.literal(0),
  total: integerSchema.pipe(z.number().min(0)),
  data: z.array(ConsumeNoteSchema),
});
export type ConsumeNotePagedResponse = z.output<typeof ConsumeNotePagedResponseSchema>;

export const DataFormSchema = z.looseObject({
  data: z.string().min(2),
});
export type DataForm = z.output<typeof DataFormSchema>;

export const EnvelopeSchema = z.looseObject({
  status: integerSchema,
  message: z.string().optional(),
  total: integerSchema.optional(),
});
export type Envelope = z.output<typeof EnvelopeSchema>;

export const ErrorEnvelopeSchema = z.looseObject({
  status: integerSchema,
  message: z.string(),
});
export type ErrorEnvelope = z.output<typeof ErrorEnvelopeSchema>;

export const GoodsBillItemSchema = z.looseObject({
  BarCode: z.string(),
  Name: z.string(),
  Number: decimalSchema,
  Price: decimalSchema,
  GoodsItemSkuDesc: z.string().nullable().optional(),
  SkuCode: z.string().nullable().optional(),
});
export type GoodsBillItem = z.output<typeof GoodsBillItemSchema>;

export const GoodsBillSchema = z.looseObject({
  Guid: z.string().min(1),
  BillNumber: z.string().min(1),
  Status: integerSchema,
  StatusName: z.string(),
  SubmitTime: z.string().regex(new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?$")),
  TotalMoney: decimalSchema,
  PaidMoney: decimalSchema,
  PaidValue: decimalSchema,
  PaidPoint: decimalSchema,
  PaidCoupon: decimalSchema,
  PaidOther: decimalSchema,
  PaidThirdpay: decimalSchema,
  ThirdpayType: integerSchema,
  ThirdPayStatus: integerSchema,
  ConsumeBillNumber: z.string().nullable(),
  IsCashOnDeliver: z.boolean(),
  IsSelfPickUp: z.boolean(),
  SelfPickUpTime: z.string().nullable().optional(),
  SelfPickUpStoreName: z.string().nullable().optional(),
  AssignChainStoreGuid: z.string().nullable().optional(),
  AssignStoreName: z.string().nullable().optional(),
  CardId: z.string(),
  TrueName: z.string().nullable().optional(),
  Mobile: z.string().nullable().optional(),
  Province: z.string().nullable().optional(),
  City: z.string().nullable().optional(),
  County: z.string().nullable().optional(),
  Address: z.string().nullable().optional(),
  Postcode: z.string().nullable().optional(),
  Receiver: z.string().nullable().optional(),
  ReceiverMobile: z.string().nullable().optional(),
  Meno: z.string().nullable().optional(),
  ItemList: z.array(GoodsBillItemSchema),
});
export type GoodsBill = z.output<typeof GoodsBillSchema>;

export const GoodsBillPagedResponseSchema = z.looseObject({
  status: z.literal(0),
  total: integerSchema.pipe(z.number().min(0)),
  data: z.array(GoodsBillSchema),
});
export type GoodsBillPagedResponse = z.output<typeof GoodsBillPagedResponseSchema>;

export const MemberSchema = z.looseObject({
  Guid: z.string(),
  CardId: z.string(),
  TrueName: z.string().nullable().optional(),
  Mobile: z.string().nullable().optional(),
  MemberGroupName: z.string().nullable().optional(),
  Sex: integerSchema.nullable().optional(),
  Birthday: z.string().nullable().optional(),
  EnablePoint: decimalSchema.nullable().optional(),
  EnableValue: decimalSchema.nullable().optional(),
  RegisterTime: z.string().nullable().optional(),
  ThirdOpenId: z.string().nullable().optional(),
});
export type Member = z.output<typeof MemberSchema>;

export const MembersPagedResponseSchema = z.looseObject({
  status: z.literal(0),
  total: integerSchema.pipe(z.number().min(0)),
  data: z.array(MemberSchema),
});
export type MembersPagedResponse = z.output<typeof MembersPagedResponseSchema>;

export const PagedQuerySchema = z.strictObject({
  userAccount: z.string().min(1),
  where: z.string(),
  pageIndex: integerSchema.pipe(z.number().min(0)),
  pageSize: integerSchema.pipe(z.number().min(1).max(200)),
  orderBy: z.string(),
});
export type PagedQuery = z.output<typeof PagedQuerySchema>;
