#!/usr/bin/env node
import { startPrism, VENDOR_SPECS } from "./prism.js";

const vendor = process.argv[2] as keyof typeof VENDOR_SPECS | undefined;
if (!vendor || !(vendor in VENDOR_SPECS)) {
  console.error(`usage: orderbridge-prism <${Object.keys(VENDOR_SPECS).join("|")}> [port]`);
  process.exit(2);
}
const prism = await startPrism(VENDOR_SPECS[vendor], {
  port: process.argv[3] ? Number(process.argv[3]) : 4010,
});
console.log(`prism mock for ${vendor} listening on ${prism.url} (spec: ${VENDOR_SPECS[vendor]})`);
const stop = () => void prism.stop().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
