import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { CHAPTERS, expect, test } from "./helpers";

// Checks on the built HTML itself (no browser), parsed with a real parser: what readers get before any script
// runs. This file runs once, in its own Playwright project ("dist"), not once per browser.
const documentOf = (path: string) => parseHTML(readFileSync(new URL(`../dist/${path}`, import.meta.url), "utf8")).document;
const places = { "the-strikes": ["albukamal", "al-qaim-crossing", "deir-ez-zor", "t4-airbase", "damascus"], "the-rockets": ["al-omar", "al-mayadin"] };

test.describe("build output", () => {
  for (const [slug, ids] of Object.entries(places)) {
    test(`${slug}: the map SVG has borders, river, governorates, places, scale, inset and credits`, () => {
      const map = documentOf(`${slug}/index.html`).querySelector('[data-figure="map"]')!;
      expect(map.querySelector("svg")).not.toBeNull();
      for (const country of ["Syria", "Iraq"]) expect(map.querySelector(`.map__country[data-country="${country}"]`), country).not.toBeNull();
      expect(map.querySelector(".map__river")).not.toBeNull();
      expect(map.querySelector('[data-governorate="Deir ez-Zor"]')).not.toBeNull();
      for (const p of ids) expect(map.querySelector(`[data-place="${p}"]`), p).not.toBeNull();
      expect(map.querySelector(".map__scale")).not.toBeNull();
      expect(map.querySelector(".map__inset")).not.toBeNull();
      expect(map.textContent).toContain("Natural Earth");
    });
  }

  test("the map's geometry stays within 15 KB gzip on every page that carries it", () => {
    for (const path of [...CHAPTERS.map((c) => `${c}/index.html`), "embed/map/index.html"]) {
      const map = documentOf(path).querySelector('[data-figure="map"]')!;
      const geometry = [".map__layers", "defs", ".map__overlay"].map((s) => map.querySelector(s)!.outerHTML).join("");
      expect(gzipSync(geometry).length, path).toBeLessThanOrEqual(15 * 1024);
    }
  });

  test("every step is in the HTML with its id, data-step and precomputed state", () => {
    const doc = documentOf("the-rockets/index.html");
    for (const id of ["dusk", "return-fire", "local-accounts", "next-day"]) {
      const step = doc.getElementById(id)!;
      expect(step.localName).toBe("section");
      expect(step.getAttribute("data-step")).toBe(id);
      expect(step.getAttribute("data-view")).toBeTruthy();
      expect(step.getAttribute("data-camera")).toMatch(/^[\d.]+,-?[\d.]+,-?[\d.]+$/);
    }
  });
});
