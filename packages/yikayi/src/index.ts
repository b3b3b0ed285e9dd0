/**
 * @orderbridge/yikayi — a typed, signed client for the 1card1 (一卡易) open platform, generated from
 * `specs/yikayi.openapi.yaml`. See the package README.
 */
export * from "./client.js";
export * from "./filter.js";
export type * from "./generated/openapi.js";
export type {
  ConsumeNote,
  ConsumeNoteItem,
  GoodsBill,
  GoodsBillItem,
  Member,
  PagedQuery,
} from "./generated/schemas.js";
export * as schemas from "./generated/schemas.js";
export * as validators from "./generated/validators.js";
export * from "./signing.js";
