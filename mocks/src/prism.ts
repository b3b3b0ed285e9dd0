import { type ChildProcess, spawn } from "node:child_process";
import { connect, createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's specs folder (mocks/ sits beside it). */
export const SPECS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../specs");

export const VENDOR_SPECS = {
  yopoint: path.join(SPECS_DIR, "yopoint.openapi.yaml"),
  baifude: path.join(SPECS_DIR, "baifude.openapi.yaml"),
  yikayi: path.join(SPECS_DIR, "yikayi.openapi.yaml"),
} as const;

/**
 * How long {@link startPrism} waits for Prism to answer by default. Prism spends about 2 s of CPU loading
 * itself and the spec; on a 2-core machine running a whole test suite beside it that can stretch past 30 s,
 * so the deadline is generous: it only exists so a Prism that hangs fails with what it printed.
 */
export const PRISM_START_TIMEOUT_MS = 180_000;

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

/** Whether something accepts TCP connections on 127.0.0.1:`port`. */
function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

export interface StartPrismOptions {
  /** Port to listen on (default: a free one; on a clash with another process, another free one is tried). */
  port?: number;
  /** Refuse requests that do not conform to the spec with 422 (default true) instead of warning. */
  errors?: boolean;
  dynamic?: boolean;
  /** Give up after this long without Prism answering (default {@link PRISM_START_TIMEOUT_MS}). */
  timeoutMs?: number;
}

/**
 * Starts `prism mock` on a spec, on loopback, and resolves once it is ready: when it prints that it listens
 * or its port accepts connections, whichever comes first — readiness, not a clock. Fails with everything
 * Prism printed when it exits first (a port taken between {@link freePort} and Prism's listen is retried on
 * another port) or when it has not answered within `timeoutMs`.
 *
 * Prism validates every request against the spec and answers 422 (with the violations) when one does not
 * conform — which is what the contract tests rely on. `errors: true` (the default here) makes Prism refuse
 * instead of warn.
 *
 * @example
 * const prism = await startPrism(VENDOR_SPECS.yopoint);
 * // … fetch(`${prism.url}/api/gateway/index`, …)
 * await prism.stop();
 */
export async function startPrism(specPath: string, options: StartPrismOptions = {}): Promise<RunningPrism> {
  const attempts = options.port === undefined ? 3 : 1;
  let last: Error | undefined;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await startOnce(specPath, options.port ?? (await freePort()), options);
    } catch (error) {
      last = error as Error;
      if (!/EADDRINUSE/.test(last.message)) throw last;
    }
  }
  throw last;
}

async function startOnce(specPath: string, port: number, options: StartPrismOptions): Promise<RunningPrism> {
  const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../node_modules/.bin/prism");
  const args = ["mock", specPath, "-h", "127.0.0.1", "-p", String(port)];
  if (options.errors !== false) args.push("--errors");
  if (options.dynamic) args.push("--dynamic");
  const timeoutMs = options.timeoutMs ?? PRISM_START_TIMEOUT_MS;
  // Checked before Prism starts, so that later the port answering means Prism answers.
  if (await answers(port)) throw new Error(`port ${port} is taken by another process (EADDRINUSE)`);
  const started = Date.now();
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
  const said = () => (output.trim() ? `Prism printed:\n${output}` : "Prism printed nothing");

  await new Promise<void>((resolve, reject) => {
    let settled = false;
    let poll: NodeJS.Timeout | undefined;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      clearTimeout(poll);
      child.stdout?.off("data", onOutput);
      child.stderr?.off("data", onOutput);
      child.off("exit", onExit);
      child.off("error", onError);
      if (error) {
        child.kill("SIGKILL");
        reject(error);
      } else resolve();
    };
    const onOutput = () => {
      if (/Prism is listening/.test(output)) finish();
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
      finish(
        new Error(
          `prism exited (${signal ?? `code ${code}`}) after ${Date.now() - started} ms, before listening on port ${port}. ${said()}`,
        ),
      );
    const onError = (error: Error) =>
      finish(new Error(`prism could not be started (${bin}): ${error.message}`));
    const deadline = setTimeout(
      () =>
        finish(
          new Error(
            `prism did not answer on port ${port} within ${timeoutMs} ms (is the machine overloaded?). ${said()}`,
          ),
        ),
      timeoutMs,
    );
    // The port answering is readiness too (in case the line changes); polled gently, never a race.
    const check = async () => {
      if (settled) return;
      if ((await answers(port)) && child.exitCode === null && child.signalCode === null) return finish();
      if (!settled) poll = setTimeout(check, 250);
    };
    child.stdout?.on("data", onOutput);
    child.stderr?.on("data", onOutput);
    child.once("exit", onExit);
    child.once("error", onError);
    poll = setTimeout(check, 250);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
