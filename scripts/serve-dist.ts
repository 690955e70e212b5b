/**
 * Serves the production build (dist/) as a static host would, with the headers of dist/_headers (every block whose
 * pattern matches the path, the more specific last, as Netlify and Cloudflare Pages merge them), for the tests and
 * the benchmark. Not `astro preview`: Astro allows one preview server per project, so a test run would stop at an
 * editor's `npm start`; this one takes any port, a free one by default, and can run beside it.
 *
 *   node scripts/serve-dist.ts [--port=N] [--dir=dist]     (prints "serving dist/ at http://127.0.0.1:N/")
 */
import { readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { parseHeaders, patternMatches } from "../src/lib/csp.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".geojson": "application/geo+json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/** The headers `_headers` gives `path`: every matching block's, the more specific pattern winning. */
export function headersOf(blocks: ReturnType<typeof parseHeaders>, path: string): Record<string, string> {
  return Object.assign({}, ...blocks.filter((b) => patternMatches(b.pattern, path)).sort((a, b) => a.pattern.length - b.pattern.length).map((b) => b.headers));
}

const isFile = (p: string) => statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
const isDir = (p: string) => statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;

export interface DistServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serve `dir` on 127.0.0.1:`port` (0: a free port). */
export async function serveDist(dir = "dist", port = 0): Promise<DistServer> {
  if (!isFile(join(dir, "index.html"))) throw new Error(`${dir}/ holds no build: run \`npm run build\` first`);
  const blocks = isFile(join(dir, "_headers")) ? parseHeaders(readFileSync(join(dir, "_headers"), "utf8")) : [];
  const server: Server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    } catch {
      return void res.writeHead(400).end("bad request");
    }
    const file = join(dir, normalize(path).replace(/^(\.\.[/\\])+/, ""));
    const headers = headersOf(blocks, path);
    if (isDir(file) && !path.endsWith("/")) return void res.writeHead(301, { ...headers, Location: `${path}/` }).end();
    const found = isDir(file) ? join(file, "index.html") : file;
    if (!isFile(found)) {
      const page = join(dir, "404.html");
      return void res.writeHead(404, { ...headers, "Content-Type": TYPES[".html"]! }).end(isFile(page) ? readFileSync(page) : "not found");
    }
    res.writeHead(200, { ...headers, "Content-Type": TYPES[extname(found)] ?? "application/octet-stream", "Cache-Control": "no-cache" });
    res.end(req.method === "HEAD" ? undefined : readFileSync(found));
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const at = (server.address() as { port: number }).port;
      resolve({ url: `http://127.0.0.1:${at}`, port: at, close: () => new Promise((done) => (server.close(() => done()), server.closeAllConnections())) });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const served = await serveDist(arg("dir") ?? "dist", Number(arg("port") ?? 0));
  console.log(`serving ${arg("dir") ?? "dist"}/ at ${served.url}/`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void served.close().then(() => process.exit(0)));
}
