import type { AstroIntegration } from "astro";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { AFTER_PAINT_LOADER, MODULE_ATTRIBUTE } from "../lib/after-paint";
import { inlineHash, withHashes } from "../lib/csp";
import { scanPage } from "../lib/page-scan";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith(".html") ? [p] : [];
  });
}

/**
 * `html` with each `<script type="module" src="…"></script>` replaced by the loader for that module, and how many
 * were replaced. Throws when a module script is not written the way the build writes it, rather than leave it.
 */
export function startAfterPaint(html: string): { html: string; replaced: number } {
  const modules = scanPage(html).scripts.filter((s) => s.attributes["type"] === "module" && s.attributes["src"] !== undefined);
  let out = html;
  // From the last, so the offsets of the ones before stay true.
  for (const script of modules.reverse()) {
    const src = script.attributes["src"]!;
    const tag = `<script type="module" src="${src}"></script>`;
    if (html.slice(script.start, script.end) !== tag) throw new Error(`after-paint: expected one ${tag} in the page, as Astro writes it; found none, but ${html.slice(script.start, script.end)}`);
    out = `${out.slice(0, script.start)}<script ${MODULE_ATTRIBUTE}="${src}">${AFTER_PAINT_LOADER}</script>${out.slice(script.end)}`;
  }
  return { html: out, replaced: modules.length };
}

/**
 * After the build: story pages (not embed views) start their script after their first paint (lib/after-paint.ts),
 * and the built `_headers` (copied from public/_headers) lists the hash of every inline stylesheet and script, so
 * the Content-Security-Policy allows exactly those and still no 'unsafe-inline'.
 */
export default function inlinePolicy(): AstroIntegration {
  return {
    name: "story-inline-policy",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const styles = new Set<string>();
        const scripts = new Set<string>();
        let deferred = 0;
        for (const file of htmlFiles(out)) {
          let html = readFileSync(file, "utf8");
          if (!relative(out, file).startsWith("embed/")) {
            const after = startAfterPaint(html);
            if (after.replaced) writeFileSync(file, (html = after.html));
            deferred += after.replaced ? 1 : 0;
          }
          const page = scanPage(html);
          for (const style of page.styles) styles.add(inlineHash(style.text));
          for (const script of page.scripts) if (script.attributes["src"] === undefined && !/json/i.test(script.attributes["type"] ?? "")) scripts.add(inlineHash(script.text));
        }
        const headers = join(out, "_headers");
        writeFileSync(headers, withHashes(withHashes(readFileSync(headers, "utf8"), "style-src", styles), "script-src", scripts));
        logger.info(`${deferred} page(s) start their script after the first paint; _headers allows ${styles.size} inline stylesheet(s) and ${scripts.size} inline script(s) by hash`);
      },
    },
  };
}
