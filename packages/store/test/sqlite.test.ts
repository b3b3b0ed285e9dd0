import { afterAll, describe } from "vitest";
import { sqliteBackend } from "./support/backends.js";
import { storeBehaviour } from "./support/behaviour.js";

describe("SQLite store", () => {
  const backend = sqliteBackend();
  afterAll(() => backend.cleanup());
  storeBehaviour(() => backend);
});
