import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // PostgreSQL servers start in beforeAll and child processes write thousands of rows: generous
    // limits, so a loaded 2-core CI machine does not fail a correct test.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
