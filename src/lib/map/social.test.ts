import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { readContentFiles } from "../content/load";
import { validateContent } from "../content/validate";
import { buildModel, chapterSteps } from "../model";
import { socialCardSvg } from "./social";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const result = validateContent(readContentFiles(root));
const model = buildModel(result.data!);

describe("social card", () => {
  it("is a standalone SVG with the map, the chapter's marks and its title, escaped", () => {
    const chapter = result.chapters.find((c) => c.slug === "the-rockets")!;
    const svg = socialCardSvg(model, "A <b> & c", chapterSteps(chapter.scan)[0]);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).toContain("A &lt;b&gt; &amp; c");
    expect(svg).toContain('stroke="#3f7fb5"'); // the river
    expect(svg).not.toMatch(/class=|href=/);
  });

  it("names the places of the chapter's opening step", () => {
    const chapter = result.chapters.find((c) => c.slug === "the-rockets")!;
    const step = chapterSteps(chapter.scan)[0]!;
    const svg = socialCardSvg(model, "Rockets", step);
    const focus = model.events.filter((e) => step.events.includes(e.id)).flatMap((e) => e.places);
    expect(focus.length).toBeGreaterThan(0);
    for (const id of focus) expect(svg).toContain(`>${model.placeById.get(id)!.name}</text>`);
  });
});
