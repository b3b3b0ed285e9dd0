import { schemas } from "@orderbridge/yikayi";
import { z } from "zod";

/** The spec's zod schemas of a sale and its lines, as one record (for callers who validate with zod). */
export const YikayiSaleSchema = z.looseObject({
  note: schemas.ConsumeNoteSchema,
  items: z.array(schemas.ConsumeNoteItemSchema),
});
