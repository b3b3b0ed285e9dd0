import type { z } from "zod";
import { ResponseDataSchema } from "./generated/schemas.js";

export {
  BAIFUDE_PATHS,
  type BaifudeClient,
  type BaifudeClientOptions,
  type BaifudeOperations,
  type BaifudePath,
  clientFromEnv,
  createClient,
  DEFAULT_EXPIRED_TOKEN_CODES,
  DEFAULT_TOKEN_PATH,
  GET_LIST_MAX_SNS,
  STATEMENT_MAX_PAGE_SIZE,
  VENDOR,
} from "./client.js";
export type { components, operations, paths } from "./generated/openapi.js";
export type * from "./generated/schemas.js";
export * as schemas from "./generated/schemas.js";
export * as validators from "./generated/validators.js";
export {
  BaifudeMissingPayOrderError,
  type BaifudeOrderWindow,
  type BaifudeStatement,
  type BaifudeStatementEntry,
  payOrderSnOf,
} from "./orders.js";
export {
  BAIFUDE_SIGNERS,
  type BaifudeSigner,
  type BaifudeSignInput,
  signFenbeitongMd5,
  signGuanaitongMd5,
} from "./signer.js";
export { type BaifudeToken, type BaifudeTokenProvider, DEFAULT_TOKEN_LIFETIME_SECONDS } from "./token.js";

/**
 * One Baifude pay order (支付单) as 4.1 批量查询支付单明细 returns it — goods lines, payment flows, refund
 * orders with their refund flows — validated. This is what `client.orders()` yields.
 */
export const BaifudePayOrderSchema = ResponseDataSchema;
/** A validated Baifude pay order (zod output of {@link BaifudePayOrderSchema}). */
export type BaifudeOrder = z.output<typeof BaifudePayOrderSchema>;
