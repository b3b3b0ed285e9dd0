// This file is generated. Do not edit it by hand.
// Source: specs/yopoint.openapi.yaml — regenerate with `pnpm generate` (orderbridge-codegen zod).
// `pnpm test` fails when this file and the spec disagree.
/* eslint-disable */
import { z } from "zod";
import { integerSchema, numberSchema } from "@orderbridge/core";

export const ApiTestBizContentSchema = z.looseObject({});
export type ApiTestBizContent = z.output<typeof ApiTestBizContentSchema>;

export const ApiTestDataSchema = z.looseObject({});
export type ApiTestData = z.output<typeof ApiTestDataSchema>;

export const GatewayCommonParametersSchema = z.looseObject({
  appid: z.string().min(1),
  version: z.string(),
  timestamp: z.union([z.string().regex(new RegExp("^[0-9]{10}([0-9]{3})?$")), integerSchema]),
  sign_type: z.string(),
  sign: z.string().regex(new RegExp("^[0-9a-f]{32}$")),
});
export type GatewayCommonParameters = z.output<typeof GatewayCommonParametersSchema>;

export const ApiTestFormSchema = z.intersection(z.intersection(GatewayCommonParametersSchema, z.looseObject({
  method: z.literal("api.test"),
  biz_content: z.string(),
})), z.looseObject({
  method: z.string(),
}));
export type ApiTestForm = z.output<typeof ApiTestFormSchema>;

export const ApiTestJsonSchema = z.intersection(z.intersection(GatewayCommonParametersSchema, z.looseObject({
  method: z.literal("api.test"),
  biz_content: ApiTestBizContentSchema,
})), z.looseObject({
  method: z.string(),
}));
export type ApiTestJson = z.output<typeof ApiTestJsonSchema>;

export const GatewayEnvelopeSchema = z.looseObject({
  error_code: integerSchema,
  error_msg: z.string(),
  sub_error_code: z.union([z.string(), integerSchema]).nullable().optional(),
  sub_error_msg: z.string().nullable().optional(),
  data: z.unknown().optional(),
});
export type GatewayEnvelope = z.output<typeof GatewayEnvelopeSchema>;

export const ApiTestResponseSchema = z.intersection(GatewayEnvelopeSchema, z.looseObject({
  data: ApiTestDataSchema,
}));
export type ApiTestResponse = z.output<typeof ApiTestResponseSchema>;

export const AppealProductSchema = z.strictObject({
  BarCode: z.string(),
  Qty: integerSchema.pipe(z.number().min(0)),
});
export type AppealProduct = z.output<typeof AppealProductSchema>;

export const CargoSlotSchema = z.looseObject({
  Row: integerSchema.optional(),
  Col: integerSchema.optional(),
  BarCode: z.string().optional(),
});
export type CargoSlot = z.output<typeof CargoSlotSchema>;

export const CabinetSchema = z.looseObject({
  id: z.string(),
  Name: z.string().optional(),
  DeviceCode: z.string().optional(),
  Code: z.string().optional(),
  CargoConfig: z.array(CargoSlotSchema).optional(),
  EnableSell: z.boolean().optional(),
  SellStatus: integerSchema.optional(),
  OnlineStatus: integerSchema.optional(),
  Province: z.string().optional(),
  City: z.string().optional(),
  District: z.string().optional(),
  ServicePhone: z.string().optional(),
  ExtElectronicStatus: integerSchema.optional(),
  ReplenisherAccountID: z.string().optional(),
  CabinetCount: integerSchema.optional(),
  Location: z.array(numberSchema).optional(),
});
export type Cabinet = z.output<typeof CabinetSchema>;

export const CabinetListBizContentSchema = z.strictObject({
  Page: integerSchema.pipe(z.number().min(1)),
  PageSize: integerSchema.pipe(z.number().min(1).max(100)).optional(),
});
export type CabinetListBizContent = z.output<typeof CabinetListBizContentSchema>;

export const CabinetListDataSchema = z.looseObject({
  total: integerSchema,
  per_page: integerSchema,
  current_page: integerSchema,
  last_page: integerSchema,
  from: integerSchema.optional(),
  to: integerSchema.optional(),
  data: z.array(CabinetSchema),
});
export type CabinetListData = z.output<typeof CabinetListDataSchema>;

export const CabinetListFormSchema = z.intersection(z.intersection(GatewayCommonParametersSchema, z.looseObject({
  method: z.literal("cabinet.list"),
  biz_content: z.string(),
})), z.looseObject({
  method: z.string(),
}));
export type CabinetListForm = z.output<typeof CabinetListFormSchema>;

export const CabinetListJsonSchema = z.intersection(z.intersection(GatewayCommonParametersSchema, z.looseObject({
  method: z.literal("cabinet.list"),
  biz_content: CabinetListBizContentSchema,
})), z.looseObject({
  method: z.string(),
}));
export type CabinetListJson = z.output<typeof CabinetListJsonSchema>;

export const CabinetListResponseSchema = z.intersection(GatewayEnvelopeSchema, z.looseObject({
  data: CabinetListDataSchema,
}));
export type CabinetListResponse = z.output<typeof CabinetListResponseSchema>;

export const CabinetOpenDoorBizContentSchema = z.strictObject({
  CID: z.string().min(1),
  OpenID: z.string().min(1),
});
export type CabinetOpenDoorBizContent = z.output<typeof CabinetOpenDoorBizContentSchema>;

export const CabinetOpenDoorDataSchema = z.looseObject({
  ReceiptNo: z.string(),
  CID: z.string().optional(),
  NotifyUrl: z.string().optional(),
});
export type CabinetOpenDoorData = z.output<typeof CabinetOpenDoorDataSchema>;

export const CabinetOpenDoorFormSchema = z.intersection(z.intersection(GatewayCommonParametersSchema, z.looseObject({
  method: z.literal("cabinet.open.door"),
  biz_content: z.string(),
})), z.looseObject({
  method: z.string(),
}));
export type CabinetOpenDoorForm = z.output<typeof CabinetOpenDoorFormSchema>;

export const CabinetOpenDoorJsonSchema = z.intersection(z.intersection(GatewayCommonParametersSchema, z.looseObject({
  method: z.literal("cabinet.open.door"),
  biz_content: CabinetOpenDoorBizContentSchema,
})), z.looseObject({
  method: z.string(),
}));
export type CabinetOpenDoorJson = z.output<typeof CabinetOpenDoorJsonSchema>;

export const CabinetOpenDoorResponseSchema = z.intersection(GatewayEnvelopeSchema, z.looseObject({
  data: CabinetOpenDoorDataSchema,
}));
export type CabinetOpenDoorResponse = z.output<typeof CabinetOpenDoorResponseSchema>;

export const FenAmountSchema = integerSchema;
export type FenAmount = z.output<typeof FenAmountSchema>;

export const ProductVOSchema = z.looseObject({
  Name: z.string().optional(),
  ImageUrl: z.string().optional(),
  ImageFixWidthUrl: z.string().optional(),
  BarCode: z.string().optional(),
  Price: FenAmountSchema.optional(),
});
export type ProductVO = z.output<typeof ProductVOSchema>;

export const OrderProductSchema = z.looseObject({
  Qty: integerSchema,
  BarCode: z.string(),
  Name: z.string(),
  Price: FenAmountSchema,
  CostPrice: FenAmountSchema.optional(),
  TotalPrice: FenAmountSchema,
  ProductVO: ProductVOSchema.optional(),
});
export type OrderProduct = z.output<typeof OrderProductSchema>;

export const RefundProductSchema = z.looseObject({
  Qty: integerSchema,
  BarCode: z.string(),
  Name: z.string(),
  Price: FenAmountSchema,
  CostPrice: FenAmountSchema.optional(),
  TotalPrice: FenAmountSchema,
  ProductVO: ProductVOSchema.optional(),
  RealQty: integerSchema.optional(),
});
export type RefundProduct = z.output<typeof RefundProductSchema>;

export const UnixSecondsSchema = integerSchema;
export type UnixSeconds = z.output<typeof UnixSecondsSchema>;

export const MemberVOSchema = z.looseObject({
  Mobile: z.string().optional(),
  NickName: z.string().optional(),
  Sex: integerSchema.optional(),
  Platform: z.array(integerSchema).optional(),
});
export type MemberVO = z.output<typeof MemberVOSchema>;

export const UserVOSchema = z.looseObject({
  id: z.string().optional(),
  Platform: integerSchema.optional(),
  OpenID: z.string().optional(),
  Scope: z.string().optional(),
  MemberID: z.string().optional(),
  NickName: z.string().optional(),
  Sex: integerSchema.optional(),
  Province: z.string().optional(),
  City: z.string().optional(),
  ImageUrl: z.string().optional(),
  CreateAt: UnixSecondsSchema.optional(),
  UpdatedAt: UnixSecondsSchema.optional(),
  isFirstFlash: z.boolean().optional(),
  LastLoginTime: UnixSecondsSchema.optional(),
  LastIPAddress: z.string().optional(),
  MemberVO: MemberVOSchema.optional(),
});
export type UserVO = z.output<typeof UserVOSchema>;

export const CabinetOrderSchema = z.looseObject({
  id: z.string(),
  CID: z.string(),
  OID: z.string(),
  BID: z.string().optional(),
  DeviceCode: z.string().optional(),
  TerminalName: z.string().optional(),
  UserID: z.string().optional(),
  OpenID: z.string().optional(),
  PayType: integerSchema,
  PayExtend: z.looseObject({}).optional(),
  ClientIPAddress: z.string().optional(),
  ScenesType: integerSchema.optional(),
  ServiceStatus: integerSchema.optional(),
  TradeNo: z.string().optional(),
  ThirdpartyAppID: z.string().optional(),
  ReceiptNo: z.string(),
  LandMarkName: z.string().optional(),
  IndustryParentName: z.string().optional(),
  IndustryName: z.string().optional(),
  DoorStatus: integerSchema.optional(),
  TradeRawData: z.looseObject({}).optional(),
  PayTime: UnixSecondsSchema,
  Products: z.array(OrderProductSchema),
  TradeStatus: integerSchema,
  Price: FenAmountSchema,
  IsSuspicious: integerSchema.optional(),
  RefundsProducts: z.array(RefundProductSchema).optional(),
  RefundsPrice: FenAmountSchema,
  RefundsTime: UnixSecondsSchema.optional(),
  RefundsRawData: z.looseObject({}).optional(),
  UserRefundsStatus: integerSchema.optional(),
  UserRefundsTime: UnixSecondsSchema.optional(),
  UserRefundsReason: z.string().optional(),
  UserVO: UserVOSchema.optional(),
  NotifyUrl: z.string().optional(),
});
export type CabinetOrder = z.output<typeof CabinetOrderSchema>;

export const CabinetOrderGetBizContentSchema = z.strictObject({
  ReceiptNo: z.string().min(1).optional(),
  TradeNo: z.string().min(1).optional(),
});
export type CabinetOrderGetBizContent = z.output<typeof CabinetOrderGetBizContentSchema>;

export const CabinetOrderGetFormSchema = z.intersection(z.intersection(GatewayCommonParametersSchema, z.looseObject({
  method: z.literal("cabinet.order.get"),
  biz_content: z.string(),
})), z.looseObject({
  method: z.string(),
}));
export type CabinetOrderGetForm = z.output<typeof CabinetOrderGetFormSchema>;

export const CabinetOrderGetJsonSchema = z.intersection(z.intersection(GatewayCommonParametersSchema, z.looseObject({
  method: z.literal("cabinet.order.get"),
  biz_content: CabinetOrderGetBizContentSchema,
})), z.looseObject({
  method: z.string(),
}));
export type CabinetOrderGetJson = z.output<typeof CabinetOrderGetJsonSchema>;

export const CabinetOrderGetResponseSchema = z.intersection(GatewayEnvelopeSchema, z.looseObject({
  data: CabinetOrderSchema,
}));
export type CabinetOrderGetResponse = z.output<typeof CabinetOrderGetResponseSchema>;

export const CabinetOrderListBizContentSchema = z.strictObject({
  page: integerSchema.pipe(z.number().min(1)),
  StartTime: UnixSecondsSchema,
  EndTime: UnixSecondsSchema,
  pageSize: integerSchema.pipe(z.number().min(1).max(100)).optional(),
});
export type CabinetOrderListBizContent = z.output<typeof CabinetOrderListBizContentSchema>;

export const CabinetOrderListDataSchema = z.looseObject({
  total: integerSchema,
  per_page: integerSchema,
  current_page: integerSchema,
  last_page: integerSchema,
  from: integerSchema.optional(),
  to: integerSchema.optional(),
  data: z.array(CabinetOrderSchema),
});
export type CabinetOrderListData = z.output<typeof CabinetOrderListDataSchema>;

export const CabinetOrderListFormSchema = z.intersection(z.intersection(GatewayCommonParametersSchema, z.looseObject({
  method: z.literal("cabinet.order.list"),
  biz_content: z.string(),
})), z.looseObject({
  method: z.string(),
}));
export type CabinetOrderListForm = z.output<typeof CabinetOrderListFormSchema>;

export const CabinetOrderListJsonSchema = z.intersection(z.intersection(GatewayCommonParametersSchema, z.looseObject({
  method: z.literal("cabinet.order.list"),
  biz_content: CabinetOrderListBizContentSchema,
})), z.looseObject({
  method: z.string(),
}));
export type CabinetOrderListJson = z.output<typeof CabinetOrderListJsonSchema>;

export const CabinetOrderListResponseSchema = z.intersection(GatewayEnvelopeSchema, z.looseObject({
  data: CabinetOrderListDataSchema,
}));
export type CabinetOrderListResponse = z.output<typeof CabinetOrderListResponseSchema>;

export const CabinetOrderRefundApplyBizContentSchema = z.strictObject({
  ReceiptNo: z.string().min(1),
  Reason: z.string().optional(),
});
export type CabinetOrderRefundApplyBizContent = z.output<typeof CabinetOrderRefundApplyBizContentSchema>;

export const CabinetOrderRefundApplyDataSchema = z.looseObject({
  ReceiptNo: z.string(),
  UserRefundsStatus: integerSchema.optional(),
  UserRefundsTime: UnixSecondsSchema.optional(),
  UserRefundsReason: z.string().optional(),
});
export type CabinetOrderRefundApplyData = z.output<typeof CabinetOrderRefundApplyDataSchema>;

export const CabinetOrderRefundApplyFormSchema = z.intersection(z.intersection(GatewayCommonParametersSchema, z.looseObject({
  method: z.literal("cabinet.order.refund.apply"),
  biz_content: z.string(),
})), z.looseObject({
  method: z.string(),
}));
export type CabinetOrderRefundApplyForm = z.output<typeof CabinetOrderRefundApplyFormSchema>;

export const CabinetOrderRefundApplyJsonSchema = z.intersection(z.intersection(GatewayCommonParametersSchema, z.looseObject({
  method: z.literal("cabinet.order.refund.apply"),
  biz_content: CabinetOrderRefundApplyBizContentSchema,
})), z.looseObject({
  method: z.string(),
}));
export type CabinetOrderRefundApplyJson = z.output<typeof CabinetOrderRefundApplyJsonSchema>;

export const CabinetOrderRefundApplyResponseSchema = z.intersection(GatewayEnvelopeSchema, z.looseObject({
  data: CabinetOrderRefundApplyDataSchema,
}));
export type CabinetOrderRefundApplyResponse = z.output<typeof CabinetOrderRefundApplyResponseSchema>;

export const CabinetOrderUserAppealBizContentSchema = z.strictObject({
  ReceiptNo: z.string().min(1),
  Reason: z.string().optional(),
  Products: z.array(AppealProductSchema).optional(),
});
export type CabinetOrderUserAppealBizContent = z.output<typeof CabinetOrderUserAppealBizContentSchema>;

export const CabinetOrderUserAppealDataSchema = z.looseObject({
  ReceiptNo: z.string(),
  AppealTime: UnixSecondsSchema.optional(),
});
export type CabinetOrderUserAppealData = z.output<typeof CabinetOrderUserAppealDataSchema>;

export const CabinetOrderUserAppealFormSchema = z.intersection(z.intersection(GatewayCommonParametersSchema, z.looseObject({
  method: z.literal("cabinet.order.user.appeal"),
  biz_content: z.string(),
})), z.looseObject({
  method: z.string(),
}));
export type CabinetOrderUserAppealForm = z.output<typeof CabinetOrderUserAppealFormSchema>;

export const CabinetOrderUserAppealJsonSchema = z.intersection(z.intersection(GatewayCommonParametersSchema, z.looseObject({
  method: z.literal("cabinet.order.user.appeal"),
  biz_content: CabinetOrderUserAppealBizContentSchema,
})), z.looseObject({
  method: z.string(),
}));
export type CabinetOrderUserAppealJson = z.output<typeof CabinetOrderUserAppealJsonSchema>;

export const CabinetOrderUserAppealResponseSchema = z.intersection(GatewayEnvelopeSchema, z.looseObject({
  data: CabinetOrderUserAppealDataSchema,
}));
export type CabinetOrderUserAppealResponse = z.output<typeof CabinetOrderUserAppealResponseSchema>;

export const CabinetOrderViResultNotifySchema = z.looseObject({
  ReceiptNo: z.string(),
  Products: z.array(OrderProductSchema),
});
export type CabinetOrderViResultNotify = z.output<typeof CabinetOrderViResultNotifySchema>;

export const CabinetProductStockBizContentSchema = z.strictObject({
  cid: z.string().min(1),
  page: integerSchema.pipe(z.number().min(1)).optional(),
  pageSize: integerSchema.pipe(z.number().min(1).max(100)).optional(),
});
export type CabinetProductStockBizContent = z.output<typeof CabinetProductStockBizContentSchema>;

export const CabinetProductStockItemSchema = z.looseObject({
  OID: z.string().optional(),
  CID: z.string().optional(),
  BarCode: z.string(),
  ProviderProductID: z.string().optional(),
  Price: FenAmountSchema,
  Stock: integerSchema,
  Capacity: integerSchema.optional(),
  SalesCount: integerSchema.optional(),
  ProductVO: ProductVOSchema.optional(),
  CargoList: z.array(CargoSlotSchema).optional(),
});
export type CabinetProductStockItem = z.output<typeof CabinetProductStockItemSchema>;

export const CabinetProductStockDataSchema = z.looseObject({
  total: integerSchema,
  per_page: integerSchema,
  current_page: integerSchema,
  last_page: integerSchema,
  from: integerSchema.optional(),
  to: integerSchema.optional(),
  data: z.array(CabinetProductStockItemSchema),
});
export type CabinetProductStockData = z.output<typeof CabinetProductStockDataSchema>;

export const CabinetProductStockFormSchema = z.intersection(z.intersection(GatewayCommonParametersSchema, z.looseObject({
  method: z.literal("cabinet.product.stock"),
  biz_content: z.string(),
})), z.looseObject({
  method: z.string(),
}));
export type CabinetProductStockForm = z.output<typeof CabinetProductStockFormSchema>;

export const CabinetProductStockJsonSchema = z.intersection(z.intersection(GatewayCommonParametersSchema, z.looseObject({
  method: z.literal("cabinet.product.stock"),
  biz_content: CabinetProductStockBizContentSchema,
})), z.looseObject({
  method: z.string(),
}));
export type CabinetProductStockJson = z.output<typeof CabinetProductStockJsonSchema>;

export const CabinetProductStockResponseSchema = z.intersection(GatewayEnvelopeSchema, z.looseObject({
  data: CabinetProductStockDataSchema,
}));
export type CabinetProductStockResponse = z.output<typeof CabinetProductStockResponseSchema>;

export const ConsumerOrderSchema = z.looseObject({
  id: z.string(),
  ReceiptNo: z.string(),
  TID: z.string().optional(),
  PayType: integerSchema.optional(),
  ProductName: z.string().optional(),
  BarCode: z.string().optional(),
  Price: FenAmountSchema,
  PayTime: UnixSecondsSchema,
  ShipmentsStatus: integerSchema.optional(),
  ShipmentsError: z.string().optional(),
  ProductVO: ProductVOSchema.optional(),
  UserVO: UserVOSchema.optional(),
});
export type ConsumerOrder = z.output<typeof ConsumerOrderSchema>;

export const ConsumerOrderGetBizContentSchema = z.strictObject({
  ReceiptNo: z.string().min(1),
});
export type ConsumerOrderGetBizContent = z.output<typeof ConsumerOrderGetBizContentSchema>;

export const ConsumerOrderGetFormSchema = z.intersection(z.intersection(GatewayCommonParametersSchema, z.looseObject({
  method: z.literal("consumer.order.get"),
  biz_content: z.string(),
})), z.looseObject({
  method: z.string(),
}));
export type ConsumerOrderGetForm = z.output<typeof ConsumerOrderGetFormSchema>;

export const ConsumerOrderGetJsonSchema = z.intersection(z.intersection(GatewayCommonParametersSchema, z.looseObject({
  method: z.literal("consumer.order.get"),
  biz_content: ConsumerOrderGetBizContentSchema,
})), z.looseObject({
  method: z.string(),
}));
export type ConsumerOrderGetJson = z.output<typeof ConsumerOrderGetJsonSchema>;

export const ConsumerOrderGetResponseSchema = z.intersection(GatewayEnvelopeSchema, z.looseObject({
  data: ConsumerOrderSchema,
}));
export type ConsumerOrderGetResponse = z.output<typeof ConsumerOrderGetResponseSchema>;

export const ConsumerOrderListBizContentSchema = z.strictObject({
  Page: integerSchema.pipe(z.number().min(1)),
  StartTime: UnixSecondsSchema,
  EndTime: UnixSecondsSchema,
});
export type ConsumerOrderListBizContent = z.output<typeof ConsumerOrderListBizContentSchema>;

export const ConsumerOrderListDataSchema = z.looseObject({
  total: integerSchema,
  per_page: integerSchema,
  current_page: integerSchema,
  last_page: integerSchema,
  from: integerSchema.optional(),
  to: integerSchema.optional(),
  data: z.array(ConsumerOrderSchema),
});
export type ConsumerOrderListData = z.output<typeof ConsumerOrderListDataSchema>;

export const ConsumerOrderListFormSchema = z.intersection(z.intersection(GatewayCommonParametersSchema, z.looseObject({
  method: z.literal("consumer.order.list"),
  biz_content: z.string(),
})), z.looseObject({
  method: z.string(),
}));
export type ConsumerOrderListForm = z.output<typeof ConsumerOrderListFormSchema>;

export const ConsumerOrderListJsonSchema = z.intersection(z.intersection(GatewayCommonParametersSchema, z.looseObject({
  method: z.literal("consumer.order.list"),
  biz_content: ConsumerOrderListBizContentSchema,
})), z.looseObject({
  method: z.string(),
}));
export type ConsumerOrderListJson = z.output<typeof ConsumerOrderListJsonSchema>;

export const ConsumerOrderListResponseSchema = z.intersection(GatewayEnvelopeSchema, z.looseObject({
  data: ConsumerOrderListDataSchema,
}));
export type ConsumerOrderListResponse = z.output<typeof ConsumerOrderListResponseSchema>;

export const NotificationAckSchema = z.looseObject({
  error_code: integerSchema,
  error_msg: z.string(),
  data: z.looseObject({}).optional(),
});
export type NotificationAck = z.output<typeof NotificationAckSchema>;

export const NotificationFormSchema = z.looseObject({
  appid: z.string().optional(),
  method: z.string(),
  biz_content: z.string(),
  timestamp: z.string().regex(new RegExp("^[0-9]{10}$")),
  sign_type: z.string(),
  sign: z.string().regex(new RegExp("^[0-9a-f]{32}$")),
});
export type NotificationForm = z.output<typeof NotificationFormSchema>;

export const NotifyCabinetChangedSchema = z.looseObject({
  RequestID: z.string(),
  CID: z.string().optional(),
  Name: z.string().optional(),
  DeviceCode: z.string().optional(),
  Code: z.string().optional(),
  CargoConfig: z.array(CargoSlotSchema).optional(),
  EnableSell: z.boolean().optional(),
  SellStatus: integerSchema.optional(),
  OnlineStatus: integerSchema.optional(),
  Province: z.string().optional(),
  City: z.string().optional(),
  District: z.string().optional(),
  ServicePhone: z.string().optional(),
  ExtElectronicStatus: integerSchema.optional(),
  ReplenisherAccountID: z.string().optional(),
  CabinetCount: integerSchema.optional(),
  Location: z.array(numberSchema).optional(),
});
export type NotifyCabinetChanged = z.output<typeof NotifyCabinetChangedSchema>;

export const NotifyCabinetOrderSimpleSchema = z.looseObject({
  ReceiptNo: z.string(),
  CID: z.string(),
  PayTime: UnixSecondsSchema,
});
export type NotifyCabinetOrderSimple = z.output<typeof NotifyCabinetOrderSimpleSchema>;

export const NotifyCloseDoorSchema = z.looseObject({
  Status: integerSchema,
  ReceiptNo: z.string(),
  Msg: z.string(),
});
export type NotifyCloseDoor = z.output<typeof NotifyCloseDoorSchema>;

export const NotifyConsumerOrderSimpleSchema = z.looseObject({
  ReceiptNo: z.string(),
  TID: z.string(),
  ShipmentsStatus: integerSchema,
  ShipmentsError: z.string(),
});
export type NotifyConsumerOrderSimple = z.output<typeof NotifyConsumerOrderSimpleSchema>;
