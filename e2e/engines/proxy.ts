/**
 * For engines whose WebDriver cannot read the console (WebKit): a proxy in front of the site that puts an error
 * collector (driver.ts) first in every page's head, served from the same origin so the pages' CSP allows it.
 */
import { createServer, type Server } from "node:http";
import { ERROR_COLLECTOR } from "./driver";

const COLLECTOR_PATH = "/__engines/errors.js";

export function startProxy(target: string, port: number): Promise<Server> {
  const server = createServer(async (req, res) => {
    if (req.url === COLLECTOR_PATH) {
      res.writeHead(200, { "Content-Type": "text/javascript" }).end(ERROR_COLLECTOR);
      return;
    }
    const upstream = await fetch(new URL(req.url ?? "/", target), { headers: { accept: req.headers.accept ?? "*/*" }, redirect: "manual" });
    const headers = Object.fromEntries([...upstream.headers].filter(([k]) => !["content-encoding", "content-length", "transfer-encoding"].includes(k)));
    let body: Buffer | string = Buffer.from(await upstream.arrayBuffer());
    if ((upstream.headers.get("content-type") ?? "").includes("text/html")) body = body.toString("utf8").replace(/<head>/i, `<head><script src="${COLLECTOR_PATH}"></script>`);
    res.writeHead(upstream.status, headers).end(body);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}
