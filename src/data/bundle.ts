import { build } from "esbuild";
import { join } from "node:path";

/**
 * A classic script served from the site (`/embed.js`, `/embed-scheme.js`), bundled at build time from a module
 * under src/: one small file, no dependencies, for pages the story does not control or before its modules load.
 */
export async function bundleScript(entry: string, banner: string): Promise<Response> {
  // From the project root: at build time this module runs from a bundled chunk, not from src/.
  const out = await build({ entryPoints: [join(process.cwd(), entry)], bundle: true, minify: true, format: "iife", target: "es2019", write: false, banner: { js: banner } });
  return new Response(out.outputFiles[0]!.text, { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
}
