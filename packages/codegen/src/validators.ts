/**
 * Emits compiled validators: plain TypeScript functions, generated from the same {@link SchemaNode}s as the
 * zod schemas (nodes.ts), that accept and refuse exactly the documents the zod schemas accept and refuse —
 * run on the lossless parse tree (`LosslessNumber`s for decimals and long integers), before anything is
 * converted.
 *
 * Per schema `X` the module exports:
 * - `isX(value): boolean` — the fast path: straight-line checks, no allocation, stops at the first problem;
 * - `xIssues(value): ValidationIssue[]` — the slow path, for a value `isX` refused: every issue with its path
 *   (`formatIssuePath(issue.path, root)` from @orderbridge/core gives the text zod's issues give today).
 * Per record type (`records`), also `xStrictIssues(value)`: the same issues plus one `unknown_field` issue
 * per property the spec does not declare, at any depth (drift detection). Per schema with a property that
 * lists records (`data: CabinetOrder[]`), also `isXPage`/`xPageIssues`: that envelope with the records left
 * unchecked, for a client that checks each record on its own.
 *
 * Issues follow zod's rules, so the same paths come out: checks on a value that already has the wrong type
 * are not run, an array over its maximum length is one issue (its items are not looked at), its minimum
 * length is not checked once an item has a type error, and a union that no
 * alternative satisfies reports one issue at its own path unless exactly one alternative failed only on
 * checks (then that alternative's issues). One deliberate difference: an undeclared property of a closed
 * object is one issue at the property's own path (zod reports one `unrecognized_keys` issue at the object).
 *
 * The helpers those checks call, and `ValidationIssue`, are imported from `@orderbridge/core/validator-runtime`
 * (re-exported types): one copy of them, and of the `LosslessNumber` class they test against, for every module.
 */

import { type JsonSchema, readSchemas, type SchemaNode } from "./nodes.js";

export interface ValidatorEmitOptions {
  /** Prefix of local refs: `#/components/schemas/` or `#/$defs/`. */
  refPrefix: string;
  /** Record types: each gets a strict variant, and envelopes listing them get a page variant. */
  records?: readonly string[];
  /**
   * A schema whose `format: date-time` values must also be real calendar times (no 2024-02-30, no hour 24),
   * checked after everything else as `@orderbridge/orders`' `OrderSchema` does; `places` are the paths
   * to those values (`*` = any array index), from {@link dateTimePlaces}.
   */
  calendar?: { schema: string; places: readonly (readonly string[])[] };
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

class Unsupported extends Error {}

/** `CabinetOrder` -> `cabinetOrder`, `OrderItemResponseVO` -> `orderItemResponseVO`. */
export function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

export function emitValidatorModule(
  schemas: Record<string, JsonSchema>,
  options: ValidatorEmitOptions,
): string {
  const read = readSchemas(schemas, options.refPrefix);
  const nodes = new Map(read.map(({ name, node }) => [name, node]));
  for (const name of read.map((r) => r.name)) {
    if (!IDENTIFIER.test(name)) throw new Error(`schema name ${JSON.stringify(name)} is not an identifier`);
  }
  const records = new Set(options.records ?? []);
  for (const record of records) {
    if (!nodes.has(record))
      throw new Error(
        `record type ${record} (--records) is not one of the spec's schemas: check the name, or the spec`,
      );
  }
  if (options.calendar && !nodes.has(options.calendar.schema))
    throw new Error(`calendar schema ${options.calendar.schema} is not a schema of this spec`);

  // What cannot be compiled, and everything that refers to it, is left to zod (listed in the output).
  const skipped = new Map<string, string>();
  for (const { name, node } of read) {
    const reason = unsupportedReason(node, skipped);
    if (reason) skipped.set(name, reason);
  }

  const emitter = new Emitter(nodes, options);
  const exported: string[] = [];
  for (const { name, node } of read) {
    if (skipped.has(name)) continue;
    emitter.emitSchema(name, node, { record: records.has(name) });
    exported.push(name);
    if (node.kind === "object" && !records.has(name)) {
      const page = pageOf(node, records);
      if (page) emitter.emitSchema(`${name}Page`, page, { record: false, pageOf: name });
    }
  }
  const byReason = new Map<string, string[]>();
  for (const [name, reason] of skipped) byReason.set(reason, [...(byReason.get(reason) ?? []), name]);
  emitter.emitStrictHelpers();
  const notes = [...byReason]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([reason, names]) => [`// - ${reason}:`, ...wrap(names.sort().join(", "), "//   ")]);
  const code = [
    ...(options.calendar ? [calendarRuntime(options.calendar.places), ""] : []),
    ...emitter.constants,
    ...emitter.keyFunctions,
    ...(emitter.constants.length || emitter.keyFunctions.length ? [""] : []),
    emitter.body.join("\n"),
  ].join("\n");
  return [
    ...runtimeImport(code),
    "",
    ...(notes.length ? ["// Not compiled here (use the zod schema of the same name):", ...notes, ""] : []),
    code,
  ].join("\n");
}

function unsupportedReason(node: SchemaNode, skipped: Map<string, string>): string | undefined {
  switch (node.kind) {
    case "intersection":
      return "allOf (zod also merges the outputs of its parts, which a check of the input cannot repeat)";
    case "literal":
      return node.value === null || ["string", "number", "boolean"].includes(typeof node.value)
        ? undefined
        : "a const that is not a string, number, boolean or null";
    case "ref":
      return skipped.has(node.name) ? `uses ${node.name}` : undefined;
    case "nullable":
      return unsupportedReason(node.inner, skipped);
    case "union":
      return node.members.map((m) => unsupportedReason(m, skipped)).find(Boolean);
    case "array":
      return unsupportedReason(node.items, skipped);
    case "record":
      return unsupportedReason(node.values, skipped);
    case "object":
      return node.properties.map((p) => unsupportedReason(p.node, skipped)).find(Boolean);
    default:
      return undefined;
  }
}

/** The envelope `node` with its arrays of record types left unchecked, or undefined if it lists none. */
function pageOf(node: Extract<SchemaNode, { kind: "object" }>, records: Set<string>): SchemaNode | undefined {
  let found = false;
  const strip = (value: SchemaNode): SchemaNode => {
    if (value.kind === "nullable") return { kind: "nullable", inner: strip(value.inner) };
    if (value.kind === "array" && value.items.kind === "ref" && records.has(value.items.name)) {
      found = true;
      return { ...value, items: { kind: "unknown" } };
    }
    return value;
  };
  const properties = node.properties.map((p) => ({ ...p, node: strip(p.node) }));
  return found ? { ...node, properties } : undefined;
}

interface SchemaRole {
  record: boolean;
  pageOf?: string;
}

class Emitter {
  readonly body: string[] = [];
  readonly constants: string[] = [];
  readonly keyFunctions: string[] = [];
  private readonly patterns = new Map<string, string>();
  private readonly keySets = new Map<string, string>();
  private helperCount = 0;
  private prefix = "";

  constructor(
    private readonly nodes: Map<string, SchemaNode>,
    private readonly options: ValidatorEmitOptions,
  ) {}

  emitSchema(name: string, node: SchemaNode, role: SchemaRole): void {
    this.prefix = name;
    this.helperCount = 0;
    const lower = lowerFirst(name);
    const calendar = this.options.calendar?.schema === name;
    const title = role.pageOf
      ? `\`${role.pageOf}\` with its records left unchecked (each record is checked on its own)`
      : `\`${name}\``;
    const zodName = role.pageOf ? `${role.pageOf}Schema` : `${name}Schema`;
    const doc = role.pageOf
      ? `the envelope ${zodName} describes, except that its records may be anything`
      : calendar
        ? `what ${zodName}, with its date-times checked to be real calendar times, accepts`
        : `what ${zodName} accepts`;

    const out: string[] = [];
    out.push(`// ${"-".repeat(100)}`);
    out.push(`// ${title}`);
    out.push("");
    out.push(
      `/** True when \`value\` is ${doc}. The fast path: no allocation, stops at the first problem. */`,
    );
    if (calendar) {
      out.push(`export function is${name}(value: unknown): boolean {`);
      out.push(`  return is${name}$shape(value) && calendarTimesOk(value);`);
      out.push("}");
      out.push("");
      out.push(...this.fastFunction(`is${name}$shape`, node));
    } else {
      out.push(...this.fastFunction(`is${name}`, node, true));
    }
    out.push("");
    out.push(...this.issuesFunction(`issues${name}`, node, calendar));
    out.push("");
    out.push(
      `/** Every issue of \`value\` as ${role.pageOf ? `that envelope` : `\`${name}\``} (none when \`is${name}\` is true), each with its path from \`value\`. The slow path. */`,
    );
    out.push(`export function ${lower}Issues(value: unknown): ValidationIssue[] {`);
    out.push("  const out: ValidationIssue[] = [];");
    out.push(`  if (!is${name}(value)) issues${name}(value, [], undefined, out, false);`);
    out.push("  return out;");
    out.push("}");
    if (role.record) {
      out.push("");
      out.push(
        `/** True when \`value\` passes \`is${name}\` and has no property the spec does not declare, at any depth (exactly when \`${lower}StrictIssues\` finds nothing). Cheap enough for every record: take the slow path only when it is false. */`,
      );
      if (calendar) {
        out.push(`export function is${name}Strict(value: unknown): boolean {`);
        out.push(`  return is${name}$shapeStrict(value) && calendarTimesOk(value);`);
        out.push("}");
        out.push("");
        out.push(...this.fastFunction(`is${name}$shapeStrict`, node, false, true));
      } else {
        out.push(...this.fastFunction(`is${name}Strict`, node, true, true));
      }
      out.push("");
      out.push(
        `/** {@link ${lower}Issues}, plus an \`unknown_field\` issue for each property the spec does not declare, at any depth. For drift detection, on the slow path. */`,
      );
      out.push(`export function ${lower}StrictIssues(value: unknown): ValidationIssue[] {`);
      out.push("  const out: ValidationIssue[] = [];");
      out.push(`  issues${name}(value, [], undefined, out, true);`);
      out.push("  return out;");
      out.push("}");
    }
    out.push(...this.pendingHelpers.splice(0));
    out.push("");
    this.body.push(...out);
  }

  // ---------------------------------------------------------------------------------------------------------
  // constants

  private pattern(source: string): string {
    let name = this.patterns.get(source);
    if (!name) {
      name = `PATTERN_${this.patterns.size + 1}`;
      this.patterns.set(source, name);
      this.constants.push(`const ${name} = new RegExp(${JSON.stringify(source)});`);
    }
    return name;
  }

  /** A function telling the declared keys of an object (a switch: faster than a Set for a few dozen keys). */
  private keySet(keys: string[]): string {
    const text = JSON.stringify(keys);
    let name = this.keySets.get(text);
    if (!name) {
      name = `isDeclared${this.keySets.size + 1}`;
      this.keySets.set(text, name);
      const cases = keys.map((key) => `    case ${JSON.stringify(key)}:`);
      this.keyFunctions.push(
        "",
        `function ${name}(key: string): boolean {`,
        ...(keys.length
          ? ["  switch (key) {", ...cases, "      return true;", "    default:", "      return false;", "  }"]
          : ["  return false;"]),
        "}",
      );
    }
    return name;
  }

  private pendingHelpers: string[] = [];

  private helperName(kind: "is" | "issues"): string {
    this.helperCount++;
    return `${kind}${this.prefix}$${this.helperCount}`;
  }

  private resolve(node: SchemaNode): SchemaNode {
    return node.kind === "ref" ? this.resolve(this.nodes.get(node.name)!) : node;
  }

  /** Can `undefined` pass this node (only `unknown` and what contains it)? Then a missing key is checked with `in`. */
  private acceptsUndefined(node: SchemaNode): boolean {
    const n = this.resolve(node);
    if (n.kind === "unknown") return true;
    if (n.kind === "nullable") return this.acceptsUndefined(n.inner);
    if (n.kind === "union") return n.members.some((m) => this.acceptsUndefined(m));
    return false;
  }

  /** Does this node contain an object with declared properties (where the strict variant looks for unknown ones)? */
  private hasObjects(node: SchemaNode, seen = new Set<string>()): boolean {
    switch (node.kind) {
      case "ref":
        if (seen.has(node.name)) return false;
        seen.add(node.name);
        return this.hasObjects(this.nodes.get(node.name)!, seen);
      case "nullable":
        return this.hasObjects(node.inner, seen);
      case "union":
        return node.members.some((m) => this.hasObjects(m, seen));
      case "array":
        return this.hasObjects(node.items, seen);
      case "record":
        return this.hasObjects(node.values, seen);
      case "object":
        return node.properties.length > 0 || node.closed;
      default:
        return false;
    }
  }

  private describe(node: SchemaNode): string {
    switch (node.kind) {
      case "ref":
        return this.describe(this.nodes.get(node.name)!);
      case "nullable":
        return `${this.describe(node.inner)} or null`;
      case "union":
        return node.members.map((m) => this.describe(m)).join(" or ");
      case "intersection":
        return "an object";
      case "literal":
        return JSON.stringify(node.value);
      case "decimal":
        return "a decimal number";
      case "id":
        return "an id (text or a whole number)";
      case "null":
        return "null";
      case "unknown":
        return "anything";
      case "string":
        return "text";
      case "enum":
      case "integerEnum":
        return `one of ${node.values.map((v) => JSON.stringify(v)).join(", ")}`;
      case "integer":
        return "an integer";
      case "number":
        return "a number";
      case "boolean":
        return "true or false";
      case "array":
        return "an array";
      case "record":
      case "object":
        return "an object";
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // fast path: boolean expressions over a variable

  /**
   * A boolean function of `x`. `strict`: also false when an object with declared properties has one the spec
   * does not declare (exactly when the strict issues would have an `unknown_field`).
   */
  private fastFunction(name: string, node: SchemaNode, exported = false, strict = false): string[] {
    const head = `${exported ? "export " : ""}function ${name}(x: unknown): boolean {`;
    switch (node.kind) {
      case "object":
        return [head, ...this.fastObjectBody(node, strict), "}"];
      case "array":
        return [head, ...this.fastArrayBody(node, strict), "}"];
      case "record":
        return [head, ...this.fastRecordBody(node, strict), "}"];
      default:
        return [head, `  return ${this.fast(node, "x", strict)};`, "}"];
    }
  }

  /** Helper functions by node (and strictness), so a node checked from several places is emitted once. */
  private readonly fastHelpers = new Map<SchemaNode, string>();
  private readonly strictFastHelpers = new Map<SchemaNode, string>();

  private fastHelper(node: SchemaNode, strict: boolean): string {
    const cache = strict ? this.strictFastHelpers : this.fastHelpers;
    let name = cache.get(node);
    if (!name) {
      name = this.helperName("is");
      cache.set(node, name);
      this.pendingHelpers.push("", ...this.fastFunction(name, node, false, strict));
    }
    return name;
  }

  private readonly strictQueue: string[] = [];

  /** The strict boolean function of a named schema, emitted once at the end of the module. */
  private strictRef(name: string): string {
    if (!this.strictQueue.includes(name)) this.strictQueue.push(name);
    return `is${name}$strict`;
  }

  /** Emits the strict boolean functions the strict variants refer to (and those they refer to in turn). */
  emitStrictHelpers(): void {
    for (let i = 0; i < this.strictQueue.length; i++) {
      const name = this.strictQueue[i]!;
      this.prefix = `${name}$strict`;
      this.helperCount = 0;
      this.body.push(...this.fastFunction(`is${name}$strict`, this.nodes.get(name)!, false, true));
      this.body.push(...this.pendingHelpers.splice(0), "");
    }
  }

  /** A boolean expression: does `v` (an identifier) pass `node` (in `strict`, without undeclared properties)? */
  private fast(node: SchemaNode, v: string, strict = false): string {
    if (strict && !this.hasObjects(node)) strict = false;
    switch (node.kind) {
      case "ref":
        return strict ? `${this.strictRef(node.name)}(${v})` : `is${node.name}(${v})`;
      case "nullable":
        return `(${v} === null || ${this.fast(node.inner, v, strict)})`;
      case "union":
        // As the strict issues do: the first alternative that passes decides, and must have no unknown field.
        if (strict)
          return `(${node.members.map((m) => `${this.fast(m, v)} ? ${this.fast(m, v, true)} :`).join(" ")} false)`;
        return `(${node.members.map((m) => this.fast(m, v)).join(" || ")})`;
      case "intersection":
        throw new Unsupported("intersection");
      case "literal":
        return `${v} === ${JSON.stringify(node.value)}`;
      case "decimal":
        return `isDecimal(${v})`;
      case "id":
        return `isId(${v})`;
      case "null":
        return `${v} === null`;
      case "unknown":
        return "true";
      case "string": {
        const parts = [`typeof ${v} === "string"`];
        if (node.minLength !== undefined) parts.push(`${v}.length >= ${node.minLength}`);
        if (node.maxLength !== undefined) parts.push(`${v}.length <= ${node.maxLength}`);
        if (node.pattern) parts.push(`${this.pattern(node.pattern)}.test(${v})`);
        return parts.length === 1 ? parts[0]! : `(${parts.join(" && ")})`;
      }
      case "enum":
        return `(${node.values.map((value) => `${v} === ${JSON.stringify(value)}`).join(" || ")})`;
      case "integer":
        return node.minimum === undefined && node.maximum === undefined
          ? `isInteger(${v})`
          : `isIntegerBetween(${v}, ${bound(node.minimum, "-")}, ${bound(node.maximum, "+")})`;
      case "integerEnum":
        return `isIntegerOneOf(${v}, ${JSON.stringify(node.values)})`;
      case "number":
        return node.minimum === undefined && node.maximum === undefined
          ? `isNumber(${v})`
          : `isNumberBetween(${v}, ${bound(node.minimum, "-")}, ${bound(node.maximum, "+")})`;
      case "boolean":
        return `typeof ${v} === "boolean"`;
      case "array":
        if (node.items.kind === "unknown") {
          const parts = [`Array.isArray(${v})`];
          if (node.minItems !== undefined) parts.push(`${v}.length >= ${node.minItems}`);
          if (node.maxItems !== undefined) parts.push(`${v}.length <= ${node.maxItems}`);
          return parts.length === 1 ? parts[0]! : `(${parts.join(" && ")})`;
        }
        return `${this.fastHelper(node, strict)}(${v})`;
      case "object":
        if (node.properties.length === 0 && !node.closed) return `isObject(${v})`;
        return `${this.fastHelper(node, strict)}(${v})`;
      case "record":
        return `${this.fastHelper(node, strict)}(${v})`;
    }
  }

  private fastObjectBody(node: Extract<SchemaNode, { kind: "object" }>, strict: boolean): string[] {
    const lines = ['  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;'];
    if (node.properties.length === 0 && !node.closed) return ["  return isObject(x);"];
    lines.push("  const o = x as Fields;");
    if (node.properties.length) lines.push("  let v: unknown;");
    for (const { key, node: value, required } of node.properties) {
      const read = propertyRead("o", key);
      if (value.kind === "unknown") {
        if (required)
          lines.push(`  if (${read} === undefined && !(${JSON.stringify(key)} in o)) return false;`);
        continue;
      }
      lines.push(`  v = ${read};`);
      const check = this.fast(value, "v", strict);
      if (!required) lines.push(`  if (v !== undefined && !${paren(check)}) return false;`);
      else if (this.acceptsUndefined(value))
        lines.push(
          `  if (v === undefined ? !(${JSON.stringify(key)} in o) : !${paren(check)}) return false;`,
        );
      else lines.push(`  if (!${paren(check)}) return false;`);
    }
    if (node.closed || (strict && node.properties.length > 0)) {
      lines.push(
        `  for (const k in o) if (!${this.keySet(node.properties.map((p) => p.key))}(k)) return false;`,
      );
    }
    lines.push("  return true;");
    return lines;
  }

  private fastArrayBody(node: Extract<SchemaNode, { kind: "array" }>, strict: boolean): string[] {
    const lines = ["  if (!Array.isArray(x)) return false;"];
    if (node.items.kind !== "unknown") {
      lines.push("  for (let i = 0; i < x.length; i++) {");
      lines.push("    const e: unknown = x[i];");
      lines.push(`    if (!${paren(this.fast(node.items, "e", strict))}) return false;`);
      lines.push("  }");
    }
    const checks: string[] = [];
    if (node.minItems !== undefined) checks.push(`x.length >= ${node.minItems}`);
    if (node.maxItems !== undefined) checks.push(`x.length <= ${node.maxItems}`);
    lines.push(`  return ${checks.length ? checks.join(" && ") : "true"};`);
    return lines;
  }

  private fastRecordBody(node: Extract<SchemaNode, { kind: "record" }>, strict: boolean): string[] {
    return [
      "  if (!isPlainObject(x)) return false;",
      "  const o = x as Fields;",
      "  for (const k in o) {",
      '    if (!Object.hasOwn(o, k) || k === "__proto__") continue;',
      "    const e = o[k];",
      `    if (!${paren(this.fast(node.values, "e", strict))}) return false;`,
      "  }",
      "  return !hasEnumerableSymbol(o);",
    ];
  }

  // ---------------------------------------------------------------------------------------------------------
  // slow path: status expressions (0 fine, 1 only checks failed, 2 a type error: zod's "aborted")

  private issuesFunction(name: string, node: SchemaNode, calendar = false): string[] {
    const head = `function ${name}(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {`;
    switch (node.kind) {
      case "object":
        return [head, ...this.issuesObjectBody(node, calendar), "}"];
      case "array":
        return [head, ...this.issuesArrayBody(node), "}"];
      case "record":
        return [head, ...this.issuesRecordBody(node), "}"];
      case "union":
        return [head, ...this.issuesUnionBody(node), "}"];
      default:
        return [head, `  return ${this.issues(node, "x", "path", "key", "out", "strict")};`, "}"];
    }
  }

  private issuesHelper(node: SchemaNode): string {
    const name = this.helperName("issues");
    this.pendingHelpers.push("", ...this.issuesFunction(name, node));
    return name;
  }

  /**
   * A number expression: the status of `v` against `node`, its issues pushed to `out` at `path` + `key`. A
   * nested object, array or union gets the fast check first, so a valid part of a refused record costs no
   * path and no walk (except in the strict variant, which must look inside for undeclared properties).
   */
  private issues(
    node: SchemaNode,
    v: string,
    path: string,
    key: string,
    out: string,
    strict: string,
  ): string {
    const call = this.issuesCall(node, v, path, key, out, strict);
    const target = this.resolve(node);
    const nested =
      target.kind === "union" ||
      target.kind === "record" ||
      (target.kind === "array" &&
        (target.items.kind !== "unknown" ||
          target.minItems !== undefined ||
          target.maxItems !== undefined)) ||
      (target.kind === "object" && (target.properties.length > 0 || target.closed));
    if (!nested || strict === "true") return call;
    const fast = this.fast(node, v);
    return strict === "false" ? `(${fast} ? 0 : ${call})` : `(!${strict} && ${fast} ? 0 : ${call})`;
  }

  private issuesCall(
    node: SchemaNode,
    v: string,
    path: string,
    key: string,
    out: string,
    strict: string,
  ): string {
    const args = `${path}, ${key}, ${out}`;
    switch (node.kind) {
      case "ref":
        return `issues${node.name}(${v}, ${args}, ${strict})`;
      case "nullable":
        return `(${v} === null ? 0 : ${this.issues(node.inner, v, path, key, out, strict)})`;
      case "intersection":
        throw new Unsupported("intersection");
      case "literal":
        return `(${v} === ${JSON.stringify(node.value)} ? 0 : notOneOf(${v}, [${JSON.stringify(node.value)}], ${args}))`;
      case "decimal":
        return `issuesDecimal(${v}, ${args})`;
      case "id":
        return `issuesId(${v}, ${args})`;
      case "null":
        return `(${v} === null ? 0 : wrongType(${v}, "null", ${args}))`;
      case "unknown":
        return "0";
      case "string":
        return `issuesString(${v}, ${args}, ${node.minLength ?? "undefined"}, ${node.maxLength ?? "undefined"}, ${node.pattern ? this.pattern(node.pattern) : "undefined"})`;
      case "enum":
        return `(${this.fast(node, v)} ? 0 : notOneOf(${v}, ${JSON.stringify(node.values)}, ${args}))`;
      case "integer":
        return `issuesInteger(${v}, ${args}, ${node.minimum ?? "undefined"}, ${node.maximum ?? "undefined"})`;
      case "integerEnum":
        return `issuesIntegerOneOf(${v}, ${args}, ${JSON.stringify(node.values)})`;
      case "number":
        return `issuesNumber(${v}, ${args}, ${node.minimum ?? "undefined"}, ${node.maximum ?? "undefined"})`;
      case "boolean":
        return `(typeof ${v} === "boolean" ? 0 : wrongType(${v}, "true or false", ${args}))`;
      case "object":
        if (node.properties.length === 0 && !node.closed)
          return `(isObject(${v}) ? 0 : wrongType(${v}, "an object", ${args}))`;
        return `${this.issuesHelper(node)}(${v}, ${args}, ${strict})`;
      case "array":
        if (node.items.kind === "unknown" && node.minItems === undefined && node.maxItems === undefined)
          return `(Array.isArray(${v}) ? 0 : wrongType(${v}, "an array", ${args}))`;
        return `${this.issuesHelper(node)}(${v}, ${args}, ${strict})`;
      case "record":
      case "union":
        return `${this.issuesHelper(node)}(${v}, ${args}, ${strict})`;
    }
  }

  private issuesObjectBody(node: Extract<SchemaNode, { kind: "object" }>, calendar: boolean): string[] {
    const lines = ['  if (!isObject(x)) return wrongType(x, "an object", path, key, out);'];
    const declared = node.properties.length > 0 || node.closed;
    if (!declared && !calendar)
      return ['  return isObject(x) ? 0 : wrongType(x, "an object", path, key, out);'];
    lines.push("  const o = x as Fields;");
    lines.push("  const p = key === undefined ? path : [...path, key];");
    lines.push("  let s = 0;");
    if (node.properties.length) lines.push("  let v: unknown;");
    for (const { key, node: value, required } of node.properties) {
      const read = propertyRead("o", key);
      const k = JSON.stringify(key);
      if (value.kind === "unknown") {
        if (required) lines.push(`  if (${read} === undefined && !(${k} in o)) s |= missing(p, ${k}, out);`);
        continue;
      }
      lines.push(`  v = ${read};`);
      const check = this.issues(value, "v", "p", k, "out", "strict");
      if (!required) lines.push(`  if (v !== undefined) s |= ${check};`);
      else if (this.acceptsUndefined(value))
        lines.push(
          `  if (v === undefined && !(${k} in o)) s |= missing(p, ${k}, out);\n  else s |= ${check};`,
        );
      else lines.push(`  s |= ${check};`);
    }
    if (declared) {
      const loop = `for (const k in o) if (!${this.keySet(node.properties.map((p) => p.key))}(k)) s |= unknownField(p, k, out);`;
      // A closed object refuses undeclared properties; the strict variant reports them everywhere else.
      lines.push(node.closed ? `  ${loop}` : `  if (strict) ${loop}`);
    }
    if (calendar) lines.push("  if (!(s & 2)) s |= calendarTimeIssues(o, p, out);");
    lines.push("  return s;");
    return lines;
  }

  private issuesArrayBody(node: Extract<SchemaNode, { kind: "array" }>): string[] {
    const lines = ['  if (!Array.isArray(x)) return wrongType(x, "an array", path, key, out);'];
    // zod (4.6) refuses an array over its maximum length before it looks at any item, as a type error.
    if (node.maxItems !== undefined)
      lines.push(
        `  if (x.length > ${node.maxItems}) return report(out, path, key, "range", \`expected at most ${node.maxItems} items, received \${x.length}\`, 2);`,
      );
    lines.push("  let s = 0;");
    if (node.items.kind !== "unknown") {
      lines.push("  const p = key === undefined ? path : [...path, key];");
      lines.push("  for (let i = 0; i < x.length; i++) {");
      lines.push("    const e: unknown = x[i];");
      lines.push(`    s |= ${this.issues(node.items, "e", "p", "i", "out", "strict")};`);
      lines.push("  }");
    }
    // zod checks the minimum length only when no item had a type error.
    if (node.minItems !== undefined)
      lines.push(
        `  if (!(s & 2) && x.length < ${node.minItems}) s |= report(out, path, key, "range", \`expected at least ${node.minItems} items, received \${x.length}\`, 1);`,
      );
    lines.push("  return s;");
    return lines;
  }

  private issuesRecordBody(node: Extract<SchemaNode, { kind: "record" }>): string[] {
    return [
      '  if (!isPlainObject(x)) return wrongType(x, "an object", path, key, out);',
      "  const o = x as Fields;",
      "  const p = key === undefined ? path : [...path, key];",
      "  let s = 0;",
      "  for (const k in o) {",
      '    if (!Object.hasOwn(o, k) || k === "__proto__") continue;',
      "    const e = o[k];",
      `    s |= ${this.issues(node.values, "e", "p", "k", "out", "strict")};`,
      "  }",
      "  if (hasEnumerableSymbol(o)) s |= symbolKeyIssues(o, p, out);",
      "  return s;",
    ];
  }

  private issuesUnionBody(node: Extract<SchemaNode, { kind: "union" }>): string[] {
    const lines: string[] = [];
    // The first alternative that passes wins, as in zod; the strict variant looks inside it for unknown fields.
    for (const member of node.members) {
      const inner = this.hasObjects(member)
        ? `strict ? ${this.issues(member, "x", "path", "key", "out", "true")} : 0`
        : "0";
      lines.push(`  if (${this.fast(member, "x")}) return ${inner};`);
    }
    node.members.forEach((member, i) => {
      lines.push(`  const out${i}: ValidationIssue[] = [];`);
      lines.push(`  const s${i} = ${this.issues(member, "x", "path", "key", `out${i}`, "false")};`);
    });
    // zod: when exactly one alternative failed only on checks (not on its type), its issues stand for the union.
    lines.push("  let checksOnly = 0;");
    lines.push("  let only: ValidationIssue[] = [];");
    node.members.forEach((_, i) => {
      lines.push(`  if (!(s${i} & 2)) {\n    checksOnly++;\n    only = out${i};\n  }`);
    });
    lines.push("  if (checksOnly === 1) {");
    lines.push("    for (const issue of only) out.push(issue);");
    lines.push("    return 1;");
    lines.push("  }");
    lines.push(`  return wrongType(x, ${JSON.stringify(this.describe(node))}, path, key, out);`);
    return lines;
  }
}

function wrap(text: string, prefix: string, width = 110): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && prefix.length + line.length + word.length + 1 > width) {
      lines.push(prefix + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(prefix + line);
  return lines;
}

function bound(value: number | undefined, sign: "-" | "+"): string {
  return value === undefined ? `${sign === "-" ? "-" : ""}Infinity` : String(value);
}

/** `expression`, parenthesized unless it already is one call or one parenthesized group. */
function paren(expression: string): string {
  if (/^[\w$.]+\([^()]*\)$/.test(expression)) return expression;
  if (expression.startsWith("(")) {
    let depth = 0;
    for (let i = 0; i < expression.length; i++) {
      if (expression[i] === "(") depth++;
      else if (expression[i] === ")" && --depth === 0)
        return i === expression.length - 1 ? expression : `(${expression})`;
    }
  }
  return `(${expression})`;
}

function propertyRead(object: string, key: string): string {
  return IDENTIFIER.test(key) ? `${object}.${key}` : `${object}[${JSON.stringify(key)}]`;
}

/**
 * Every path to a `format: date-time` value in a JSON Schema document (`"*"` = any array index), read the
 * way `@orderbridge/orders` reads them for its calendar check: through `$ref`s, `items` and `properties`.
 */
export function dateTimePlaces(document: JsonSchema & { $defs?: Record<string, JsonSchema> }): string[][] {
  const defs = document.$defs ?? {};
  const resolve = (node: JsonSchema): JsonSchema =>
    node.$ref ? resolve(defs[node.$ref.replace("#/$defs/", "")]!) : node;
  const walk = (node: JsonSchema, path: string[], seen: Set<JsonSchema>): string[][] => {
    const schema = resolve(node);
    if (seen.has(schema)) return [];
    if (schema.format === "date-time") return [path];
    const next = new Set(seen).add(schema);
    if (schema.items) return walk(schema.items, [...path, "*"], next);
    return Object.entries(schema.properties ?? {}).flatMap(([key, child]) =>
      walk(child, [...path, key], next),
    );
  };
  return walk(document, [], new Set());
}

/** `calendarTimesOk(value)`: straight-line code visiting each date-time place (the fast path). */
function calendarFast(places: readonly (readonly string[])[]): string {
  const lines = ["function calendarTimesOk(value: unknown): boolean {"];
  for (const place of places) {
    let depth = 0;
    let current = "value";
    const open: string[] = [];
    const indent = () => "  ".repeat(depth + 1);
    lines.push(`${indent()}{`);
    depth++;
    for (const step of place) {
      const next = `v${depth}`;
      if (step === "*") {
        lines.push(
          `${indent()}if (Array.isArray(${current})) for (let i${depth} = 0; i${depth} < ${current}.length; i${depth}++) {`,
        );
        depth++;
        lines.push(`${indent()}const ${next}: unknown = ${current}[i${depth - 1}];`);
      } else {
        lines.push(`${indent()}if (${current} !== null && typeof ${current} === "object") {`);
        depth++;
        lines.push(`${indent()}const ${next} = (${current} as Fields)[${JSON.stringify(step)}];`);
      }
      open.push("}");
      current = next;
    }
    lines.push(`${indent()}if (typeof ${current} === "string" && !isCalendarTime(${current})) return false;`);
    for (const close of open.reverse()) {
      depth--;
      lines.push(`${indent()}${close}`);
    }
    depth--;
    lines.push(`${indent()}}`);
  }
  lines.push("  return true;", "}");
  return lines.join("\n");
}

function calendarRuntime(places: readonly (readonly string[])[]): string {
  return `
/** Where the date-times are (\`*\` = any array index): each must be a real calendar time. */
const CALENDAR_PLACES: readonly (readonly string[])[] = ${JSON.stringify(places)};

${calendarFast(places)}

function calendarIssuesAt(
  value: unknown,
  place: readonly string[],
  at: number,
  trail: (string | number)[],
  out: ValidationIssue[],
): number {
  if (at === place.length) {
    if (typeof value !== "string" || isCalendarTime(value)) return 0;
    out.push({ path: trail, code: "format", message: "not a real calendar time" });
    return 1;
  }
  const step = place[at]!;
  let s = 0;
  if (step === "*") {
    if (Array.isArray(value))
      for (let i = 0; i < value.length; i++) s |= calendarIssuesAt(value[i], place, at + 1, [...trail, i], out);
  } else if (value !== null && typeof value === "object") {
    const item = (value as Fields)[step];
    if (item !== undefined) s |= calendarIssuesAt(item, place, at + 1, [...trail, step], out);
  }
  return s;
}

function calendarTimeIssues(value: unknown, path: Path, out: ValidationIssue[]): number {
  let s = 0;
  for (const place of CALENDAR_PLACES) s |= calendarIssuesAt(value, place, 0, [...path], out);
  return s;
}`.trim();
}

/** Where the helpers every generated module calls live: one copy for every validator, zod-free. */
const RUNTIME_MODULE = "@orderbridge/core/validator-runtime";

/** The runtime's functions, imported by a generated module when it calls them. */
const RUNTIME_FUNCTIONS = [
  "hasEnumerableSymbol",
  "isDecimal",
  "isId",
  "isInteger",
  "isIntegerBetween",
  "isCalendarTime",
  "isIntegerOneOf",
  "isNumber",
  "isNumberBetween",
  "isObject",
  "isPlainObject",
  "issuesDecimal",
  "issuesId",
  "issuesInteger",
  "issuesIntegerOneOf",
  "issuesNumber",
  "issuesString",
  "missing",
  "notOneOf",
  "report",
  "symbolKeyIssues",
  "unknownField",
  "wrongType",
];

/** The runtime's types the generated code names (always as `: T` or `as T`). */
const RUNTIME_TYPES = ["Fields", "Key", "Path", "ValidationIssue"];

/**
 * The import of what `code` uses from the runtime, and the re-export of the issue types: they were the
 * generated modules' own exports (`validators.ValidationIssue`), so they stay reachable from them.
 */
function runtimeImport(code: string): string[] {
  const names = [
    ...RUNTIME_TYPES.filter((name) => new RegExp(`(?:: |as )${name}(?![\\w$])`).test(code)).map((name) => ({
      name,
      text: `type ${name}`,
    })),
    ...RUNTIME_FUNCTIONS.filter((name) => new RegExp(`(?<![\\w$.])${name}\\(`).test(code)).map((name) => ({
      name,
      text: name,
    })),
  ].sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1));
  return [
    "import {",
    ...names.map(({ text }) => `  ${text},`),
    `} from "${RUNTIME_MODULE}";`,
    "",
    `export type { ValidationIssue, ValidationIssueCode } from "${RUNTIME_MODULE}";`,
  ];
}
