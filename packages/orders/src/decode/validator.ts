/**
 * The validation engine behind tolerant decoding, kept behind this one small interface so that it can be
 * swapped: `normalize` uses the validators compiled from the vendor specs ({@link compiledRecordValidator});
 * {@link zodRecordValidator} does the same with the generated zod schemas, for callers who have only those.
 */

/** One way a record differs from the vendor spec's schema. */
export interface SchemaIssue {
  /** Where, in the record: keys and array indexes (`["Products", 2, "Price"]`; `[]` is the record). */
  readonly path: readonly PropertyKey[];
  /**
   * - `invalid`: the value at `path` is not what the schema says, or is missing where it is required;
   * - `unknown_key`: the object at `path` has a key (`key`) that the schema does not list (reported only at
   *   the policy's `closed` levels);
   * - `not_in_enum`: the value at `path` has the right type but is not one of the schema's enum values.
   */
  readonly kind: "invalid" | "unknown_key" | "not_in_enum";
  /** The unknown key, for `unknown_key`. */
  readonly key?: string;
  /** What the engine says, for messages (no record values beyond type names). */
  readonly message: string;
}

/** The outcome of one validation: the decoded record, or every issue with its path. */
export type Validation<T> = { ok: true; value: T } | { ok: false; issues: readonly SchemaIssue[] };

/** Validates one kind of vendor record. */
export interface RecordValidator<T> {
  /**
   * The spec's schema as it is, with unknown keys reported at the policy's closed levels. This is the only
   * work done for a record that has no issue, so it must be the whole check, in one pass.
   */
  validate(raw: unknown): Validation<T>;
  /**
   * The same schema with every passed-on field optional (what `needed` lists stays required) and no
   * unknown-key check: decodes a record from which the invalid passed-on values were removed. Only called
   * for records that failed {@link validate}.
   */
  validateRelaxed(raw: unknown): Validation<T>;
}
