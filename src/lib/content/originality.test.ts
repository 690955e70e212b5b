import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fixture from "./fixtures/source-shingles.json";
import { copiedRuns, proseOutsideQuotes, shingleHashes } from "./originality";

const chaptersDir = new URL("../../../content/chapters/", import.meta.url);
const chapters = readdirSync(chaptersDir).filter((f) => f.endsWith(".mdx"));
const articleHashes = new Set(fixture.hashes);

describe("chapters are written in our own words", () => {
  it.each(chapters)("%s repeats no run of 12 words from the Jerusalem Post article outside a <Quote>", (file) => {
    expect(copiedRuns(readFileSync(new URL(file, chaptersDir), "utf8"), articleHashes)).toEqual([]);
  });

  it("would catch a copied sentence, and ignores the same words inside a <Quote>", () => {
    const source = "The attack comes roughly eighteen hours after the strikes near the border that the reporters described at length.";
    const hashes = shingleHashes(source);
    const copied = `---\ntitle: x\n---\n\nAs one report put it, the attack comes roughly eighteen hours after the strikes near the border that day.`;
    expect(copiedRuns(copied, hashes).length).toBeGreaterThan(0);
    expect(proseOutsideQuotes('<Quote id="x" />\nour words')).not.toContain("Quote");
  });

  it("has the article's fingerprints to compare against", () => {
    expect(fixture.words).toBe(12);
    expect(articleHashes.size).toBeGreaterThan(500);
  });
});
