import { describe, expect, it } from "vitest";
import { startAfterPaint } from "../integrations/inline-policy";
import { AFTER_PAINT_LOADER } from "./after-paint";

const head = (scripts: string) => `<!DOCTYPE html><html><head><meta charset="utf-8">${scripts}<style>p{}</style></head><body><p>Text</p></body></html>`;

describe("a story page's script, started after its first paint", () => {
  it("replaces the module script by the loader for the same module, and nothing else", () => {
    const html = head('<script type="module" src="/_astro/Story.abc.js"></script><script src="/embed-scheme.js"></script><script type="application/ld+json">{}</script>');
    const { html: out, replaced } = startAfterPaint(html);
    expect(replaced).toBe(1);
    expect(out).toBe(html.replace('<script type="module" src="/_astro/Story.abc.js"></script>', `<script data-module="/_astro/Story.abc.js">${AFTER_PAINT_LOADER}</script>`));
    // Run twice, the page is the same: no module script is left to replace.
    expect(startAfterPaint(out)).toEqual({ html: out, replaced: 0 });
  });

  it("leaves a page without a module script as it is", () => {
    const html = head("");
    expect(startAfterPaint(html)).toEqual({ html, replaced: 0 });
  });

  it("refuses a module script written otherwise than the build writes it, rather than leave it fetched early", () => {
    expect(() => startAfterPaint(head("<script src='/a.js' type='module'></script>"))).toThrow(/expected one <script type="module" src="\/a\.js"><\/script>.*found none/);
  });

  it("imports only once the first contentful paint is reported and the document parsed, or a second after load", () => {
    // The loader is plain text hashed into the CSP: check the conditions it waits for are there, in that form.
    expect(AFTER_PAINT_LOADER).toContain('getEntriesByName("first-contentful-paint")');
    expect(AFTER_PAINT_LOADER).toContain('document.readyState === "loading"');
    expect(AFTER_PAINT_LOADER).toContain('addEventListener("load", () => setTimeout(start, 1000))');
    // Or at once on the reader's first touch, click, tab or key; a step button pressed meanwhile is counted.
    expect(AFTER_PAINT_LOADER).toContain('["pointerdown", "keydown", "focusin"]');
    expect(AFTER_PAINT_LOADER).toContain("dataset.pendingSteps");
    expect(AFTER_PAINT_LOADER).not.toContain("</script");
    expect(() => new Function(AFTER_PAINT_LOADER)).not.toThrow();
  });
});
