import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's specs folder (mocks/ sits beside it). */
export const SPECS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../specs");

export const VENDOR_SPECS = {
  yopoint: path.join(SPECS_DIR, "yopoint.openapi.yaml"),
  baifude: path.join(SPECS_DIR, "baifude.openapi.yaml"),
  yikayi: path.join(SPECS_DIR, "yikayi.openapi.yaml"),
} as const;

export interface RunningPrism {
  url: string;
  port: number;
  /** Everything Prism printed, for assertion messages. */
  output(): string;
  stop(): Promise<void>;
}

/** Finds a free loopback port by letting the OS pick one. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `prism mock` on a spec, on loopback, and resolves once it listens. Prism validates every
 * request against the spec and answers 422 (with the violations) when one does not conform — which is
 * what the contract tests rely on. `errors: true` (the default here) makes Prism refuse instead of warn.
 */
export async function startPrism(
  specPath: string,
  options: { port?: number; errors?: boolean; dynamic?: boolean; timeoutMs?: number } = {},
): Promise<RunningPrism> {
  const port = options.port ?? (await freePort());
  const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../node_modules/.bin/prism");
  const args = ["mock", specPath, "-h", "127.0.0.1", "-p", String(port)];
  if (options.errors !== false) args.push("--errors");
  if (options.dynamic) args.push("--dynamic");
  const child: ChildProcess = spawn(bin, args, {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1" },
  });
  let output = "";
  const append = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`prism did not start within ${options.timeoutMs ?? 30_000} ms:\n${output}`));
    }, options.timeoutMs ?? 30_000);
    const check = () => {
      if (/Prism is listening/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", check);
    child.stderr?.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`prism exited with ${code} before listening:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
