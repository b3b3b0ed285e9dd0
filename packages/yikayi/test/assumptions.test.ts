import { readFileSync } from "node:fs";
import { VENDOR_SPECS } from "@orderbridge/mocks";
import { expect, it } from "vitest";
import YAML from "yaml";

/**
 * Every place in the spec marked `x-orderbridge-assumed`, labelled as the README's table names it: an operation by
 * its operationId, a schema by its name, a property as `Schema.property` (at any depth of the schema), a
 * component parameter or response by its name. A mark anywhere else gets its JSON path, which no README row has —
 * so a new mark in an unexpected place fails this test until the labelling (and the README) covers it.
 */
function assumedLabels(spec: unknown): string[] {
  const labels: string[] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (Array.isArray(node)) {
      for (const [i, item] of node.entries()) walk(item, [...path, i]);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    if (record["x-orderbridge-assumed"] !== undefined) labels.push(labelOf(record, path));
    for (const [key, value] of Object.entries(record)) walk(value, [...path, key]);
  };
  walk(spec, []);
  return labels;
}

function labelOf(node: Record<string, unknown>, path: (string | number)[]): string {
  const [top, group, name] = path;
  if ((top === "paths" || top === "webhooks") && path.length === 3 && typeof node.operationId === "string")
    return node.operationId;
  if (top === "components" && (group === "parameters" || group === "responses") && path.length === 3)
    return String(name);
  if (top === "components" && group === "schemas") {
    if (path.length === 3) return String(name);
    if (path.at(-2) === "properties") return `${String(name)}.${String(path.at(-1))}`;
  }
  return path.join(".");
}

function readmeLabels(readme: string): string[] {
  const section = readme.split("## What the public docs do not say")[1]?.split("\n## ")[0] ?? "";
  const rows = section.split("\n").filter((line) => line.startsWith("| `"));
  return rows.flatMap((row) => [...row.split("|")[1]!.matchAll(/`([^`]+)`/g)].map((match) => match[1]!));
}

it("the README's 'What the public docs do not say' lists exactly the spec's x-orderbridge-assumed marks", () => {
  const spec = YAML.parse(readFileSync(VENDOR_SPECS.yikayi, "utf8"));
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const inSpec = assumedLabels(spec);
  const inReadme = readmeLabels(readme);
  expect(inSpec.length).toBeGreaterThanOrEqual(20);
  expect(new Set(inSpec).size, "each mark has its own label").toBe(inSpec.length);
  expect(new Set(inReadme).size, "each README row names its own marks").toBe(inReadme.length);
  expect([...inReadme].sort()).toEqual([...inSpec].sort());
});
