/**
 * Drift and bad records: what a real vendor does to a sync that the seeded data alone never shows. Every
 * simulator takes the same two options and applies them, by record index, to every record it serves (in
 * lists and single-record answers alike), so `orderbridge mock` can show each tolerant and each strict path
 * of the sync:
 *
 * - `drift` changes records the way a vendor's API drifts: a documented field no longer sent, `null` where
 *   text was documented, a field the spec does not know, a code outside the documented set. A tolerant reader
 *   stores such a record, with a note.
 * - `badRecords` breaks records the way no reader can repair: the order number or the amount missing, money
 *   or a time that cannot be read, a time in year 10000, amounts that disagree, a record that is not an object.
 *   Such a record must become a failed record, listed, never silently dropped or stored wrong.
 */

/** The kinds of sale the simulators serve (the Order's `kind`). */
export type SimulatedKind = "cabinet" | "vending" | "welfare_mall" | "online_mall" | "in_store";

export interface DriftOptions {
  /** Which records drift: the `every`-th record of each chosen kind (indices every−1, 2·every−1, …). Default 10. */
  every?: number;
  /** The kinds whose records drift. Default: every kind the simulator serves. */
  orderKinds?: readonly SimulatedKind[];
  /** Top-level fields left out of a drifted record (a documented field the vendor stopped sending). */
  omit?: readonly string[];
  /** Top-level fields sent as `null` (null where text or a number was documented). */
  nullify?: readonly string[];
  /** Adds a field the spec does not know: `true` adds `SimUnknownField`, a string names the field. */
  extraField?: boolean | string;
  /**
   * Sets the kind's enum code to a value outside the documented set: Yopoint `PayType` 77, 1card1 goods
   * orders `ThirdpayType` 9, 1card1 sales `IsUndo` 2, Baifude the first `payWayList[].payWay` 99.
   */
  unknownCode?: boolean;
}

/** How a bad record is broken. */
export type BadRecordKind =
  /** The order number is missing (Yopoint `ReceiptNo`, 1card1 `BillNumber`, Baifude `sn`). */
  | "missing-id"
  /** The order amount is missing (Yopoint `Price`, 1card1 `TotalMoney`, Baifude `amount`). */
  | "missing-money"
  /** The order amount is text that is no number (`"12,50元"`). */
  | "unreadable-money"
  /** The order amount has a fraction of a fen that changes it (Yopoint `Price` 350.5, 1card1 `170.0050`). */
  | "sub-fen"
  /** Amounts that must agree do not (Yopoint Price ≠ its lines, 1card1 payments ≠ total, Baifude paid ≠ amount). */
  | "amounts-disagree"
  /** The order's time is text that is no time (`"yesterday"`, `"2024-02-30 25:61:00"`). */
  | "unreadable-time"
  /** The order's time is in year 10000 (Unix 253402300800, `"10000-01-01 00:00:00"`). */
  | "year-10000"
  /** The order's time is four years before the time span served (far outside any window being synced). */
  | "time-outside-window"
  /** The record is not a JSON object at all (its order number as a bare string). */
  | "not-an-object"
  /**
   * 1card1 sales only: the sale is served, but asking for its lines (Get_ConsumeNoteItemPagedV2) always answers
   * the vendor's failure envelope. Other kinds ignore it.
   */
  | "lines-unavailable";

export const BAD_RECORD_KINDS: readonly BadRecordKind[] = [
  "missing-id",
  "missing-money",
  "unreadable-money",
  "sub-fen",
  "amounts-disagree",
  "unreadable-time",
  "year-10000",
  "time-outside-window",
  "not-an-object",
  "lines-unavailable",
];

export interface BadRecordOptions {
  /** Which records are bad: the `every`-th record of each chosen kind (indices every−1, 2·every−1, …). */
  every: number;
  /** How they are broken; with a list, the bad records take its entries in turn. */
  kind: BadRecordKind | readonly BadRecordKind[];
  /** The kinds whose records are broken. Default: every kind the simulator serves. */
  orderKinds?: readonly SimulatedKind[];
}

/** What a simulator says about one kind of sale it serves: the generator's own numbers, in fen. */
export interface KindTotals {
  /** Records served that are not bad records (drifted ones included). */
  count: number;
  /** What their buyers paid, in fen, by all means together. */
  paidFen: number;
  /** What was refunded to them (successful refunds and revoked sales), in fen. */
  refundedFen: number;
  /** The same three per vendor status code, keyed `Field=value` (e.g. `ShipmentsStatus=-1`). */
  byStatus: Record<string, MoneyCount>;
  /** How many of the counted records the `drift` option changed. */
  drifted: number;
  /** Records broken by the `badRecords` option, not counted above: a sync must list each as failed. */
  bad: MoneyCount;
  /**
   * Counted records that record the same sale as a record of another kind (1card1: a goods order approved
   * into a sale at the till, both served). A total over both kinds counts these once too many.
   */
  duplicates?: MoneyCount;
}

export interface MoneyCount {
  count: number;
  paidFen: number;
  refundedFen: number;
}

/** Per kind, what a simulator holds. */
export type SimulatorTotals = Partial<Record<SimulatedKind, KindTotals>>;

/** Where the identity, the money and the time of one kind's records are, for the generic changes. */
export interface RecordAnatomy {
  /** The order number field. */
  id: string;
  /** The order amount field. */
  money: string;
  /** How money is written: integer fen (a JSON number) or yuan with four decimals (a lossless number). */
  moneyUnit: "fen" | "yuan";
  /** The field that places the order in time. */
  time: string;
  timeFormat: "unix-seconds" | "beijing-local";
  /** Sets the kind's enum code to an undocumented value. */
  unknownCode(record: Record<string, unknown>): void;
  /** Makes amounts that must agree disagree. */
  disagree(record: Record<string, unknown>): void;
  /** Writes a yuan amount given in ten-thousandths (1card1 money): the simulator's own serializer. */
  yuan?: (tenThousandths: bigint) => unknown;
}

/** Four years (one leap day): a Beijing-local time moved by four years stays a valid date, even on 29 February. */
const FOUR_YEARS_SECONDS = (4 * 365 + 1) * 86_400;

/** The default field name `extraField: true` adds. */
export const SIM_UNKNOWN_FIELD = "SimUnknownField";

function selected(every: number | undefined, index: number): boolean {
  const n = every ?? 10;
  return Number.isInteger(n) && n >= 1 && (index + 1) % n === 0;
}

function appliesTo(kinds: readonly SimulatedKind[] | undefined, kind: SimulatedKind): boolean {
  return kinds === undefined || kinds.includes(kind);
}

/** Checks the options once, when a simulator is created, naming what is wrong. */
export function checkRecordChanges(drift?: DriftOptions, bad?: BadRecordOptions): void {
  if (drift?.every !== undefined && !(Number.isInteger(drift.every) && drift.every >= 1))
    throw new RangeError("drift.every must be a whole number ≥ 1");
  if (bad) {
    if (!(Number.isInteger(bad.every) && bad.every >= 1))
      throw new RangeError("badRecords.every must be a whole number ≥ 1");
    const kinds = typeof bad.kind === "string" ? [bad.kind] : bad.kind;
    if (kinds.length === 0) throw new RangeError("badRecords.kind must name at least one kind of defect");
    for (const kind of kinds)
      if (!BAD_RECORD_KINDS.includes(kind))
        throw new RangeError(
          `badRecords.kind ${JSON.stringify(kind)} is not one of ${BAD_RECORD_KINDS.join(", ")}`,
        );
  }
}

/** Is record `index` of `kind` a drifted one? */
export function isDrifted(drift: DriftOptions | undefined, kind: SimulatedKind, index: number): boolean {
  return drift !== undefined && appliesTo(drift.orderKinds, kind) && selected(drift.every, index);
}

/** The defect of record `index` of `kind`, when it is a bad record. */
export function badRecordKind(
  bad: BadRecordOptions | undefined,
  kind: SimulatedKind,
  index: number,
): BadRecordKind | undefined {
  if (!bad || !appliesTo(bad.orderKinds, kind) || !selected(bad.every, index)) return undefined;
  const kinds = typeof bad.kind === "string" ? [bad.kind] : bad.kind;
  const defect = kinds[Math.floor((index + 1) / bad.every - 1) % kinds.length];
  return defect === "lines-unavailable" && kind !== "in_store" ? undefined : defect;
}

/**
 * Applies the drift and bad-record options to record `index` of `kind` as served. Returns the record
 * unchanged (the same object) when neither applies; a changed copy otherwise.
 */
export function applyRecordChanges(
  record: Record<string, unknown>,
  kind: SimulatedKind,
  index: number,
  anatomy: RecordAnatomy,
  drift: DriftOptions | undefined,
  bad: BadRecordOptions | undefined,
): unknown {
  const drifted = isDrifted(drift, kind, index);
  const defect = badRecordKind(bad, kind, index);
  if (!drifted && defect === undefined) return record;
  const out: Record<string, unknown> = structuredCloneRecord(record);
  if (drifted && drift) {
    for (const field of drift.omit ?? []) delete out[field];
    for (const field of drift.nullify ?? []) out[field] = null;
    if (drift.extraField)
      out[typeof drift.extraField === "string" ? drift.extraField : SIM_UNKNOWN_FIELD] = "not in the spec";
    if (drift.unknownCode) anatomy.unknownCode(out);
  }
  if (defect === undefined) return out;
  return breakRecord(out, defect, anatomy);
}

function breakRecord(
  record: Record<string, unknown>,
  defect: BadRecordKind,
  anatomy: RecordAnatomy,
): unknown {
  const time = record[anatomy.time];
  switch (defect) {
    case "missing-id":
      delete record[anatomy.id];
      return record;
    case "missing-money":
      delete record[anatomy.money];
      return record;
    case "unreadable-money":
      record[anatomy.money] = "12,50元";
      return record;
    case "sub-fen": {
      const value = record[anatomy.money];
      if (anatomy.moneyUnit === "fen") record[anatomy.money] = Number(value) + 0.5;
      else {
        // Half a fen more: 170.0000 -> 170.0050, which rounds to 170.01.
        const tenThousandths = BigInt(String(moneyText(value)).replace(".", "")) + 50n;
        record[anatomy.money] = anatomy.yuan ? anatomy.yuan(tenThousandths) : String(tenThousandths);
      }
      return record;
    }
    case "amounts-disagree":
      anatomy.disagree(record);
      return record;
    case "unreadable-time":
      record[anatomy.time] = anatomy.timeFormat === "unix-seconds" ? "yesterday" : "2024-02-30 25:61:00";
      return record;
    case "year-10000":
      record[anatomy.time] = anatomy.timeFormat === "unix-seconds" ? 253402300800 : "10000-01-01 00:00:00";
      return record;
    case "time-outside-window":
      if (anatomy.timeFormat === "unix-seconds") record[anatomy.time] = Number(time) - FOUR_YEARS_SECONDS;
      else if (typeof time === "string")
        record[anatomy.time] = `${Number(time.slice(0, 4)) - 4}${time.slice(4)}`;
      return record;
    case "not-an-object":
      return String(record[anatomy.id] ?? "not a record");
    case "lines-unavailable":
      // The record itself is served intact; the simulator refuses its lines.
      return record;
  }
}

/** The decimal text of a money value (a LosslessNumber, a number or a string). */
function moneyText(value: unknown): string {
  if (value !== null && typeof value === "object" && "value" in value)
    return String((value as { value: string }).value);
  const text = String(value);
  return /\./.test(text) ? text.padEnd(text.indexOf(".") + 5, "0") : `${text}.0000`;
}

/** A deep copy that keeps LosslessNumbers (and other class instances) as they are. */
function structuredCloneRecord(record: Record<string, unknown>): Record<string, unknown> {
  const copy = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(copy);
    if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) out[key] = copy(item);
      return out;
    }
    return value;
  };
  return copy(record) as Record<string, unknown>;
}

/** An empty tally. */
export function emptyTotals(): KindTotals {
  return {
    count: 0,
    paidFen: 0,
    refundedFen: 0,
    byStatus: {},
    drifted: 0,
    bad: { count: 0, paidFen: 0, refundedFen: 0 },
  };
}

/**
 * Adds one generated record to a kind's totals.
 *
 * @param status the vendor status code the record is filed under (`TradeStatus=2`)
 */
export function tally(
  totals: KindTotals,
  entry: { paidFen: number; refundedFen: number; status: string; drifted: boolean; bad: boolean },
): void {
  if (entry.bad) {
    totals.bad.count++;
    totals.bad.paidFen += entry.paidFen;
    totals.bad.refundedFen += entry.refundedFen;
    return;
  }
  totals.count++;
  totals.paidFen += entry.paidFen;
  totals.refundedFen += entry.refundedFen;
  if (entry.drifted) totals.drifted++;
  totals.byStatus[entry.status] ??= { count: 0, paidFen: 0, refundedFen: 0 };
  const row = totals.byStatus[entry.status]!;
  row.count++;
  row.paidFen += entry.paidFen;
  row.refundedFen += entry.refundedFen;
}
