import type { z } from "zod";
import type { components } from "./generated/openapi.js";
import * as schemas from "./generated/schemas.js";

type Schemas = components["schemas"];

/**
 * Every gateway method of the vendor's list (docs/vendors/yopoint.md §0) with its `biz_content` schema, its `data` schema and
 * whether sending it twice is harmless. Only idempotent methods are retried after a timeout, 429 or 5xx: opening a
 * door or applying for a refund twice is not harmless.
 */
export const METHODS = {
  "api.test": {
    bizContent: schemas.ApiTestBizContentSchema,
    data: schemas.ApiTestDataSchema,
    idempotent: true,
  },
  "cabinet.list": {
    bizContent: schemas.CabinetListBizContentSchema,
    data: schemas.CabinetListDataSchema,
    idempotent: true,
  },
  "cabinet.product.stock": {
    bizContent: schemas.CabinetProductStockBizContentSchema,
    data: schemas.CabinetProductStockDataSchema,
    idempotent: true,
  },
  "cabinet.open.door": {
    bizContent: schemas.CabinetOpenDoorBizContentSchema,
    data: schemas.CabinetOpenDoorDataSchema,
    idempotent: false,
  },
  "cabinet.order.refund.apply": {
    bizContent: schemas.CabinetOrderRefundApplyBizContentSchema,
    data: schemas.CabinetOrderRefundApplyDataSchema,
    idempotent: false,
  },
  "cabinet.order.user.appeal": {
    bizContent: schemas.CabinetOrderUserAppealBizContentSchema,
    data: schemas.CabinetOrderUserAppealDataSchema,
    idempotent: false,
  },
  "cabinet.order.list": {
    bizContent: schemas.CabinetOrderListBizContentSchema,
    data: schemas.CabinetOrderListDataSchema,
    idempotent: true,
  },
  "cabinet.order.get": {
    bizContent: schemas.CabinetOrderGetBizContentSchema,
    data: schemas.CabinetOrderSchema,
    idempotent: true,
  },
  "consumer.order.list": {
    bizContent: schemas.ConsumerOrderListBizContentSchema,
    data: schemas.ConsumerOrderListDataSchema,
    idempotent: true,
  },
  "consumer.order.get": {
    bizContent: schemas.ConsumerOrderGetBizContentSchema,
    data: schemas.ConsumerOrderSchema,
    idempotent: true,
  },
} as const;

/** A gateway method name. */
export type YopointMethod = keyof typeof METHODS;

/** The `biz_content` each method takes (generated from the spec by openapi-typescript). */
export interface BizContentByMethod {
  "api.test": Schemas["ApiTestBizContent"];
  "cabinet.list": Schemas["CabinetListBizContent"];
  "cabinet.product.stock": Schemas["CabinetProductStockBizContent"];
  "cabinet.open.door": Schemas["CabinetOpenDoorBizContent"];
  "cabinet.order.refund.apply": Schemas["CabinetOrderRefundApplyBizContent"];
  "cabinet.order.user.appeal": Schemas["CabinetOrderUserAppealBizContent"];
  "cabinet.order.list": Schemas["CabinetOrderListBizContent"];
  "cabinet.order.get": Schemas["CabinetOrderGetBizContent"];
  "consumer.order.list": Schemas["ConsumerOrderListBizContent"];
  "consumer.order.get": Schemas["ConsumerOrderGetBizContent"];
}

/** The validated `data` each method returns (the zod output of its generated schema). */
export type DataByMethod = { [M in YopointMethod]: z.output<(typeof METHODS)[M]["data"]> };

/** Is `name` one of the gateway methods? */
export function isYopointMethod(name: string): name is YopointMethod {
  return Object.hasOwn(METHODS, name);
}
