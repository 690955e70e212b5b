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
  spawnSync(process.execPath, ["scripts/new-chapter.ts", ...args, "--content-dir", join(copy, "content")], { cwd: root, encoding: "utf8" });

describe("npm run new:chapter", () => {
  it("scaffolds a chapter that passes validation", () => {
    const r = run("zz-scaffold-test", "A", "new", "chapter");
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(copy, "content/chapters/zz-scaffold-test.mdx"), "utf8")).toContain('title: "A new chapter"');
    const result = validateContent(readContentFiles(copy, join(copy, "content")));
    expect(result.problems).toEqual([]);
    expect(result.chapters.map((c) => c.slug)).toContain("zz-scaffold-test");
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
