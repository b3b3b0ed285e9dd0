export { displayAccount, yikayiAccountName } from "./accounts.js";
export { EXIT, type ExitStatus } from "./exit.js";
export { failedRecord, type IngestOptions, ingestRecord } from "./ingest.js";
export type { CliIo } from "./io.js";
export { buildProgram, runCli } from "./program.js";
export { createReporter, formatSummary } from "./progress.js";
export {
  buildReport,
  collectReport,
  describeSource,
  lastFullMonth,
  mountReport,
  renderReport,
} from "./report/index.js";
export * from "./serve/index.js";
export { mockBadRecords, mockDrift, startSimulators } from "./simulators.js";
export {
  MAX_WINDOWS,
  type NoteTally,
  planStart,
  type StreamSummary,
  type SyncCounts,
  type SyncPlan,
  type SyncReporter,
  silentReporter,
  splitWindows,
  streamCheckpoint,
  syncAccount,
  syncStream,
  type VendorSummary,
} from "./sync.js";
export {
  accountName,
  type OrderClient,
  readStream,
  resolveAccounts,
  STREAM_METHOD,
  streamsOf,
  VENDOR_IDS,
  VENDORS,
  type VendorAccount,
  type VendorId,
} from "./vendors.js";
