// This file is generated. Do not edit it by hand.
// Source: specs/baifude.openapi.yaml — regenerate with `pnpm generate` (orderbridge-codegen zod).
// `pnpm test` fails when this file and the spec disagree.
/* eslint-disable */
import { z } from "zod";
import { decimalSchema, idSchema, integerSchema } from "@orderbridge/core";

export const BeijingTimeSchema = z.string().regex(new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"));
export type BeijingTime = z.output<typeof BeijingTimeSchema>;

export const ResultCodeSchema = idSchema;
export type ResultCode = z.output<typeof ResultCodeSchema>;

export const ErrorResponseSchema = z.looseObject({
  code: ResultCodeSchema,
  data: z.null().optional(),
  msg: z.string().nullable().optional(),
  errMsg: z.string().nullable().optional(),
});
export type ErrorResponse = z.output<typeof ErrorResponseSchema>;

export const FlowStatusSchema = integerSchema;
export type FlowStatus = z.output<typeof FlowStatusSchema>;

export const GetListRequestSchema = z.looseObject({
  paySnList: z.array(z.string().min(1)).min(1).max(20),
});
export type GetListRequest = z.output<typeof GetListRequestSchema>;

export const NullableBeijingTimeSchema = z.string().regex(new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$")).nullable();
export type NullableBeijingTime = z.output<typeof NullableBeijingTimeSchema>;

export const OrderItemResponseVOSchema = z.looseObject({
  goodsId: idSchema,
  name: z.string(),
  num: integerSchema,
  price: decimalSchema,
  logo: z.string().nullable().optional(),
  virtual: z.unknown().optional(),
});
export type OrderItemResponseVO = z.output<typeof OrderItemResponseVOSchema>;

export const PayWaySchema = idSchema;
export type PayWay = z.output<typeof PayWaySchema>;

export const OrderPayResponseVOSchema = z.looseObject({
  payWay: PayWaySchema,
  cardId: z.string().nullable().optional(),
  startPayTime: NullableBeijingTimeSchema.optional(),
  endPayTime: NullableBeijingTimeSchema.optional(),
  amount: decimalSchema,
  deduction: decimalSchema,
  status: FlowStatusSchema,
  dispatchCost: decimalSchema.nullable().optional(),
  serviceFee: decimalSchema.nullable().optional(),
});
export type OrderPayResponseVO = z.output<typeof OrderPayResponseVOSchema>;

export const OrderRefundWayResponseVOSchema = z.looseObject({
  refundOrderSn: idSchema.nullable().optional(),
  payWay: PayWaySchema,
  refundAccount: z.string().nullable().optional(),
  refundVal: decimalSchema,
  deduction: decimalSchema,
  status: FlowStatusSchema,
  createdAt: NullableBeijingTimeSchema.optional(),
  refundTime: NullableBeijingTimeSchema.optional(),
});
export type OrderRefundWayResponseVO = z.output<typeof OrderRefundWayResponseVOSchema>;

export const RefundOrderStatusSchema = integerSchema;
export type RefundOrderStatus = z.output<typeof RefundOrderStatusSchema>;

export const OrderReturnResponseVOSchema = z.looseObject({
  sn: idSchema,
  payOrderSn: idSchema.nullable().optional(),
  payOrderAmount: decimalSchema.nullable().optional(),
  refundAmount: decimalSchema,
  refundReason: z.string().nullable().optional(),
  status: RefundOrderStatusSchema,
  createdAt: NullableBeijingTimeSchema.optional(),
  updatedAt: NullableBeijingTimeSchema.optional(),
  refundWayList: z.array(OrderRefundWayResponseVOSchema),
});
export type OrderReturnResponseVO = z.output<typeof OrderReturnResponseVOSchema>;

export const PayOrderStatusSchema = integerSchema;
export type PayOrderStatus = z.output<typeof PayOrderStatusSchema>;

export const ResponseDataSchema = z.looseObject({
  sn: idSchema,
  channelSn: idSchema,
  channel: integerSchema.optional(),
  dispatchWay: z.string().nullable().optional(),
  dispatchTime: z.string().nullable().optional(),
  dispatchCost: decimalSchema.nullable().optional(),
  serviceFee: decimalSchema.nullable().optional(),
  status: PayOrderStatusSchema,
  amount: decimalSchema,
  realAmount: decimalSchema,
  paidAmount: decimalSchema,
  startPayTime: NullableBeijingTimeSchema.optional(),
  endPayTime: NullableBeijingTimeSchema.optional(),
  expiredAt: NullableBeijingTimeSchema.optional(),
  createdAt: BeijingTimeSchema,
  receiver: z.string().nullable().optional(),
  userId: idSchema.nullable().optional(),
  bfdAccount: z.string().nullable().optional(),
  bfdUserId: z.string().nullable().optional(),
  goodsList: z.array(OrderItemResponseVOSchema),
  payWayList: z.array(OrderPayResponseVOSchema),
  refundOrderList: z.array(OrderReturnResponseVOSchema),
});
export type ResponseData = z.output<typeof ResponseDataSchema>;

export const GetListResponseSchema = z.looseObject({
  code: ResultCodeSchema,
  data: z.array(ResponseDataSchema).nullable().optional(),
  msg: z.string().nullable().optional(),
  errMsg: z.string().nullable().optional(),
});
export type GetListResponse = z.output<typeof GetListResponseSchema>;

export const GetOrderInfoRequestSchema = z.looseObject({
  orderNo: z.string().min(1),
  terminal: z.string().optional(),
});
export type GetOrderInfoRequest = z.output<typeof GetOrderInfoRequestSchema>;

export const OrderListDetailSchema = z.looseObject({
  acceptTime: z.string().nullable().optional(),
});
export type OrderListDetail = z.output<typeof OrderListDetailSchema>;

export const GetOrderInfoResponseSchema = z.looseObject({
  code: ResultCodeSchema,
  data: z.union([OrderListDetailSchema, z.literal(null)]).optional(),
  msg: z.string().nullable().optional(),
  errMsg: z.string().nullable().optional(),
});
export type GetOrderInfoResponse = z.output<typeof GetOrderInfoResponseSchema>;

export const PushAckSchema = z.looseObject({
  code: ResultCodeSchema,
  msg: z.string().nullable().optional(),
  data: z.null().optional(),
});
export type PushAck = z.output<typeof PushAckSchema>;

export const PushLogisticsSchema = z.looseObject({
  orderNo: idSchema.optional(),
  status: z.string().optional(),
});
export type PushLogistics = z.output<typeof PushLogisticsSchema>;

export const PushMessageSchema = z.looseObject({
  msgId: z.string().min(1),
  msgType: z.string().min(1),
  sendTime: BeijingTimeSchema.optional(),
  data: z.looseObject({}),
});
export type PushMessage = z.output<typeof PushMessageSchema>;

export const PushPayOrderRefSchema = z.looseObject({
  paySn: idSchema,
  orderNo: idSchema.optional(),
  status: integerSchema.optional(),
});
export type PushPayOrderRef = z.output<typeof PushPayOrderRefSchema>;

export const PushRefundRefSchema = z.looseObject({
  paySn: idSchema,
  refundSn: idSchema.optional(),
  refundStatus: integerSchema.optional(),
});
export type PushRefundRef = z.output<typeof PushRefundRefSchema>;

export const SettlementItemSchema = z.looseObject({
  paySn: idSchema,
  orderNum: idSchema.nullable().optional(),
  bizOrderNum: z.string().nullable().optional(),
  paymentTime: BeijingTimeSchema,
  orderTime: NullableBeijingTimeSchema.optional(),
  goodsId: idSchema.nullable().optional(),
  goodsName: z.string().nullable().optional(),
  num: integerSchema.nullable().optional(),
  price: decimalSchema.nullable().optional(),
  amount: decimalSchema.nullable().optional(),
});
export type SettlementItem = z.output<typeof SettlementItemSchema>;

export const SettlementItemListRequestSchema = z.looseObject({
  paymentStartTime: BeijingTimeSchema,
  paymentEndTime: BeijingTimeSchema,
  orderStartTime: BeijingTimeSchema.optional(),
  orderEndTime: BeijingTimeSchema.optional(),
  bizOrderNum: z.string().optional(),
  orderNum: z.string().optional(),
  currentPage: integerSchema.pipe(z.number().min(1)).optional(),
  itemsPerPage: integerSchema.pipe(z.number().min(1).max(500)).optional(),
});
export type SettlementItemListRequest = z.output<typeof SettlementItemListRequestSchema>;

export const SettlementItemPageSchema = z.looseObject({
  currentPage: integerSchema.optional(),
  itemsPerPage: integerSchema.optional(),
  totalCount: integerSchema.optional(),
  list: z.array(SettlementItemSchema),
});
export type SettlementItemPage = z.output<typeof SettlementItemPageSchema>;

export const SettlementItemListResponseSchema = z.looseObject({
  code: ResultCodeSchema,
  data: z.union([SettlementItemPageSchema, z.literal(null)]).optional(),
  msg: z.string().nullable().optional(),
  errMsg: z.string().nullable().optional(),
});
export type SettlementItemListResponse = z.output<typeof SettlementItemListResponseSchema>;

export const TokenDataSchema = z.looseObject({
  access_token: z.string().min(1),
  expires_in: integerSchema.optional(),
});
export type TokenData = z.output<typeof TokenDataSchema>;

export const TokenRequestSchema = z.looseObject({
  appid: z.string(),
  grant_type: z.literal("client_credential"),
  timestamp: z.string().regex(new RegExp("^[0-9]{13}$")),
  sign: z.string(),
  version: z.string().optional(),
});
export type TokenRequest = z.output<typeof TokenRequestSchema>;

export const TokenResponseSchema = z.looseObject({
  code: ResultCodeSchema,
  data: z.union([TokenDataSchema, z.literal(null)]).optional(),
  msg: z.string().nullable().optional(),
  errMsg: z.string().nullable().optional(),
});
export type TokenResponse = z.output<typeof TokenResponseSchema>;
