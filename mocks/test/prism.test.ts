import { createServer, type Server } from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PRISM_START_TIMEOUT_MS, startPrism, VENDOR_SPECS } from "../src/prism.js";

// Each case waits on Prism's readiness (its line or its port), never on a clock; the generous deadline only
// turns a hung Prism into a failure that shows what it printed.
const TIMEOUT = PRISM_START_TIMEOUT_MS + 30_000;

describe("startPrism", () => {
  it(
    "resolves once Prism answers, and stops it",
    async () => {
      const prism = await startPrism(VENDOR_SPECS.baifude);
      try {
        const response = await fetch(`${prism.url}/no-such-path`, { method: "POST" });
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(prism.output()).toMatch(/Prism is listening/);
      } finally {
        await prism.stop();
      }
    },
    TIMEOUT,
  );

  it(
    "fails with what Prism printed when it exits before listening",
    async () => {
      const missing = path.join(path.dirname(VENDOR_SPECS.yopoint), "no-such-spec.yaml");
      const error = await startPrism(missing).then(
        () => undefined,
        (e: Error) => e,
      );
      expect(error?.message).toMatch(
        /^prism exited \(code \d+\) after \d+ ms, before listening on port \d+\. Prism printed:\n/,
      );
      expect(error?.message).toContain("no-such-spec.yaml");
    },
    TIMEOUT,
  );

  it(
    "refuses a port another process holds (and so never mistakes it for Prism)",
    async () => {
      const blocker: Server = createServer();
      await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
      const { port } = blocker.address() as { port: number };
      try {
        const error = await startPrism(VENDOR_SPECS.yikayi, { port }).then(
          () => undefined,
          (e: Error) => e,
        );
        expect(error?.message).toBe(`port ${port} is taken by another process (EADDRINUSE)`);
      } finally {
        await new Promise<void>((resolve) => blocker.close(() => resolve()));
      }
    },
    TIMEOUT,
  );
});
