// The yopoint simulator: see the vendor issue. Filled in by the yopoint work.
export {};
