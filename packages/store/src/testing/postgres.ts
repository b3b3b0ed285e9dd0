/**
 * Starts a throwaway PostgreSQL server for a test file: `initdb` into a temp dir, `pg_ctl start` on a
 * free loopback port with its unix socket inside that dir, fsync off. Exported as
 * `@orderbridge/store/testing` for other packages' tests and the benchmarks.
 *
 * initdb refuses to run as root; when the tests run as root (as on CI machines) the server binaries
 * run as the `postgres` user (via `runuser`), which must exist.
 *
 * @example
 * const pgBin = findPostgresBinDir();
 * describe.skipIf(!pgBin)("with PostgreSQL", () => {
 *   let server: PostgresServer;
 *   beforeAll(async () => { server = await startPostgres(); }, 60_000);
 *   afterAll(() => server?.stop());
 *   it("…", async () => { const url = await server.createDatabase(); … });
 * });
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

export interface PostgresServer {
  /** A URL for the server's `postgres` database (superuser `orderbridge`, no password). */
  url: string;
  port: number;
  /** Creates a fresh empty database and returns its URL. */
  createDatabase(name?: string): Promise<string>;
  /** Stops the server (immediate mode) and removes its directory. */
  stop(): Promise<void>;
}

/**
 * Where the PostgreSQL server binaries are: `$PG_BIN_DIR`, `pg_config --bindir`, the newest
 * `/usr/lib/postgresql/<n>/bin`, or `initdb` on the PATH. Undefined when there are none.
 */
export function findPostgresBinDir(): string | undefined {
  const hasServer = (dir: string) => existsSync(join(dir, "initdb")) && existsSync(join(dir, "pg_ctl"));
  const candidates: string[] = [];
  if (process.env["PG_BIN_DIR"]) candidates.push(process.env["PG_BIN_DIR"]);
  try {
    candidates.push(execFileSync("pg_config", ["--bindir"], { encoding: "utf8", stdio: "pipe" }).trim());
  } catch {
    // no pg_config: try the other places
  }
  try {
    const versions = readdirSync("/usr/lib/postgresql")
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    for (const version of versions) candidates.push(`/usr/lib/postgresql/${version}/bin`);
  } catch {
    // not a Debian layout
  }
  for (const dir of (process.env["PATH"] ?? "").split(":")) if (dir) candidates.push(dir);
  return candidates.find(hasServer);
}

/** Why PostgreSQL tests cannot run here, or undefined when they can. */
export function postgresUnavailableReason(): string | undefined {
  if (!findPostgresBinDir()) {
    return "no PostgreSQL server binaries (initdb, pg_ctl) found via $PG_BIN_DIR, pg_config, /usr/lib/postgresql/*/bin or PATH";
  }
  return undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function postgresUser(): { uid: number; gid: number } {
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8", stdio: "pipe" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8", stdio: "pipe" }).trim());
    return { uid, gid };
  } catch {
    throw new Error(
      "running as root, and initdb refuses root: create a `postgres` system user (useradd -r postgres) to run the PostgreSQL tests",
    );
  }
}

function run(binDir: string, command: string, args: string[], asPostgres: boolean): void {
  const file = join(binDir, command);
  const [program, argv] = asPostgres ? ["runuser", ["-u", "postgres", "--", file, ...args]] : [file, args];
  const result = spawnSync(program, argv, { encoding: "utf8", stdio: "pipe" });
  if (result.status !== 0) {
    throw new Error(
      `${command} failed (${result.error?.message ?? `exit ${result.status}`}): ${result.stderr || result.stdout}`,
    );
  }
}

/** Starts one PostgreSQL server in a temp dir. Call it once per test file, in beforeAll. */
export async function startPostgres(): Promise<PostgresServer> {
  const binDir = findPostgresBinDir();
  if (!binDir) throw new Error(postgresUnavailableReason());
  const asPostgres = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), "orderbridge-pg-"));
  if (asPostgres) {
    const { uid, gid } = postgresUser();
    chownSync(dir, uid, gid);
  }
  const data = join(dir, "data");
  const port = await freePort();
  let started = false;
  try {
    run(
      binDir,
      "initdb",
      ["-D", data, "-U", "orderbridge", "--auth=trust", "-E", "UTF8", "--locale=C", "-N"],
      asPostgres,
    );
    const settings = [
      `-p ${port}`,
      `-k ${dir}`,
      "-c listen_addresses=127.0.0.1",
      "-c fsync=off",
      "-c synchronous_commit=off",
      "-c full_page_writes=off",
      "-c max_connections=300",
    ].join(" ");
    run(
      binDir,
      "pg_ctl",
      ["-D", data, "-l", join(dir, "server.log"), "-w", "-t", "60", "-o", settings, "start"],
      asPostgres,
    );
    started = true;
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const url = `postgres://orderbridge@127.0.0.1:${port}/postgres`;
  let databases = 0;
  return {
    url,
    port,
    async createDatabase(name = `test_${process.pid}_${++databases}`) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
      return `postgres://orderbridge@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      if (started) {
        started = false;
        try {
          run(binDir, "pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"], asPostgres);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
    },
  };
}
