export * from "./generate.js";
export * from "./nodes.js";
export * from "./validators.js";
export * from "./zod.js";
