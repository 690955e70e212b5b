import type { AstroIntegration } from "astro";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";
import { styleHash, withStyleHashes } from "../lib/csp";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith(".html") ? [p] : [];
  });
}

/**
 * After the build, lists the hash of every inline stylesheet in the built `_headers` (copied from
 * public/_headers), so the Content-Security-Policy allows exactly those styles and still no 'unsafe-inline'.
 */
export default function inlineStylePolicy(): AstroIntegration {
  return {
    name: "story-inline-style-policy",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const hashes = new Set<string>();
        for (const file of htmlFiles(out)) {
          const { document } = parseHTML(readFileSync(file, "utf8"));
          for (const style of document.querySelectorAll("style")) hashes.add(styleHash(style.textContent ?? ""));
        }
        const headers = join(out, "_headers");
        writeFileSync(headers, withStyleHashes(readFileSync(headers, "utf8"), hashes));
        logger.info(`_headers: style-src allows ${hashes.size} inline stylesheet(s) by hash`);
      },
    },
  };
}
