// A newsroom's page on another origin, for the embed tests: serves e2e/hosts/*.html, with the story's address
// (written in them as http://127.0.0.1:4321) replaced by the site under test, and pym.js and NPR's Sidechain from
// npm. `startHosts(siteOrigin, port)` in a test runner; `node e2e/hosts/serve.mjs` with SITE_ORIGIN and HOST_PORT
// (0 or unset: a free port) on its own.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { join } from "node:path";

const WRITTEN = "http://127.0.0.1:4321";
// Paths from the project's root, where every test runner runs (this module may be bundled elsewhere).
const files = {
  "/pym.v1.min.js": ["node_modules/pym.js/dist/pym.v1.min.js", "text/javascript"],
  "/sidechain.js": ["node_modules/@nprapps/sidechain/dist/sidechain.js", "text/javascript"],
  "/tabs.js": ["e2e/hosts/tabs.js", "text/javascript"],
};

/** Serve the host pages on localhost:`port` (0: a free one), embedding `siteOrigin`. Resolves to { url, close }. */
export function startHosts(siteOrigin, port = 0) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path === "/favicon.ico") return res.writeHead(204).end();
    const [file, type] = files[path] ?? (/^\/[a-z-]+\.html$/.test(path) ? [`e2e/hosts${path}`, "text/html; charset=utf-8"] : []);
    if (!file) return res.writeHead(404).end("not found");
    try {
      const body = await readFile(join(process.cwd(), file));
      res.writeHead(200, { "Content-Type": type }).end(type.startsWith("text/html") ? body.toString("utf8").replaceAll(WRITTEN, siteOrigin) : body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "localhost", () => {
      const url = `http://localhost:${server.address().port}`;
      resolve({ url, port: server.address().port, close: () => new Promise((done) => (server.close(() => done()), server.closeAllConnections())) });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const hosts = await startHosts(process.env.SITE_ORIGIN ?? WRITTEN, Number(process.env.HOST_PORT ?? 0));
  console.log(`host pages on ${hosts.url}/`);
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => hosts.close().then(() => process.exit(0)));
}
