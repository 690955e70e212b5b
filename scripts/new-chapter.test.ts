import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { readContentFiles } from "../src/lib/content/load";
import { validateContent } from "../src/lib/content/validate";

// The scaffold writes into a copy of content/, never into the real one: a killed run must not leave a chapter
// that the next build publishes.
const root = fileURLToPath(new URL("../", import.meta.url));
const copy = mkdtempSync(join(tmpdir(), "new-chapter-"));
cpSync(join(root, "content"), join(copy, "content"), { recursive: true });
afterAll(() => rmSync(copy, { recursive: true, force: true }));
const run = (...args: string[]) =>
  spawnSync(process.execPath, ["scripts/run-ts.ts", "scripts/new-chapter.ts", ...args, "--content-dir", join(copy, "content")], { cwd: root, encoding: "utf8" });

describe("npm run new:chapter", () => {
  it("scaffolds a chapter that passes validation", () => {
    const r = run("zz-scaffold-test", "A", "new", "chapter");
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(copy, "content/chapters/zz-scaffold-test.mdx"), "utf8")).toContain('title: "A new chapter"');
    const result = validateContent(readContentFiles(copy, join(copy, "content")));
    expect(result.problems).toEqual([]);
    expect(result.chapters.map((c) => c.slug)).toContain("zz-scaffold-test");
  });

  it("scaffolds a translation from the original's steps, as a draft the edition does not publish", () => {
    rmSync(join(copy, "content/ar/chapters/the-rockets.mdx"), { force: true });
    const r = run("--translate", "ar", "the-rockets");
    expect(r.status, r.stderr).toBe(0);
    const text = readFileSync(join(copy, "content/ar/chapters/the-rockets.mdx"), "utf8");
    expect(text).toContain("draft: true");
    // The original's steps, ids and props as written, each with its text to translate from.
    expect(text).toContain('<Step id="return-fire" events={["counter-battery","rocket-attack"]} view={["al-omar","al-mayadin"]}>');
    expect(text).toContain("The Coalition said its troops answered");
    const result = validateContent(readContentFiles(copy, join(copy, "content")));
    expect(result.problems).toEqual([]);
    expect(result.translations.some((t) => t.slug === "the-rockets" && t.lang === "ar")).toBe(false);
    expect(result.warnings.map((w) => `${w.file} ${w.message}`)).toContainEqual(expect.stringMatching(/ar\/chapters\/the-rockets\.mdx a draft/));
  });

  it("refuses to scaffold a translation of a chapter that does not exist, listing those that do", () => {
    const r = run("--translate", "ar", "the-rocket");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("the-rockets");
  });

  it("refuses a slug that is not kebab-case, saying why", () => {
    const r = run("Bad Slug", "Title");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("is not a valid slug");
  });

  it("refuses to overwrite a chapter", () => {
    const r = run("the-rockets", "Again");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("already exists");
  });
});
