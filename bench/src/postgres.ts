/**
 * A throwaway PostgreSQL server for the sync benchmark: the minimal start logic of
 * packages/store/test/support/postgres.ts (initdb into a temp dir, pg_ctl on a free loopback port, fsync
 * off), copied because bench builds only its own src. As root, the binaries run as the `postgres` user.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

export interface PostgresServer {
  url: string;
  createDatabase(name: string): Promise<string>;
  stop(): void;
}

/** `$PG_BIN_DIR`, `pg_config --bindir`, the newest `/usr/lib/postgresql/<n>/bin`, or the PATH. */
export function findPostgresBinDir(): string | undefined {
  const hasServer = (dir: string) => existsSync(join(dir, "initdb")) && existsSync(join(dir, "pg_ctl"));
  const candidates: string[] = [];
  if (process.env.PG_BIN_DIR) candidates.push(process.env.PG_BIN_DIR);
  try {
    candidates.push(execFileSync("pg_config", ["--bindir"], { encoding: "utf8", stdio: "pipe" }).trim());
  } catch {
    // no pg_config
  }
  try {
    const versions = readdirSync("/usr/lib/postgresql")
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    for (const version of versions) candidates.push(`/usr/lib/postgresql/${version}/bin`);
  } catch {
    // not a Debian layout
  }
  for (const dir of (process.env.PATH ?? "").split(":")) if (dir) candidates.push(dir);
  return candidates.find(hasServer);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function run(binDir: string, command: string, args: string[], asPostgres: boolean): void {
  const file = join(binDir, command);
  const [program, argv] = asPostgres ? ["runuser", ["-u", "postgres", "--", file, ...args]] : [file, args];
  const result = spawnSync(program, argv, { encoding: "utf8", stdio: "pipe" });
  if (result.status !== 0)
    throw new Error(
      `${command} failed (${result.error?.message ?? `exit ${result.status}`}): ${result.stderr}`,
    );
}

export async function startPostgres(binDir: string): Promise<PostgresServer> {
  const asPostgres = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), "orderbridge-bench-pg-"));
  if (asPostgres) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, "data");
  const port = await freePort();
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
    ].join(" ");
    run(
      binDir,
      "pg_ctl",
      ["-D", data, "-l", join(dir, "server.log"), "-w", "-t", "60", "-o", settings, "start"],
      asPostgres,
    );
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const url = `postgres://orderbridge@127.0.0.1:${port}/postgres`;
  return {
    url,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
      return `postgres://orderbridge@127.0.0.1:${port}/${name}`;
    },
    stop() {
      try {
        run(binDir, "pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"], asPostgres);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
