import { readFileSync } from "node:fs";
import { assumedLabels, readmeAssumptionLabels } from "@orderbridge/codegen/testing";
import { VENDOR_SPECS } from "@orderbridge/mocks";
import { expect, it } from "vitest";
import YAML from "yaml";

it("the README's 'What the public docs do not say' lists exactly the spec's x-orderbridge-assumed marks", () => {
  const spec = YAML.parse(readFileSync(VENDOR_SPECS.yopoint, "utf8"));
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const inSpec = assumedLabels(spec);
  const inReadme = readmeAssumptionLabels(readme);
  expect(inSpec.length).toBeGreaterThanOrEqual(25);
  expect(new Set(inSpec).size, "each mark has its own label").toBe(inSpec.length);
  expect(new Set(inReadme).size, "each README row names its own marks").toBe(inReadme.length);
  expect([...inReadme].sort()).toEqual([...inSpec].sort());
});
