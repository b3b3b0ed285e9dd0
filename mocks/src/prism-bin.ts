#!/usr/bin/env node
import { startPrism, VENDOR_SPECS } from "./prism.js";

const vendor = process.argv[2] as keyof typeof VENDOR_SPECS | undefined;
if (!vendor || !(vendor in VENDOR_SPECS)) {
  console.error(`usage: orderbridge-prism <${Object.keys(VENDOR_SPECS).join("|")}> [port]`);
  process.exit(2);
}
const port = process.argv[3] ? Number(process.argv[3]) : 4010;
if (!Number.isInteger(port) || port < 1 || port > 65_535) {
  console.error(`orderbridge-prism: the port must be a whole number from 1 to 65535, got ${process.argv[3]}`);
  process.exit(2);
}
let prism: Awaited<ReturnType<typeof startPrism>>;
try {
  prism = await startPrism(VENDOR_SPECS[vendor], { port });
} catch (error) {
  console.error(`orderbridge-prism: ${(error as Error).message}`);
  process.exit(1);
}
console.log(`prism mock for ${vendor} listening on ${prism.url} (spec: ${VENDOR_SPECS[vendor]})`);
const stop = () => void prism.stop().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
