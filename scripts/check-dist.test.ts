import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { checkDist, firstBytes, missingFromFirstRoundTrip } from "./check-dist.ts";
import { AFTER_PAINT_LOADER } from "../src/lib/after-paint.ts";
import { inlineHash } from "../src/lib/csp.ts";

let dir = "";
function site(files: Record<string, string | Buffer>) {
  dir = mkdtempSync(join(tmpdir(), "dist-check-"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return checkDist(dir) as { problems: string[] };
}
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

const page = (body: string) => `<!doctype html><html><head><link rel="stylesheet" href="/a.css"></head><body id="top">${body}</body></html>`;

describe("dist checks (the budgets npm test enforces)", () => {
  it("pass a small, whole site", () => {
    expect(site({ "index.html": page('<a href="/x/#top">x</a><a href="https://www.jpost.com/">source</a>'), "x/index.html": page(""), "a.css": "body{}" }).problems).toEqual([]);
  });

  it("fail JavaScript over 20 KB gzip on a page", () => {
    const big = randomBytes(30 * 1024).toString("base64");
    const r = site({ "index.html": page('<script type="module" src="/app.js"></script>'), "app.js": `const x="${big}";`, "a.css": "" });
    expect(r.problems.join("\n")).toMatch(/JavaScript is [\d.]+ KB gzip, over the 20 KB budget/);
  });

  it("count the modules a page's script imports", () => {
    const big = randomBytes(30 * 1024).toString("base64");
    const r = site({
      "index.html": page('<script type="module" src="/_astro/entry.js"></script>'),
      "_astro/entry.js": 'import"./chunk.js";',
      "_astro/chunk.js": `const x="${big}";`,
      "a.css": "",
    });
    expect(r.problems.join("\n")).toMatch(/JavaScript is [\d.]+ KB gzip, over the 20 KB budget/);
  });

  it("count the module an after-paint loader imports, and require that it exists", () => {
    const big = randomBytes(30 * 1024).toString("base64");
    const loader = (src: string) => `<script data-module="${src}">${AFTER_PAINT_LOADER}</script>`;
    const headers = `/*\n  Content-Security-Policy: default-src 'self'; script-src 'self' ${inlineHash(AFTER_PAINT_LOADER)}\n`;
    const files = { "_astro/entry.js": 'import"./chunk.js";', "_astro/chunk.js": `const x="${big}";`, "a.css": "", _headers: headers };
    expect(site({ ...files, "index.html": page(loader("/_astro/entry.js")) }).problems.join("\n")).toMatch(/JavaScript is [\d.]+ KB gzip, over the 20 KB budget/);
    expect(site({ ...files, "index.html": page(loader("/_astro/gone.js")) }).problems.join("\n")).toContain("broken link /_astro/gone.js");
  });

  it("fail a page over 100 KB gzip in all", () => {
    const big = randomBytes(110 * 1024).toString("base64");
    const r = site({ "index.html": page(`<p>${big}</p>`), "a.css": "" });
    expect(r.problems.join("\n")).toMatch(/page weight is [\d.]+ KB gzip, over the 100 KB budget/);
  });

  it("fail a third-party resource, an inline script and broken links", () => {
    const r = site({
      "index.html": page('<script src="https://cdn.example.org/x.js"></script><script>alert(1)</script><a href="/missing/">m</a><a href="/#nowhere">n</a>'),
      "a.css": "",
    });
    const text = r.problems.join("\n");
    expect(text).toContain("loads a third-party resource https://cdn.example.org/x.js");
    expect(text).toContain("inline <script>");
    expect(text).toContain("broken link /missing/");
    expect(text).toContain("points to a missing #nowhere");
  });

  it("fail inline styles wherever they hide, found by parsing the HTML", () => {
    const r = site({ "index.html": page('<svg><g STYLE="fill:red"></g></svg><style>p{}</style><button onclick="x()">b</button>'), "a.css": "" });
    const text = r.problems.join("\n");
    expect(text).toContain("style attribute on <g>");
    expect(text).toMatch(/inline <style> whose hash 'sha256-[^']+' is not in the page's style-src in _headers/);
    expect(text).toContain("inline event handler attribute onclick on <button>");
    // The same words inside text are not markup.
    expect(site({ "index.html": page("<p>Write style=&quot;x&quot; or &lt;style&gt; in a code sample.</p>"), "a.css": "" }).problems).toEqual([]);
  });

  it("allow an inline <style> only where the page's CSP lists its hash", () => {
    const css = "p{color:red}";
    const headers = (hash: string) => `/*\n  Content-Security-Policy: default-src 'self'; style-src 'self' ${hash}\n/embed/*\n  Content-Security-Policy: default-src 'self'; style-src 'self'\n`;
    const files = { "index.html": page(`<style>${css}</style>`), "embed/x/index.html": page(""), "a.css": "" };
    expect(site({ ...files, _headers: headers(inlineHash(css)) }).problems).toEqual([]);
    // One character changed in the stylesheet, and the hash no longer matches.
    expect(site({ ...files, _headers: headers(inlineHash(`${css} `)) }).problems.join("\n")).toMatch(/^index\.html: inline <style> whose hash/);
    // The embed views have their own policy, which must list it too.
    const embedded = site({ ...files, "embed/x/index.html": page(`<style>${css}</style>`), _headers: headers(inlineHash(css)) });
    expect(embedded.problems.join("\n")).toMatch(/^embed\/x\/index\.html: inline <style> whose hash/);
  });

  it("allow an inline <script> only where the page's script-src lists its hash; JSON data is not code", () => {
    const js = "import('/a.js')";
    const headers = (hash: string) => `/*\n  Content-Security-Policy: default-src 'self'; script-src 'self' ${hash}\n`;
    const files = { "index.html": page(`<script>${js}</script><script type="application/ld+json">{}</script>`), "a.css": "", "a.js": "" };
    expect(site({ ...files, _headers: headers(inlineHash(js)) }).problems).toEqual([]);
    expect(site({ ...files, _headers: headers(inlineHash(`${js};`)) }).problems.join("\n")).toMatch(/^index\.html: inline <script> whose hash 'sha256-[^']+' is not in the page's script-src/);
  });

  it("fail a host script over 3 KB gzip", () => {
    const big = randomBytes(4 * 1024).toString("base64");
    const r = site({ "index.html": page(""), "a.css": "", "embed.js": `var x="${big}";` });
    expect(r.problems.join("\n")).toMatch(/embed\.js: [\d.]+ KB gzip, over the 3 KB budget of the host script/);
  });

  describe("the first round trip of a story page", () => {
    // Filler that gzip cannot shrink (about `kb` KB either way), so its place in the page decides what 14 KB carry.
    const noise = (kb: number) => `<p hidden>${randomBytes(kb * 1024).toString("base64")}</p>`;
    const map = '<figure data-figure="map"><svg viewBox="0 0 400 300"><path d="M0 0h400"></path></svg></figure>';
    const story = (head: string, between: string, after: string) =>
      `<!doctype html><html><head>${head}</head><body><story-scrolly><h1>Rockets at al-Omar</h1><p class="dek">The dek.</p>` +
      `<section data-step="a"><p>The first step.</p></section>${between}<section data-step="b"><p>Second.</p></section>${map}${after}</story-scrolly></body></html>`;

    it("passes when the title, dek, first step and map frame come first and the figures' data after", () => {
      expect(missingFromFirstRoundTrip(story("", "", noise(40)))).toEqual([]);
    });

    it("names what arrives late, and checkDist reports the page", () => {
      expect(missingFromFirstRoundTrip(story("", noise(16), ""))).toEqual(["map's frame"]);
      expect(missingFromFirstRoundTrip(story(noise(16), "", ""))).toEqual(["title", "dek", "first step", "map's frame"]);
      const r = site({ "x/index.html": story("", noise(16), ""), "a.css": "" });
      expect(r.problems.join("\n")).toMatch(/x\/index\.html: the first 14 KB of gzip HTML \(one round trip\) do not bring the map's frame/);
    });

    it("leaves pages without a story, and single-figure embeds, alone", () => {
      expect(missingFromFirstRoundTrip(`<!doctype html><html><body>${noise(40)}<h1>About</h1></body></html>`)).toEqual([]);
      expect(missingFromFirstRoundTrip(`<!doctype html><html><body><story-scrolly data-single>${noise(40)}${map}<section data-step="a"></section></story-scrolly></body></html>`)).toEqual([]);
    });

    it("cuts the page where its gzip reaches the budget", () => {
      const html = story("", "", noise(40));
      const start = firstBytes(html, 4096);
      expect(html.startsWith(start)).toBe(true);
      expect(gzipSync(start).length).toBeLessThanOrEqual(4096);
      expect(gzipSync(html.slice(0, start.length + 200)).length).toBeGreaterThan(4096);
    });
  });
});
