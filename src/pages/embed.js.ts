import type { APIRoute } from "astro";
import { build } from "esbuild";
import { join } from "node:path";

/**
 * /embed.js, the host script newsrooms load (src/embed/host.ts), bundled at build time with the message parser
 * it shares with the story (src/client/host-messages.ts): one small classic script, no dependencies.
 */
export const GET: APIRoute = async () => {
  // From the project root: at build time this module runs from a bundled chunk, not from src/.
  const entry = join(process.cwd(), "src/embed/host.ts");
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2019", write: false,
    banner: { js: "/*! embed.js: sizes story iframes marked data-story-embed and sends them your page's scroll (pym.js v1 protocol). No dependencies, no cookies. */" },
  });
  return new Response(out.outputFiles[0]!.text, { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
};
