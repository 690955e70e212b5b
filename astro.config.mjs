// @ts-check
import mdx from "@astrojs/mdx";
import { readFileSync } from "node:fs";
import { defineConfig } from "astro/config";
import contentValidation from "./src/integrations/content-validation.ts";

/**
 * The headers public/_headers gives every page ("/*"), for `astro preview`: the e2e tests and the benchmark
 * then run under the production Content-Security-Policy, and a violation fails them as a console error.
 * Not for `astro dev`, whose client injects inline scripts and styles.
 */
function productionHeaders() {
  /** @type {Record<string, string>} */
  const headers = {};
  let block = "";
  for (const line of readFileSync(new URL("./public/_headers", import.meta.url), "utf8").split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) block = line.trim();
    else if (block === "/*") {
      const i = line.indexOf(":");
      headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return headers;
}
const isPreview = process.argv.includes("preview");

// One configurable public URL: canonical links, Open Graph and oEmbed are built from it.
const site = process.env.SITE_URL ?? "http://localhost:4321";

export default defineConfig({
  site,
  trailingSlash: "always",
  // scripts/build.mjs builds into a fresh folder and swaps it in only on success (a failed build keeps the old dist/).
  outDir: process.env.ASTRO_OUT_DIR ?? "./dist",
  // Two pages at a time: while one waits for its social image to rasterise (off the main thread), another renders.
  build: { format: "directory", inlineStylesheets: "never", concurrency: 2 },
  integrations: [contentValidation(), mdx()],
  // Static, public, no credentials: any origin may load our scripts, which module scripts in a sandboxed
  // (opaque-origin) embed require. Listed in public/_headers with the rest of the production headers.
  server: { port: 4321, host: "127.0.0.1", headers: isPreview ? productionHeaders() : { "Access-Control-Allow-Origin": "*" } },
  devToolbar: { enabled: false },
  // One stylesheet for the whole site (about 6 KB gzip): a page then waits on one render-blocking request, not one
  // per component, and every page after the first has it cached.
  vite: { build: { cssCodeSplit: false } },
});
