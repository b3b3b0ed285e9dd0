import { afterAll, beforeAll, describe } from "vitest";
import { type PostgresServer, postgresUnavailableReason, startPostgres } from "../src/testing/postgres.js";
import { postgresBackend } from "./support/backends.js";
import { storeBehaviour } from "./support/behaviour.js";

const unavailable = postgresUnavailableReason();
if (unavailable) console.warn(`PostgreSQL store tests skipped: ${unavailable}`);

describe.skipIf(unavailable)("PostgreSQL store", () => {
  let server: PostgresServer | undefined;
  beforeAll(async () => {
    server = await startPostgres();
  });
  afterAll(() => server?.stop());
  storeBehaviour(() => postgresBackend(() => server!));
});
