/**
 * What a mapper needs from a vendor record, field by field: the one place per mapper where the tolerant/strict
 * decision is written down (the README's mapping tables repeat it for people).
 *
 * Paths name fields the way errors and warnings do, with `[]` for "any element": `Price`, `Products[].Price`,
 * `note.BillNumber`, `items[].OldPrice`. `""` is the record itself.
 */
export interface FieldPolicy {
  /**
   * Fields the mapping NEEDS, each with why: identity, money, the times that place the order, status codes.
   * A schema issue at one of them — missing, `null`, wrong type, unreadable — or at an object or array that
   * holds one, fails the record with a `NormalizeError`.
   */
  readonly needed: Readonly<Record<string, string>>;
  /**
   * Fields the mapping reads but can do without, each with what it does when the field is missing or was
   * left out because it was invalid. Every field not in `needed` is passed on, listed here or not (an unread
   * field lands in `raw` only); an issue there becomes a drift warning and the invalid value is left out.
   */
  readonly passedOn: Readonly<Record<string, string>>;
  /**
   * The object levels the mapping reads (`""`, `Products[]`, `UserVO`): their keys are compared with the
   * schema's properties, and a key the spec does not know is an `unknown_field` warning. Free-form objects
   * the mapping does not read (`TradeRawData`) are not listed.
   */
  readonly closed: readonly string[];
}

/** `["Products", 2, "Price"]` -> `Products[].Price` (the policy's form of a path). */
export function policyPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += "[]";
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** `Products[2].Price` (a field as errors and warnings name it) -> `Products[].Price`. */
export function policyPathOfField(field: string): string {
  return field.replace(/\[\d+\]/g, "[]");
}

/** A {@link FieldPolicy} with its lookups prepared once. */
export class CompiledPolicy {
  /** Every needed path and every path that holds one (`Products`, `Products[]`, `Products[].Price`, `""`). */
  private readonly neededOrHolding = new Set<string>([""]);

  constructor(readonly policy: FieldPolicy) {
    for (const path of Object.keys(policy.needed)) {
      let at = 0;
      for (;;) {
        const dot = path.indexOf(".", at);
        const bracket = path.indexOf("[]", at);
        const next = [dot, bracket].filter((i) => i !== -1);
        if (next.length === 0) break;
        const cut = Math.min(...next);
        this.neededOrHolding.add(path.slice(0, cut));
        if (cut === bracket) this.neededOrHolding.add(path.slice(0, cut + 2));
        at = cut === bracket ? cut + 2 : cut + 1;
      }
      this.neededOrHolding.add(path);
    }
  }

  /** Whether an issue at `path` (policy form) fails the record: a needed field, or what holds one. */
  isNeeded(path: string): boolean {
    return this.neededOrHolding.has(path);
  }

  /** Why the mapping needs `path` (the nearest needed field at or below it), for error messages. */
  whyNeeded(path: string): string | undefined {
    const own = this.policy.needed[path];
    if (own !== undefined) return own;
    if (path === "") return "the record itself";
    const below = Object.keys(this.policy.needed).find(
      (needed) => needed.startsWith(`${path}.`) || needed.startsWith(`${path}[]`),
    );
    return below === undefined ? undefined : `it holds ${below}: ${this.policy.needed[below]}`;
  }
}
