export { EXIT, type ExitStatus } from "./exit.js";
export type { CliIo } from "./io.js";
export { buildProgram, runCli } from "./program.js";
export { formatSummary } from "./progress.js";
export {
  buildReport,
  collectReport,
  describeSource,
  lastFullMonth,
  mountReport,
  renderReport,
} from "./report/index.js";
export * from "./serve/index.js";
export { startSimulators } from "./simulators.js";
export { MAX_WINDOWS, type SyncPlan, splitWindows, syncAccount, type VendorSummary } from "./sync.js";
export { resolveAccounts, VENDOR_IDS, VENDORS, type VendorId } from "./vendors.js";
