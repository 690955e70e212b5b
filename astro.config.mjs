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
  server: { port: 4321, host: "127.0.0.1" },
  devToolbar: { enabled: false },
});
