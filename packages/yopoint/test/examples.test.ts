import { readFileSync } from "node:fs";
import { VendorError } from "@orderbridge/core";
import { VENDOR_SPECS } from "@orderbridge/mocks";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import {
  isYopointMethod,
  METHODS,
  NOTIFICATION_SCHEMAS,
  parseGatewayResponse,
  validateBizContent,
  verifyNotification,
  type YopointNotificationMethod,
} from "../src/index.js";

/** Every named example in the spec goes through the client's own validators. */

interface Example {
  value: unknown;
}
const spec = YAML.parse(readFileSync(VENDOR_SPECS.yopoint, "utf8"));
const operation = spec.paths["/api/gateway/index"].post;
const responseExamples = Object.entries(
  operation.responses["200"].content["application/json"].examples as Record<string, Example>,
);
const formExamples = Object.entries(
  operation.requestBody.content["application/x-www-form-urlencoded"].examples as Record<string, Example>,
);
const jsonExamples = Object.entries(
  operation.requestBody.content["application/json"].examples as Record<string, Example>,
);

describe("spec examples", () => {
  it("name at least one response and one request example per method", () => {
    const methods = Object.keys(METHODS).sort();
    expect(
      responseExamples
        .map(([name]) => name)
        .filter(isYopointMethod)
        .sort(),
    ).toEqual(methods);
    expect(formExamples.map(([name]) => name).sort()).toEqual(methods);
  });

  for (const [name, example] of responseExamples) {
    it(`response example ${name} parses`, () => {
      const text = JSON.stringify(example.value);
      if (isYopointMethod(name)) {
        expect(() => parseGatewayResponse(name, text)).not.toThrow();
      } else {
        // error.* examples: the envelope becomes a VendorError carrying the vendor's code and message.
        const error = (() => {
          try {
            parseGatewayResponse("api.test", text);
          } catch (caught) {
            return caught;
          }
        })();
        expect(error).toBeInstanceOf(VendorError);
        expect((error as VendorError).code).toBe("-1");
      }
    });
  }

  for (const [name, example] of [...formExamples, ...jsonExamples]) {
    it(`request example ${name} has a valid biz_content`, () => {
      const form = example.value as { method: string; biz_content: unknown };
      expect(form.method).toBe(name);
      const biz = typeof form.biz_content === "string" ? JSON.parse(form.biz_content) : form.biz_content;
      if (!isYopointMethod(form.method)) throw new Error(`unknown method ${form.method}`);
      expect(() => validateBizContent(form.method as never, biz)).not.toThrow();
    });
  }

  for (const [hook, item] of Object.entries(
    spec.webhooks as Record<string, { post: { requestBody: never } }>,
  )) {
    it(`webhook ${hook} examples validate`, () => {
      const content = (
        item.post.requestBody as { content: Record<string, { examples: Record<string, Example> }> }
      ).content["application/x-www-form-urlencoded"]!;
      const schema = NOTIFICATION_SCHEMAS[hook as YopointNotificationMethod];
      expect(schema).toBeDefined();
      for (const example of Object.values(content.examples)) {
        const form = example.value as Record<string, string>;
        expect(form.method).toBe(hook);
        expect(schema.safeParse(JSON.parse(form.biz_content!)).success).toBe(true);
      }
    });
  }

  it("the notify.cabinet.order.simple example carries a real signature (vector B)", () => {
    const form = spec.webhooks["notify.cabinet.order.simple"].post.requestBody.content[
      "application/x-www-form-urlencoded"
    ].examples.paid.value as Record<string, string>;
    const note = verifyNotification(form, {
      appSecret: "test_secret_123",
      now: Number(form.timestamp) * 1000,
    });
    expect(note.method).toBe("notify.cabinet.order.simple");
  });
});
