import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { scanPage } from "./page-scan";

const page = `<!DOCTYPE html><html><head><!-- <script>not one</script> --><style>a::after{content:"&amp; <b>"}</style>
<script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{"a":"<\\/b>"}</script></head>
<body><p title="<style>">x</p><svg viewBox="0 0 1 1"><text>&lt;script&gt;</text></svg><script>if (1 < 2 && 3 > 2) go("</p>")</script></body></html>`;

describe("a built page's inline styles and scripts, read without building its DOM", () => {
  it("reads each style's and script's text as a DOM parser does, raw, and skips comments and attribute values", () => {
    const { styles, scripts } = scanPage(page);
    const { document } = parseHTML(page);
    expect(styles.map((s) => s.text)).toEqual([...document.querySelectorAll("style")].map((s) => s.textContent));
    expect(scripts.map((s) => s.text)).toEqual([...document.querySelectorAll("script")].map((s) => s.textContent));
    expect(styles[0]!.text).toBe('a::after{content:"&amp; <b>"}');
    expect(scripts.map((s) => s.attributes["src"] ?? s.attributes["type"] ?? "classic")).toEqual(["/_astro/a.js", "application/ld+json", "classic"]);
  });

  it("gives each element's place in the page, from its start tag to the end of its end tag", () => {
    const { scripts } = scanPage(page);
    expect(page.slice(scripts[0]!.start, scripts[0]!.end)).toBe('<script type="module" src="/_astro/a.js"></script>');
    expect(page.slice(scripts[2]!.start, scripts[2]!.end)).toBe('<script>if (1 < 2 && 3 > 2) go("</p>")</script>');
  });
});
