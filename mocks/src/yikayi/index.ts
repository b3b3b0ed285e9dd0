// The yikayi simulator: see the vendor issue. Filled in by the yikayi work.
export {};
