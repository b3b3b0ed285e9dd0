// The baifude simulator: see the vendor issue. Filled in by the baifude work.
export {};
