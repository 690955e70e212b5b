import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { readContentFiles } from "../src/lib/content/load";
import { validateContent } from "../src/lib/content/validate";

const root = fileURLToPath(new URL("../", import.meta.url));
const slug = "zz-scaffold-test";
const file = `${root}content/chapters/${slug}.mdx`;
const run = (...args: string[]) => spawnSync(process.execPath, ["scripts/new-chapter.mjs", ...args], { cwd: root, encoding: "utf8" });

afterEach(() => rmSync(file, { force: true }));

describe("npm run new:chapter", () => {
  it("scaffolds a chapter that passes validation", () => {
    const r = run(slug, "A", "new", "chapter");
    expect(r.status).toBe(0);
    expect(readFileSync(file, "utf8")).toContain('title: "A new chapter"');
    const result = validateContent(readContentFiles(root));
    expect(result.problems).toEqual([]);
    expect(result.chapters.map((c) => c.slug)).toContain(slug);
  });

  it("refuses a slug that is not kebab-case, saying why", () => {
    const r = run("Bad Slug", "Title");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("is not a valid slug");
  });
});
