// Start a server for a script that drives browsers (the benchmark, the engine tests) and wait until it answers.
import { spawn, type ChildProcess } from "node:child_process";

export interface Served {
  /** Stops the server, when this call started it (a server already running is left alone). */
  stop(): void;
}

/** Whether something answers at `url` (any HTTP status). */
export async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

/**
 * Run `cmd args` unless `url` already answers, then wait up to 30 s for it. Fails with the server's own output
 * when it exits or never answers (Astro allows one preview server per project: a stale one holds the port).
 */
export async function serve(url: string, cmd: string, args: string[], cwd: string): Promise<Served> {
  if (await answers(url)) return { stop() {} };
  const child: ChildProcess = spawn(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  let exited = false;
  child.stdout?.on("data", (d: Buffer) => (log += d));
  child.stderr?.on("data", (d: Buffer) => (log += d));
  child.on("exit", () => (exited = true));
  for (let i = 0; i < 150 && !exited; i++) {
    if (await answers(url)) return { stop: () => child.kill() };
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`${cmd} ${args.join(" ")} did not answer at ${url}:\n${log.trim()}`);
}
