/**
 * Money as finance reads it: yuan with two decimals and thousands separators (`1,234,567.80`, `-12.30`),
 * from integer fen without a float step.
 */
export function yuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not a whole number of fen: ${fen}`);
  const negative = fen < 0;
  const digits = String(Math.abs(fen)).padStart(3, "0");
  const whole = digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}${whole}.${digits.slice(-2)}`;
}

/** A count with thousands separators. */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Text for HTML, escaped — and with `://` written as `:&#47;&#47;`, so that no text from the store (an error
 * message naming a host) ever puts a URL into the file's source: the page refers to nothing outside itself.
 */
export function html(text: string | number | null | undefined): string {
  return String(text ?? "")
    .replace(/[&<>"']/g, (c) => ESCAPES[c]!)
    .replace(/:\/\//g, ":&#47;&#47;");
}

/** JSON for a `<script type="application/json">` block: nothing in it can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029")
    .replace(/:\/\//g, ":\\/\\/");
}
