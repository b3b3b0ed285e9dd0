export * from "./drift.js";
export * from "./faults.js";
export * from "./prism.js";
export * from "./random.js";
export * from "./server.js";
