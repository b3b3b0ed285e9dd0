import { randomBytes } from "node:crypto";
import { rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { openStore } from "@orderbridge/store";
import { CliFailure, UsageError } from "../errors.js";
import { describeFileError } from "../files.js";
import type { CliIo } from "../io.js";
import { checkFilters, kindArg } from "../report/args.js";
import { buildReport, describeSource } from "../report/index.js";
import { reportPeriod } from "../report/period.js";
import type { VendorId } from "../vendor-ids.js";
import { version } from "../version.js";

export interface ReportCommandOptions {
  db: string;
  out: string;
  since?: Date | undefined;
  until?: Date | undefined;
  vendor?: VendorId[] | undefined;
  /** Kinds of sale as given (checked here: an unknown one is bad usage). */
  kind?: string[] | undefined;
  changesSince?: Date | undefined;
  /** The clock for the default period and the "made" line (tests pin it). */
  now?: () => Date;
}

/**
 * `orderbridge report`: opens an existing store read-only (never creating or changing one), reads the
 * period's aggregates and writes one self-contained HTML page to `--out` — first to a temporary file beside
 * it, then renamed, so a failed run never leaves half a report. Returns the absolute path and the size.
 */
export async function runReport(
  io: CliIo,
  options: ReportCommandOptions,
): Promise<{ path: string; bytes: number }> {
  const now = (options.now ?? (() => new Date()))();
  const filters = checkFilters(options.vendor, options.kind ? kindArg(options.kind.join(",")) : undefined);
  const period = reportPeriod(now, options.since, options.until);
  if (period.since >= period.until)
    throw new UsageError(
      `--since (${period.since.toISOString()}) must be before --until (${period.until.toISOString()})`,
    );
  const out = path.resolve(io.cwd, options.out);
  const store = await openStore(options.db, { readOnly: true });
  let page: string;
  try {
    page = await buildReport(
      store,
      { ...period, ...filters, ...(options.changesSince ? { changesSince: options.changesSince } : {}) },
      { now, version, source: describeSource(options.db) },
    );
  } finally {
    await store.close();
  }
  if (await isDirectory(out))
    throw new CliFailure(
      `cannot write --out ${options.out}: it is a folder, not a file: give a file name (e.g. ${path.join(options.out, "report.html")})`,
    );
  const temporary = path.join(
    path.dirname(out),
    `.${path.basename(out)}.${randomBytes(4).toString("hex")}.tmp`,
  );
  try {
    await writeFile(temporary, page, "utf8");
    await rename(temporary, out);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => {});
    const e = error as NodeJS.ErrnoException;
    // Named by the user's path, not the temporary file's.
    const described = describeFileError(
      Object.assign(new Error(e.message), { code: e.code, syscall: e.syscall, path: out }),
      "write",
      "--out",
    );
    throw new CliFailure(described ?? `cannot write --out ${options.out}: ${e.message}`);
  }
  const bytes = Buffer.byteLength(page);
  return { path: out, bytes };
}

async function isDirectory(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isDirectory();
  } catch {
    return false;
  }
}
