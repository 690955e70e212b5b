import { createHash } from "node:crypto";

/**
 * The site's inline stylesheet and script loader, and its Content-Security-Policy. Story pages inline their CSS
 * (one round trip less before the first paint on a slow phone) and start their script from a short inline loader
 * (after-paint.ts); the policy still has no 'unsafe-inline': the build lists each inline stylesheet's and script's
 * hash in `style-src` and `script-src`, and `npm test` checks every page's <style> and <script> against it.
 */

/** The directives that list inline code by its hash. */
export type HashedDirective = "style-src" | "script-src";

/** The CSP source expression that allows exactly this inline stylesheet or script (its text, as the browser reads it). */
export function inlineHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** A `_headers` file with these hashes added to every `directive` (sorted, once each). */
export function withHashes(headers: string, directive: HashedDirective, hashes: Iterable<string>): string {
  const list = [...new Set(hashes)].sort();
  if (!list.length) return headers;
  const line = /^(\s*Content-Security-Policy:.*)$/gm;
  return headers.replace(line, (policy) =>
    policy.replace(new RegExp(`${directive}\\s[^;]*`), (sources) => {
      const have = new Set(sources.trim().split(/\s+/));
      return [sources.trimEnd(), ...list.filter((h) => !have.has(h))].join(" ");
    }),
  );
}

/** The sources one directive of a `Content-Security-Policy` value allows, e.g. ["'self'", "'sha256-…'"]. */
export function directiveSources(policy: string, name: HashedDirective): string[] {
  const directive = policy.split(";").map((d) => d.trim().split(/\s+/)).find(([n]) => n === name);
  return directive?.slice(1) ?? [];
}

/** The blocks of a `_headers` file (Netlify's format): each path pattern with its headers, in order. */
export function parseHeaders(text: string): { pattern: string; headers: Record<string, string> }[] {
  const blocks: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) blocks.push({ pattern: line.trim(), headers: {} });
    else if (blocks.length) {
      const i = line.indexOf(":");
      blocks.at(-1)!.headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return blocks;
}

/** Whether a `_headers` path pattern ("/embed/*") matches `path`. */
export const patternMatches = (pattern: string, path: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`).test(path);

/** The headers `_headers` gives a path: the most specific matching block's. */
export function headersFor(text: string, path: string): Record<string, string> {
  const blocks = parseHeaders(text).filter((b) => patternMatches(b.pattern, path));
  return blocks.sort((a, b) => b.pattern.length - a.pattern.length)[0]?.headers ?? {};
}
