import { defineConfig } from "vitest/config";

// These tests run real HTTP servers, child processes and databases: on a loaded 2-core CI machine a
// sync of a few hundred orders can take seconds, so the default 5 s would fail tests, not code.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
