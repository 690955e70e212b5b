import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { readContentFiles } from "../content/load";
import { validateContent } from "../content/validate";
import { chapterFigures } from "../figures";
import { buildModel, chapterEventIds, chapterSteps, describeStep } from "../model";
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
});
