import { createHash } from "node:crypto";

/**
 * The site's one inline stylesheet and its Content-Security-Policy. Story pages inline their CSS (one round
 * trip less before the first paint on a slow phone); the policy still has no 'unsafe-inline': the build lists
 * each inline stylesheet's hash in `style-src`, and `npm test` checks every page's <style> against it.
 */

/** The CSP source expression that allows exactly this inline stylesheet (its text, as the browser reads it). */
export function styleHash(css: string): string {
  return `'sha256-${createHash("sha256").update(css, "utf8").digest("base64")}'`;
}

/** A `_headers` file with these hashes added to every `style-src` directive (sorted, once each). */
export function withStyleHashes(headers: string, hashes: Iterable<string>): string {
  const list = [...new Set(hashes)].sort();
  if (!list.length) return headers;
  const line = /^(\s*Content-Security-Policy:.*)$/gm;
  return headers.replace(line, (policy) =>
    policy.replace(/style-src\s[^;]*/, (directive) => {
      const have = new Set(directive.trim().split(/\s+/));
      return [directive.trimEnd(), ...list.filter((h) => !have.has(h))].join(" ");
    }),
  );
}

/** The style sources a `Content-Security-Policy` value allows, e.g. ["'self'", "'sha256-…'"]. */
export function styleSources(policy: string): string[] {
  const directive = policy.split(";").map((d) => d.trim().split(/\s+/)).find(([name]) => name === "style-src");
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

/** The headers `_headers` gives a path: the most specific matching block's. */
export function headersFor(text: string, path: string): Record<string, string> {
  const matches = (pattern: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`).test(path);
  const blocks = parseHeaders(text).filter((b) => matches(b.pattern));
  return blocks.sort((a, b) => b.pattern.length - a.pattern.length)[0]?.headers ?? {};
}
