import type { AstroIntegration } from "astro";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";
import { startAfterPaint } from "../lib/after-paint";
import { inlineHash, withHashes } from "../lib/csp";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith(".html") ? [p] : [];
  });
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
          const { document } = parseHTML(html);
          for (const style of document.querySelectorAll("style")) styles.add(inlineHash(style.textContent ?? ""));
          for (const script of document.querySelectorAll("script:not([src])")) if (!/json/i.test(script.getAttribute("type") ?? "")) scripts.add(inlineHash(script.textContent ?? ""));
        }
        const headers = join(out, "_headers");
        writeFileSync(headers, withHashes(withHashes(readFileSync(headers, "utf8"), "style-src", styles), "script-src", scripts));
        logger.info(`${deferred} page(s) start their script after the first paint; _headers allows ${styles.size} inline stylesheet(s) and ${scripts.size} inline script(s) by hash`);
      },
    },
  };
}
