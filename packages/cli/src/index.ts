export { buildProgram, type CliIo, EXIT, runCli } from "./program.js";
export { formatSummary } from "./progress.js";
export * from "./serve/index.js";
export { startSimulators } from "./simulators.js";
export { type SyncPlan, splitWindows, syncAccount, type VendorSummary } from "./sync.js";
export { resolveAccounts, VENDOR_IDS, VENDORS, type VendorId } from "./vendors.js";
