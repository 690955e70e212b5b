// @ts-check
import mdx from "@astrojs/mdx";
import { readFileSync } from "node:fs";
import { defineConfig } from "astro/config";
import contentValidation from "./src/integrations/content-validation.ts";
import inlinePolicy from "./src/integrations/inline-policy.ts";
import { headersFor } from "./src/lib/csp.ts";

const outDir = process.env.ASTRO_OUT_DIR ?? "./dist";

/**
 * The headers the build's _headers gives every page ("/*"), for `astro preview` (`npm start`, `npm run preview`):
 * a preview runs under the production Content-Security-Policy (with the hashes the build added). The tests and the
 * benchmark serve dist/ themselves with every matching block per path (scripts/serve-dist.ts). Not for `astro dev`,
 * whose client injects inline scripts and styles.
 */
function productionHeaders() {
  return headersFor(readFileSync(new URL(`${outDir}/_headers`, import.meta.url), "utf8"), "/");
}
const isPreview = process.argv.includes("preview");

// One configurable public URL: canonical links, Open Graph and oEmbed are built from it.
const site = process.env.SITE_URL ?? "http://localhost:4321";

export default defineConfig({
  site,
  trailingSlash: "always",
  // scripts/build.ts builds into a fresh folder and swaps it in only on success (a failed build keeps the old dist/).
  outDir,
  // Two pages at a time: while one waits for its social image to rasterise (off the main thread), another renders.
  // The stylesheet is inlined: on a slow phone a separate, render-blocking CSS request costs a round trip before
  // the title and dek can paint (Lighthouse mobile LCP 1.1–1.3 s with it, about 1.0 s without). The CSP allows it
  // by hash (inlineStylePolicy).
  build: { format: "directory", inlineStylesheets: "always", concurrency: 2 },
  integrations: [contentValidation(), mdx(), inlinePolicy()],
  // Static, public, no credentials: any origin may load our scripts, which module scripts in a sandboxed
  // (opaque-origin) embed require. Listed in public/_headers with the rest of the production headers.
  server: { port: 4321, host: "127.0.0.1", headers: isPreview ? productionHeaders() : { "Access-Control-Allow-Origin": "*" } },
  devToolbar: { enabled: false },
  // One stylesheet for the whole site (about 6 KB gzip), inlined in every page: one hash in the CSP.
  vite: { build: { cssCodeSplit: false } },
});
