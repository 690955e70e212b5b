/**
 * For engines whose WebDriver cannot read the console (WebKit): a proxy in front of the site that puts an error
 * collector (driver.ts) first in every page's head, served from the same origin so the pages' CSP allows it.
 * Listens on a free port; an upstream that fails answers 502 (never an uncaught error in the test runner).
 */
import { createServer } from "node:http";
import { ERROR_COLLECTOR } from "./driver";

const COLLECTOR_PATH = "/__engines/errors.js";

export function startProxy(target: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(async (req, res) => {
    if (req.url === COLLECTOR_PATH) {
      res.writeHead(200, { "Content-Type": "text/javascript" }).end(ERROR_COLLECTOR);
      return;
    }
    try {
      const upstream = await fetch(new URL(req.url ?? "/", target), { headers: { accept: req.headers.accept ?? "*/*" }, redirect: "manual" });
      const headers = Object.fromEntries([...upstream.headers].filter(([k]) => !["content-encoding", "content-length", "transfer-encoding"].includes(k)));
      let body: Buffer | string = Buffer.from(await upstream.arrayBuffer());
      if ((upstream.headers.get("content-type") ?? "").includes("text/html")) body = body.toString("utf8").replace(/<head>/i, `<head><script src="${COLLECTOR_PATH}"></script>`);
      res.writeHead(upstream.status, headers).end(body);
    } catch (e) {
      if (!res.headersSent) res.writeHead(502, { "Content-Type": "text/plain" });
      res.end(`proxy: ${(e as Error).message}`);
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, close: () => new Promise<void>((done) => (server.close(() => done()), server.closeAllConnections())) }),
    );
  });
}
