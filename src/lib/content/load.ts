import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { ContentError } from "./problem";
import { validateContent, type ContentFiles, type ValidationResult } from "./validate";

/** Read every content file under `contentDir` (paths in messages are relative to `rootDir`). */
export function readContentFiles(rootDir: string, contentDir = join(rootDir, "content")): ContentFiles {
  const read = (name: string) => {
    const path = join(contentDir, name);
    return { file: relative(rootDir, path), text: readFileSync(path, "utf8") };
  };
  const chaptersDir = join(contentDir, "chapters");
  const chapters = readdirSync(chaptersDir)
    .filter((f) => f.endsWith(".mdx"))
    .sort()
    .map((f) => ({ ...read(join("chapters", f)), slug: f.replace(/\.mdx$/, "") }));
  return {
    places: read("places.yaml"),
    sources: read("sources.yaml"),
    events: read("events.yaml"),
    quotes: read("quotes.yaml"),
    story: read("story.yaml"),
    chapters,
  };
}

/** Validate all content in one pass; throws a ContentError listing every problem. */
export function loadValidContent(rootDir: string, contentDir?: string): Required<ValidationResult> {
  const result = validateContent(readContentFiles(rootDir, contentDir));
  if (result.problems.length || !result.data) throw new ContentError(result.problems);
  return result as Required<ValidationResult>;
}
