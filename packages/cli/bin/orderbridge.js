#!/usr/bin/env node
// A committed shim, so pnpm can link the bin before `dist/` is built (as on a fresh clone).
import "../dist/bin.js";
