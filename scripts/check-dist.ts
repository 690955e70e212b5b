// Budgets and integrity checks on the production build (dist/), run once by `npm test` after the build.
//   - JS ≤ 20 KB gzip per page; whole page (HTML + CSS + JS + other assets it loads) ≤ 100 KB gzip;
//     /embed.js ≤ 3 KB gzip
//   - no third-party resource anywhere: nothing loaded from another host (links *to* sources are citations, allowed)
//   - no style attribute or event handler (so a Content-Security-Policy without 'unsafe-inline' works); an inline
//     <style> or <script> only if the page's CSP in _headers lists its hash (JSON data blocks are not code)
//   - every internal link and asset resolves, including #fragments
//   - a story's title, dek, first step and map frame arrive in the first 14 KB of gzip HTML
// HTML is parsed with a real parser (linkedom), never searched with regular expressions.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { MODULE_ATTRIBUTE } from "../src/lib/after-paint.ts";
import { directiveSources, headersFor, inlineHash } from "../src/lib/csp.ts";

export const BUDGETS = { jsPerPageGzip: 20 * 1024, pageTotalGzip: 100 * 1024, hostScriptGzip: 3 * 1024 };

export interface PageWeights {
  html: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
  js: { raw: number; gzip: number };
  data: { raw: number; gzip: number };
}
export interface PageReport {
  page: string;
  htmlGzip: number;
  jsGzip: number;
  totalGzip: number;
  weights: PageWeights;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const isExternal = (url: string) => /^(https?:)?\/\//i.test(url);

/** Resolve a site-internal URL to a file in dist (null for external or unresolvable forms). */
export function resolveInternal(dist: string, fromFile: string, url: string): string | null {
  if (isExternal(url) || /^(mailto|tel|data|javascript):/i.test(url)) return null;
  const [pathPart = ""] = url.split(/[?#]/);
  if (pathPart === "") return fromFile;
  const base = pathPart.startsWith("/") ? dist : join(fromFile, "..");
  let p = join(base, decodeURIComponent(pathPart));
  if (pathPart.endsWith("/")) p = join(p, "index.html");
  return p;
}

/** A script and every module it imports (statically or dynamically), as files. */
export function jsClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, "utf8");
  for (const m of text.matchAll(/\bimport\s*(?:[^"'()]*?\bfrom\s*)?\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) jsClosure(join(file, "..", m[1]!), seen);
  return seen;
}

const documentOf = (html: string) => parseHTML(html).document;

/**
 * What a server sends on a new connection before it waits for the reader's first acknowledgement: TCP's initial
 * window, 10 packets of about 1.4 KB. Whatever a page needs for its first paint should be inside it.
 */
export const FIRST_ROUND_TRIP = 14 * 1024;

/** The longest start of `html` whose gzip is at most `budget` bytes (to within 64 characters). */
export function firstBytes(html: string, budget = FIRST_ROUND_TRIP): string {
  if (gzipSync(html).length <= budget) return html;
  let [lo, hi] = [0, html.length];
  while (hi - lo > 64) {
    const mid = (lo + hi) >> 1;
    if (gzipSync(html.slice(0, mid)).length <= budget) lo = mid;
    else hi = mid;
  }
  return html.slice(0, lo);
}

/**
 * On a story page (a chapter or its embed view; not a single-figure embed, whose figure is all it shows), what the
 * first round trip does not bring whole: the title, the dek, the first step's text, the map's frame (its <svg> and
 * viewBox). Empty when all arrive in it, so a browser can paint them while the figures' data follows.
 */
export function missingFromFirstRoundTrip(html: string, budget = FIRST_ROUND_TRIP, full = documentOf(html)): string[] {
  if (!full.querySelector("story-scrolly:not([data-single]) [data-step]") || !full.querySelector('figure[data-figure="map"] svg')) return [];
  const start = documentOf(firstBytes(html, budget));
  const text = (d: Document, selector: string) => d.querySelector(selector)?.textContent?.trim() ?? null;
  const missing: string[] = [];
  for (const [what, selector] of [
    ["title", "h1"],
    ["dek", ".dek"],
    ["first step", "[data-step]"],
  ] as const) {
    if (text(full, selector) !== null && text(start, selector) !== text(full, selector)) missing.push(what);
  }
  const frame = (d: Document) => d.querySelector('figure[data-figure="map"] svg')?.getAttribute("viewBox") ?? null;
  if (frame(start) !== frame(full)) missing.push("map's frame");
  return missing;
}

/** All problems with a built site; empty when it is within budget and whole. */
export function checkDist(dist: string): { problems: string[]; report: PageReport[] } {
  const problems: string[] = [];
  const report: PageReport[] = [];
  const files = walk(dist);
  const headers = existsSync(join(dist, "_headers")) ? readFileSync(join(dist, "_headers"), "utf8") : "";
  const gz = new Map<string, number>();
  const gzipSize = (f: string) => {
    if (!gz.has(f)) gz.set(f, gzipSync(readFileSync(f)).length);
    return gz.get(f)!;
  };
  const raw = (f: string) => statSync(f).size;
  const ids = new Map<string, Set<string>>();
  const idsOf = (f: string) => {
    if (!ids.has(f)) ids.set(f, new Set([...documentOf(readFileSync(f, "utf8")).querySelectorAll("[id]")].map((el) => el.id)));
    return ids.get(f)!;
  };

  for (const file of files.filter((f) => f.endsWith(".html"))) {
    const rel = relative(dist, file);
    const html = readFileSync(file, "utf8");
    const document = documentOf(html);
    const assets = new Set<string>();
    for (const el of document.querySelectorAll("*")) {
      for (const attr of el.getAttributeNames().map((a) => a.toLowerCase())) {
        if (/^on[a-z]+$/.test(attr)) problems.push(`${rel}: inline event handler attribute ${attr} on <${el.localName}>`);
        if (attr === "style") problems.push(`${rel}: style attribute on <${el.localName}> (the CSP's style-src has no 'unsafe-inline')`);
      }
    }
    const late = missingFromFirstRoundTrip(html, FIRST_ROUND_TRIP, document);
    if (late.length) problems.push(`${rel}: the first ${FIRST_ROUND_TRIP / 1024} KB of gzip HTML (one round trip) do not bring the ${late.join(", ")}; the figures' data must come after them`);
    const policy = headersFor(headers, `/${rel.replace(/index\.html$/, "")}`)["Content-Security-Policy"] ?? "";
    for (const [selector, directive] of [
      ["style", "style-src"],
      ["script:not([src])", "script-src"],
    ] as const) {
      for (const el of document.querySelectorAll(selector)) {
        if (/json/i.test(el.getAttribute("type") ?? "")) continue;
        const hash = inlineHash(el.textContent ?? "");
        if (!directiveSources(policy, directive).includes(hash)) problems.push(`${rel}: inline <${el.localName}> whose hash ${hash} is not in the page's ${directive} in _headers (a CSP without 'unsafe-inline' would block it)`);
      }
    }
    // Everything the page loads or links to.
    for (const el of document.querySelectorAll("a, link, script, img, source, iframe, use, image")) {
      const name = el.localName;
      for (const a of ["href", "src", "srcset", "xlink:href", MODULE_ATTRIBUTE]) {
        const value = el.getAttribute(a);
        if (!value) continue;
        const urls = a === "srcset" ? value.split(",").map((s) => s.trim().split(/\s+/)[0]!) : [value];
        const rels = (el.getAttribute("rel") ?? "").toLowerCase();
        // What the page fetches (not links elsewhere, nor <link rel="expect"> naming an element of the page).
        const loads = name !== "a" && !(name === "link" && /\b(canonical|alternate|expect)\b/.test(rels));
        // A step's still is lazy and not displayed with script on screen (e2e/stills.spec.ts checks it is never
        // fetched then): not part of the load the budget measures. Its link must still resolve.
        const lazy = el.closest(".step__still") !== null && (name === "img" ? el : el.parentElement?.querySelector("img"))?.getAttribute("loading") === "lazy";
        for (const url of urls) {
          if (isExternal(url)) {
            if (loads) problems.push(`${rel}: loads a third-party resource ${url}`);
            continue;
          }
          const target = resolveInternal(dist, file, url);
          if (!target) continue;
          if (!existsSync(target)) {
            problems.push(`${rel}: broken link ${url}`);
            continue;
          }
          const hash = url.includes("#") ? decodeURIComponent(url.split("#")[1]!) : "";
          if (hash && target.endsWith(".html") && !idsOf(target).has(hash)) problems.push(`${rel}: link ${url} points to a missing #${hash}`);
          if (loads && !lazy && target !== file) assets.add(target);
        }
      }
    }
    for (const f of [...assets].filter((f) => f.endsWith(".js"))) for (const dep of jsClosure(f)) assets.add(dep);
    // A stylesheet's own url() assets count too.
    for (const css of [...assets].filter((f) => f.endsWith(".css"))) {
      for (const m of readFileSync(css, "utf8").matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        const url = m[1]!;
        if (isExternal(url)) problems.push(`${relative(dist, css)}: loads a third-party URL ${url}`);
        else if (!url.startsWith("data:")) {
          const t = resolveInternal(dist, css, url);
          if (t && existsSync(t)) assets.add(t);
          else problems.push(`${relative(dist, css)}: missing asset ${url}`);
        }
      }
    }
    const of = (ext: (f: string) => boolean) => [...assets].filter(ext);
    const sum = (list: string[], size: (f: string) => number) => list.reduce((a, f) => a + size(f), 0);
    const [js, css] = [of((f) => f.endsWith(".js")), of((f) => f.endsWith(".css"))];
    const data = of((f) => !f.endsWith(".css") && !f.endsWith(".js"));
    const jsGzip = sum(js, gzipSize);
    const total = gzipSize(file) + sum([...assets], gzipSize);
    const weights: PageWeights = {
      html: { raw: raw(file), gzip: gzipSize(file) },
      css: { raw: sum(css, raw), gzip: sum(css, gzipSize) },
      js: { raw: sum(js, raw), gzip: jsGzip },
      data: { raw: sum(data, raw), gzip: sum(data, gzipSize) },
    };
    if (jsGzip > BUDGETS.jsPerPageGzip) problems.push(`${rel}: JavaScript is ${(jsGzip / 1024).toFixed(1)} KB gzip, over the ${BUDGETS.jsPerPageGzip / 1024} KB budget`);
    if (total > BUDGETS.pageTotalGzip) problems.push(`${rel}: page weight is ${(total / 1024).toFixed(1)} KB gzip, over the ${BUDGETS.pageTotalGzip / 1024} KB budget`);
    report.push({ page: rel, htmlGzip: gzipSize(file), jsGzip, totalGzip: total, weights });
  }
  const host = join(dist, "embed.js");
  if (existsSync(host) && gzipSize(host) > BUDGETS.hostScriptGzip) problems.push(`embed.js: ${(gzipSize(host) / 1024).toFixed(1)} KB gzip, over the ${BUDGETS.hostScriptGzip / 1024} KB budget of the host script`);
  // Scripts and styles themselves must not reach other hosts either.
  for (const file of files.filter((f) => /\.(js|css|json|xml|txt|webmanifest)$/.test(f))) {
    for (const m of readFileSync(file, "utf8").matchAll(/\b(fetch|import)\s*\(\s*["'`](https?:)?\/\//g)) problems.push(`${relative(dist, file)}: requests another host (${m[0]})`);
    if (file.endsWith(".css")) for (const m of readFileSync(file, "utf8").matchAll(/url\(\s*["']?(https?:)?\/\/[^)]+\)/gi)) problems.push(`${relative(dist, file)}: CSS loads a third-party URL ${m[0]}`);
  }
  return { problems, report };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dist = process.argv[2] ?? "dist";
  const { problems, report } = checkDist(dist);
  for (const r of report) console.log(`${r.page.padEnd(34)} html ${(r.htmlGzip / 1024).toFixed(1).padStart(5)} KB  js ${(r.jsGzip / 1024).toFixed(1).padStart(5)} KB  total ${(r.totalGzip / 1024).toFixed(1).padStart(5)} KB gzip`);
  if (problems.length) {
    console.error(`\n${problems.length} problem(s) in ${dist}/:\n${problems.map((p) => `  ${p}`).join("\n")}`);
    process.exit(1);
  }
  console.log(`\ndist checks: ${report.length} pages within budget (JS ≤ ${BUDGETS.jsPerPageGzip / 1024} KB, page ≤ ${BUDGETS.pageTotalGzip / 1024} KB gzip, embed.js ≤ ${BUDGETS.hostScriptGzip / 1024} KB), no third-party resources, inline styles and scripts only by their CSP hash, all internal links resolve, each story's title, dek, first step and map frame in the first ${FIRST_ROUND_TRIP / 1024} KB of gzip HTML.`);
}
