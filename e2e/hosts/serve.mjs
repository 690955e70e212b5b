// A newsroom's page on another origin, for the embed tests: serves e2e/hosts/*.html, and pym.js and NPR's
// Sidechain from npm.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const port = Number(process.env.HOST_PORT ?? 4322);
const files = {
  "/pym.v1.min.js": ["../../node_modules/pym.js/dist/pym.v1.min.js", "text/javascript"],
  "/sidechain.js": ["../../node_modules/@nprapps/sidechain/dist/sidechain.js", "text/javascript"],
  "/tabs.js": ["./tabs.js", "text/javascript"],
};
createServer(async (req, res) => {
  const path = new URL(req.url ?? "/", "http://x").pathname;
  if (path === "/favicon.ico") return res.writeHead(204).end();
  const [file, type] = files[path] ?? (/^\/[a-z-]+\.html$/.test(path) ? [`.${path}`, "text/html; charset=utf-8"] : []);
  if (!file) return res.writeHead(404).end("not found");
  try {
    res.writeHead(200, { "Content-Type": type }).end(await readFile(fileURLToPath(new URL(file, import.meta.url))));
  } catch {
    res.writeHead(404).end("not found");
  }
}).listen(port, "localhost", () => console.log(`host pages on http://localhost:${port}/`));
