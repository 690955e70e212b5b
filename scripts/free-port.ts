// A port nothing listens on, from the system (listen on port 0), so the tests and the benchmark never depend on
// fixed ports an editor's server or another run may hold.
import { spawnSync } from "node:child_process";
import { createServer } from "node:net";

export function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, host, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The same, for code that cannot wait (a Playwright config is loaded synchronously). */
export function freePortSync(host = "127.0.0.1"): number {
  const script = `const s=require("node:net").createServer().listen(0,${JSON.stringify(host)},()=>{process.stdout.write(String(s.address().port));s.close()})`;
  const port = Number(spawnSync(process.execPath, ["-e", script], { encoding: "utf8" }).stdout);
  if (!port) throw new Error("could not find a free port");
  return port;
}
