import { expect, test } from "./helpers";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

// Checks on the built HTML itself (no browser): what readers get before any script runs.
const html = (path: string) => readFileSync(new URL(`../dist/${path}`, import.meta.url), "utf8");
const chapters = { "the-strikes": ["albukamal", "al-qaim-crossing", "deir-ez-zor", "t4-airbase", "damascus"], "the-rockets": ["al-omar", "al-mayadin"] };

test.describe("build output", () => {
  for (const [slug, places] of Object.entries(chapters)) {
    test(`${slug}: the map SVG has borders, river, governorates, places, scale, inset and credits`, () => {
      const page = html(`${slug}/index.html`);
      const map = page.slice(page.indexOf('data-figure="map"'), page.indexOf("</figure>", page.indexOf('data-figure="map"')));
      expect(map).toContain("<svg");
      expect(map).toMatch(/class="map__country"[^>]*data-country="Syria"/);
      expect(map).toMatch(/class="map__country"[^>]*data-country="Iraq"/);
      expect(map).toMatch(/class="map__river"/);
      expect(map).toMatch(/data-governorate="Deir ez-Zor"/);
      for (const p of places) expect(map, p).toMatch(new RegExp(`data-place="${p}"`));
      expect(map).toContain("map__scale");
      expect(map).toContain("map__inset");
      expect(map).toContain("Natural Earth");
    });
  }

  test("the map's geometry stays within 15 KB gzip on every page that carries it", () => {
    for (const path of ["the-strikes/index.html", "the-hours-between/index.html", "the-rockets/index.html", "the-war-of-claims/index.html", "embed/map/index.html"]) {
      const page = html(path);
      const start = page.indexOf('data-figure="map"');
      const map = page.slice(start, page.indexOf("</figure>", start));
      expect(gzipSync(map).length, path).toBeLessThanOrEqual(15 * 1024);
    }
  });

  test("every step is in the HTML with its id, data-step and precomputed state", () => {
    const page = html("the-rockets/index.html");
    for (const id of ["dusk", "return-fire", "local-accounts", "next-day"]) {
      expect(page).toMatch(new RegExp(`<section[^>]*id="${id}"[^>]*data-step="${id}"[^>]*data-view="[^"]+"[^>]*data-camera="[\\d.,-]+"`));
    }
  });
});
