import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../src/index.js";
import { type PostgresServer, postgresUnavailableReason, startPostgres } from "../src/testing/postgres.js";
import { postgresBackend } from "./support/backends.js";
import { storeBehaviour } from "./support/behaviour.js";
import { storeV2Behaviour } from "./support/behaviour-v2.js";
import { storeV3Behaviour } from "./support/behaviour-v3.js";

const unavailable = postgresUnavailableReason();
if (unavailable) console.warn(`PostgreSQL store tests skipped: ${unavailable}`);

describe.skipIf(unavailable)("PostgreSQL store", () => {
  let server: PostgresServer | undefined;
  beforeAll(async () => {
    server = await startPostgres();
  });
  afterAll(() => server?.stop());
  storeBehaviour(() => postgresBackend(() => server!));
  storeV2Behaviour(() => postgresBackend(() => server!));
  storeV3Behaviour(() => postgresBackend(() => server!));

  it("opens postgresql:// URLs too, and names a missing database and how to create it", async () => {
    const url = await server!.createDatabase();
    const writer = await openStore(url);
    await writer.migrate();
    await writer.close();
    const reader = await openStore(url.replace(/^postgres:/, "postgresql:"), { readOnly: true });
    expect(reader.dialect).toBe("postgres");
    expect(await reader.countOrders()).toBe(0);
    await reader.close();
    const missing = url.replace(/\/[^/]+$/, "/no_such_database");
    await expect(openStore(missing, { readOnly: true })).rejects.toThrow(
      /cannot connect to PostgreSQL at postgres:\/\/orderbridge@127\.0\.0\.1:\d+\/no_such_database: database "no_such_database" does not exist; create the database first \(createdb\) or fix its name in the URL/,
    );
  });
});
