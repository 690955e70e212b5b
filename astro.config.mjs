// @ts-check
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";
import contentValidation from "./src/integrations/content-validation.ts";

// One configurable public URL: canonical links, Open Graph and oEmbed are built from it.
const site = process.env.SITE_URL ?? "http://localhost:4321";

export default defineConfig({
  site,
  trailingSlash: "always",
  // scripts/build.mjs builds into a fresh folder and swaps it in only on success (a failed build keeps the old dist/).
  outDir: process.env.ASTRO_OUT_DIR ?? "./dist",
  build: { format: "directory", inlineStylesheets: "never" },
  integrations: [contentValidation(), mdx()],
  // Static, public, no credentials: any origin may load our scripts, which module scripts in a sandboxed
  // (opaque-origin) embed require. The same header is listed in public/_headers for production hosts.
  server: { port: 4321, host: "127.0.0.1", headers: { "Access-Control-Allow-Origin": "*" } },
  devToolbar: { enabled: false },
});
