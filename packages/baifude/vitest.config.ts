import { defineConfig } from "vitest/config";

// Tests start Prism, simulators over loopback HTTP and property runs: on a loaded 2-core CI machine the
// default 5 s per test would fail tests, not code.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
