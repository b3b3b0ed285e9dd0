import { defineConfig } from "vitest/config";

// Property runs over tens of thousands of generated inputs: on a loaded 2-core CI machine the default 5 s per
// test would fail tests, not code.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
