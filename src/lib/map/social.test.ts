import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { readContentFiles } from "../content/load";
import { validateContent } from "../content/validate";
import { chapterFigures } from "../figures";
import { buildModel, chapterEventIds, chapterSteps, describeStep } from "../model";
import { localizeModel } from "../localize";
import { fontFamily, NOTO_ARABIC_TEXT } from "./standalone";
import { socialCardSvg } from "./social";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const result = validateContent(readContentFiles(root));
const model = buildModel(result.data!);
const chapter = result.chapters.find((c) => c.slug === "the-rockets")!;
const used = chapterEventIds(chapter.scan, model);
const steps = chapterSteps(chapter.scan).map((s) => ({ ...s, alt: describeStep(s, model) }));
const figures = chapterFigures(model, steps, model.events.filter((e) => used.has(e.id)));

describe("social card", () => {
  it("is a standalone SVG with the map, the chapter's marks and its title, escaped", () => {
    const svg = socialCardSvg(model, "A <b> & c", figures.map, figures.steps[0]!);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).toContain("A &lt;b&gt; &amp; c");
    expect(svg).toContain('stroke="#3f7fb5"'); // the river
    expect(svg).not.toMatch(/class=|href=/);
  });

  it("carries the opening step's callouts, placed as on the page", () => {
    const step = figures.steps[0]!;
    const svg = socialCardSvg(model, "Rockets", figures.map, step);
    const callouts = step.map.narrow.callouts.flatMap((c) => c.lines);
    expect(callouts.map((l) => l.event)).toEqual(step.state.events.filter((id) => model.eventById.get(id)!.places.length));
    for (const line of callouts) expect(svg).toContain(`x="${line.label.x}" y="${line.label.y}"`);
    expect(svg).toContain(">Rockets hit al-Omar</text>");
  });

  it("in Arabic is mirrored: the title's panel on the right, set from its right edge, in a right-to-left embedding", () => {
    const ar = localizeModel(model, "ar").model;
    const arFigures = chapterFigures(ar, steps, ar.events.filter((e) => used.has(e.id)));
    const svg = socialCardSvg(ar, "الضربات عند الحدود", arFigures.map, arFigures.steps[0]!);
    expect(svg).toContain('<rect x="700" y="0" width="500" height="630"');
    expect(svg).toMatch(/<text x="1152" y="170" text-anchor="end"[^>]*font-family="Noto Sans Arabic, [^"]*"[^>]*>\u202Bالضربات عند الحدود\u202C<\/text>/);
    expect(svg).not.toContain("letter-spacing"); // Arabic letters join
    expect(svg).toContain(ar.eventById.get("rocket-attack")!.label);
  });
});

describe("fonts of the standalone figures", () => {
  it("sets Arabic in Noto Sans Arabic only where that font has every character, else the system's sans", () => {
    expect(fontFamily("البوكمال")).toMatch(/^Noto Sans Arabic, /);
    expect(fontFamily("مطار التيفور (T-4)")).toMatch(/^DejaVu Sans/);
    expect(fontFamily("١٩:٤٤ غرينتش+٣")).toMatch(/^DejaVu Sans/);
    expect(fontFamily("Albukamal")).toMatch(/^DejaVu Sans/);
  });

  it("knows the font's Arabic subset as @fontsource publishes it", async () => {
    const { readFileSync } = await import("node:fs");
    const { createRequire } = await import("node:module");
    const ranges: string = JSON.parse(readFileSync(createRequire(import.meta.url).resolve("@fontsource/noto-sans-arabic/unicode.json"), "utf8")).arabic;
    for (const range of ranges.split(",")) {
      const [from, to = from] = range.replace("U+", "").split("-").map((h) => parseInt(h, 16));
      if (from! > 0xffff) continue; // outside the BMP: letters the story never writes
      for (const cp of [from!, to!]) expect(NOTO_ARABIC_TEXT.test(String.fromCodePoint(cp)), `U+${cp.toString(16)}`).toBe(true);
    }
    expect(NOTO_ARABIC_TEXT.test(":")).toBe(false);
  });
});
