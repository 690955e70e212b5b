/**
 * The published chapters, read from content/ (front matter: `order`, `draft`), so a new chapter is walked by every
 * test without being listed anywhere. `CHAPTERS`: the English slugs in reading order; `AR_CHAPTERS`: those with a
 * published Arabic translation (content/ar/chapters/).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { parse } from "yaml";

const frontMatter = (file: string): { order?: number; draft?: boolean } => {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, "utf8"));
  return m ? (parse(m[1]!) ?? {}) : {};
};

function published(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => ({ slug: f.slice(0, -4), ...frontMatter(`${dir}/${f}`) }))
    .filter((c) => !c.draft)
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || a.slug.localeCompare(b.slug))
    .map((c) => c.slug);
}

// From the project's root, where every test runner runs (the engines' runner bundles this module elsewhere).
const root = `${process.cwd()}/content/`;
export const CHAPTERS: readonly string[] = published(`${root}chapters`);
export const AR_CHAPTERS: readonly string[] = published(`${root}ar/chapters`).filter((s) => CHAPTERS.includes(s));
/** The published chapters whose MDX uses the component `name` (e.g. "Elapsed"), for tests of what it shows. */
export const chaptersUsing = (name: string): string[] => CHAPTERS.filter((slug) => new RegExp(`<${name}\\b`).test(readFileSync(`${root}chapters/${slug}.mdx`, "utf8")));
if (CHAPTERS.length === 0) throw new Error(`no published chapter in ${root}chapters`);
