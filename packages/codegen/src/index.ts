export * from "./generate.js";
export * from "./zod.js";
