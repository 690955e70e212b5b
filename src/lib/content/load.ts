import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { CHAPTERS, DATA_KIND_NAMES, DATA_KINDS, PAGES } from "../../schemas/registry";
import { TRANSLATED_LANGS } from "../../schemas/common";
import { ContentError } from "./problem";
import { validateContent, type ContentFiles, type ValidationResult } from "./validate";

/** Read every content file under `contentDir` (paths in messages are relative to `rootDir`). */
export function readContentFiles(rootDir: string, contentDir = join(rootDir, "content")): ContentFiles {
  const read = (name: string) => {
    const path = join(contentDir, name);
    return { file: relative(rootDir, path), text: readFileSync(path, "utf8") };
  };
  const mdx = (dir: string) =>
    (existsSync(join(contentDir, dir)) ? readdirSync(join(contentDir, dir)) : [])
      .filter((f) => f.endsWith(".mdx"))
      .sort()
      .map((f) => ({ ...read(join(dir, f)), slug: f.replace(/\.mdx$/, "") }));
  const data = Object.fromEntries(DATA_KIND_NAMES.map((k) => [k, read(DATA_KINDS[k].file)])) as Omit<ContentFiles, "chapters" | "pages" | "translated">;
  const translated = Object.fromEntries(TRANSLATED_LANGS.map((l) => [l, { chapters: mdx(join(l, CHAPTERS.dir)), pages: mdx(join(l, PAGES.dir)) }]));
  return { ...data, chapters: mdx(CHAPTERS.dir), pages: mdx(PAGES.dir), translated };
}

/** The content files as Astro should watch them in dev. */
export const watchedContentFiles = (contentDir: string) => DATA_KIND_NAMES.map((k) => join(contentDir, DATA_KINDS[k].file));

/*
 * One validation per state of the content, shared by everything in the process: the integration that stops a
 * bad build, the collections' loader, the pages and the dev warning each ask, and only a changed file causes a
 * new parse. Kept on globalThis because Astro loads the integration and the pages through different module
 * graphs.
 */
const CACHE = Symbol.for("story.validated-content");
type Cache = { digest: string; result: ValidationResult };
const cacheHolder = globalThis as unknown as Record<symbol, Cache | undefined>;

/** Validate all content in one pass (memoized by the files' contents). */
export function validateContentDir(rootDir: string, contentDir?: string): ValidationResult {
  const files = readContentFiles(rootDir, contentDir);
  const digest = createHash("sha256").update(JSON.stringify(files)).digest("hex");
  const cached = cacheHolder[CACHE];
  if (cached?.digest === digest) return cached.result;
  const result = validateContent(files);
  cacheHolder[CACHE] = { digest, result };
  return result;
}

/** Valid content, or a ContentError listing every problem. */
export function loadValidContent(rootDir: string, contentDir?: string): Required<ValidationResult> {
  const result = validateContentDir(rootDir, contentDir);
  if (result.problems.length || !result.data) throw new ContentError(result.problems);
  return result as Required<ValidationResult>;
}
