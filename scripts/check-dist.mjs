// Budgets and integrity checks on the production build (dist/), run by `npm test` after the build.
//   - JS ≤ 20 KB gzip per page; whole page (HTML + CSS + JS + other assets it loads) ≤ 100 KB gzip
//   - no third-party resource anywhere: nothing loaded from another host (links *to* sources are citations, allowed)
//   - no inline script or style (so a Content-Security-Policy without 'unsafe-inline' works); JSON data blocks are allowed
//   - every internal link and asset resolves, including #fragments
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export const BUDGETS = { jsPerPageGzip: 20 * 1024, pageTotalGzip: 100 * 1024 };

const attr = (tag, name) => new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, "i").exec(tag)?.[2] ?? undefined;

function walk(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Resolve a site-internal URL to a file in dist (null for external or unresolvable forms). */
export function resolveInternal(dist, fromFile, url) {
  if (/^(https?:)?\/\//i.test(url) || /^(mailto|tel|data|javascript):/i.test(url)) return null;
  const [pathPart] = url.split(/[?#]/);
  if (pathPart === "") return fromFile;
  const base = pathPart.startsWith("/") ? dist : join(fromFile, "..");
  let p = join(base, decodeURIComponent(pathPart));
  if (pathPart.endsWith("/")) p = join(p, "index.html");
  return p;
}

/** A script and every module it imports (statically or dynamically), as files. */
export function jsClosure(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, "utf8");
  for (const m of text.matchAll(/\bimport\s*(?:[^"'()]*?\bfrom\s*)?\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) jsClosure(join(file, "..", m[1]), seen);
  return seen;
}

/** All problems with a built site; empty when it is within budget and whole. */
export function checkDist(dist) {
  const problems = [];
  const report = [];
  const files = walk(dist);
  const gz = new Map();
  const gzipSize = (f) => {
    if (!gz.has(f)) gz.set(f, gzipSync(readFileSync(f)).length);
    return gz.get(f);
  };
  const ids = new Map();
  const idsOf = (f) => {
    if (!ids.has(f)) ids.set(f, new Set([...readFileSync(f, "utf8").matchAll(/\sid\s*=\s*"([^"]+)"/g)].map((m) => m[1])));
    return ids.get(f);
  };

  for (const file of files.filter((f) => f.endsWith(".html"))) {
    const html = readFileSync(file, "utf8");
    const rel = relative(dist, file);
    const assets = new Set();
    for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
      const src = attr(m[0].slice(0, m[0].indexOf(">") + 1), "src");
      const type = attr(m[0].slice(0, m[0].indexOf(">") + 1), "type") ?? "";
      if (!src && m[1].trim() && !/json/i.test(type)) problems.push(`${rel}: inline <script> (a CSP without 'unsafe-inline' would block it)`);
    }
    const markup = html.replace(/<script[\s\S]*?<\/script>/gi, "");
    if (/\son[a-z]+\s*=\s*["']/i.test(markup)) problems.push(`${rel}: inline event handler attribute`);
    if (/<style[\s>]/i.test(markup)) problems.push(`${rel}: inline <style> element (the CSP's style-src has no 'unsafe-inline')`);
    if (/<[a-z][^>]*\sstyle\s*=/i.test(markup)) problems.push(`${rel}: style attribute (the CSP's style-src has no 'unsafe-inline')`);
    // Everything the page loads or links to.
    for (const m of html.matchAll(/<(a|link|script|img|source|iframe|use|image)\b[^>]*>/gi)) {
      const tag = m[0];
      const name = m[1].toLowerCase();
      for (const a of ["href", "src", "srcset", "xlink:href"]) {
        const url = attr(tag, a);
        if (!url) continue;
        const external = /^(https?:)?\/\//i.test(url);
        const rels = (attr(tag, "rel") ?? "").toLowerCase();
        // What the page fetches (not links elsewhere, nor <link rel="expect"> naming an element of the page).
        const loads = name !== "a" && !(name === "link" && /\b(canonical|alternate|expect)\b/.test(rels));
        if (external) {
          if (loads) problems.push(`${rel}: loads a third-party resource ${url}`);
          continue;
        }
        const target = resolveInternal(dist, file, url);
        if (!target) continue;
        if (!existsSync(target)) {
          problems.push(`${rel}: broken link ${url}`);
          continue;
        }
        const hash = url.includes("#") ? decodeURIComponent(url.split("#")[1]) : "";
        if (hash && target.endsWith(".html") && !idsOf(target).has(hash)) problems.push(`${rel}: link ${url} points to a missing #${hash}`);
        if (loads && target !== file) assets.add(target);
      }
    }
    for (const m of html.matchAll(/url\(\s*["']?(https?:)?\/\/[^)]+\)/gi)) problems.push(`${rel}: CSS loads a third-party URL ${m[0]}`);
    for (const f of [...assets].filter((f) => f.endsWith(".js"))) for (const dep of jsClosure(f)) assets.add(dep);
    const js = [...assets].filter((f) => f.endsWith(".js"));
    // A stylesheet's own url() assets count too.
    for (const css of [...assets].filter((f) => f.endsWith(".css"))) {
      const text = readFileSync(css, "utf8");
      for (const m of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        if (/^(https?:)?\/\//i.test(m[1])) problems.push(`${relative(dist, css)}: loads a third-party URL ${m[1]}`);
        else if (!m[1].startsWith("data:")) {
          const t = resolveInternal(dist, css, m[1]);
          if (t && existsSync(t)) assets.add(t);
          else problems.push(`${relative(dist, css)}: missing asset ${m[1]}`);
        }
      }
    }
    const jsGzip = js.reduce((a, f) => a + gzipSize(f), 0);
    const total = gzipSize(file) + [...assets].reduce((a, f) => a + gzipSize(f), 0);
    const sum = (list, size) => list.reduce((a, f) => a + size(f), 0);
    const raw = (f) => statSync(f).size;
    const css = [...assets].filter((f) => f.endsWith(".css"));
    const data = [...assets].filter((f) => !f.endsWith(".css") && !f.endsWith(".js"));
    const weights = {
      html: { raw: raw(file), gzip: gzipSize(file) },
      css: { raw: sum(css, raw), gzip: sum(css, gzipSize) },
      js: { raw: sum(js, raw), gzip: jsGzip },
      data: { raw: sum(data, raw), gzip: sum(data, gzipSize) },
    };
    if (jsGzip > BUDGETS.jsPerPageGzip) problems.push(`${rel}: JavaScript is ${(jsGzip / 1024).toFixed(1)} KB gzip, over the ${BUDGETS.jsPerPageGzip / 1024} KB budget`);
    if (total > BUDGETS.pageTotalGzip) problems.push(`${rel}: page weight is ${(total / 1024).toFixed(1)} KB gzip, over the ${BUDGETS.pageTotalGzip / 1024} KB budget`);
    report.push({ page: rel, htmlGzip: gzipSize(file), jsGzip, totalGzip: total, weights });
  }
  // Scripts and styles themselves must not reach other hosts either.
  for (const file of files.filter((f) => /\.(js|css|json|xml|txt|webmanifest)$/.test(f))) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/\b(fetch|import)\s*\(\s*["'`](https?:)?\/\//g)) problems.push(`${relative(dist, file)}: requests another host (${m[0]})`);
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
  console.log(`\ndist checks: ${report.length} pages within budget (JS ≤ ${BUDGETS.jsPerPageGzip / 1024} KB, page ≤ ${BUDGETS.pageTotalGzip / 1024} KB gzip), no third-party resources, no inline scripts or styles, all internal links resolve.`);
}
