import { getCollection, type CollectionEntry } from "astro:content";
import { validateContentDir } from "../lib/content/load";
import type { ChapterScan } from "../lib/content/mdx-scan";
import { chapterFigures, type ChapterFigures } from "../lib/figures";
import { buildModel, chapterEventIds, chapterSteps, describeStep, type StepSpec, type StoryModel } from "../lib/model";
import type { LayoutName } from "../lib/map/frame";
import { stillSvg } from "../lib/stills";
import { DATA_KIND_NAMES, type ContentData, type PageName } from "../schemas/registry";

/*
 * Build-time access to the content: the collections (fed by the one validation, see
 * src/lib/content/astro-loader.ts), indexed once into the model; each chapter with its scanned MDX, taken from
 * that same validation rather than parsed again. Both are computed once per build.
 */
let model: Promise<StoryModel> | undefined;

export function getModel(): Promise<StoryModel> {
  model ??= (async () => {
    const lists = await Promise.all(DATA_KIND_NAMES.map(async (kind) => [kind, (await getCollection(kind)).map((e) => e.data)] as const));
    const data = Object.fromEntries(lists) as Record<string, unknown[]>;
    return buildModel({ ...data, story: data["story"]![0] } as ContentData);
  })();
  return model;
}

export interface Chapter {
  slug: string;
  entry: CollectionEntry<"chapters">;
  scan: ChapterScan;
}

let chapters: Promise<Chapter[]> | undefined;

/** Chapters in story order, each with its scanned MDX (steps and component uses). */
export function getChapters(): Promise<Chapter[]> {
  chapters ??= (async () => {
    const scans = new Map(validateContentDir(process.cwd()).chapters.map((c) => [c.slug, c.scan]));
    const entries = await getCollection("chapters");
    return entries
      .sort((a, b) => a.data.order - b.data.order)
      .map((entry) => ({ slug: entry.id, entry, scan: scans.get(entry.id)! }));
  })();
  return chapters;
}

/** One of the site's pages (content/pages/<name>.mdx), validated with the chapters. */
export async function getPage(name: PageName): Promise<CollectionEntry<"pages">> {
  const page = (await getCollection("pages")).find((p) => p.id === name);
  if (!page) throw new Error(`content/pages/${name}.mdx is missing (content validation should have caught this)`);
  return page;
}

export interface ChapterGraphics {
  steps: (StepSpec & { alt: string })[];
  figures: ChapterFigures;
}
const graphics = new Map<string, Promise<ChapterGraphics>>();

/** A chapter's steps and everything its figures draw, computed once per build (pages, embeds, cards and stills share it). */
export function getChapterGraphics(chapter: Chapter): Promise<ChapterGraphics> {
  let g = graphics.get(chapter.slug);
  if (!g) {
    g = (async () => {
      const model = await getModel();
      const steps = chapterSteps(chapter.scan).map((s) => ({ ...s, alt: s.alt ?? describeStep(s, model) }));
      const used = chapterEventIds(chapter.scan, model);
      return { steps, figures: chapterFigures(model, steps, model.events.filter((e) => used.has(e.id))) };
    })();
    graphics.set(chapter.slug, g);
  }
  return g;
}

/** Every step of every chapter, as the `params` of a page per step (the stills). */
export async function getStepParams(): Promise<{ params: { slug: string; step: string } }[]> {
  const chapters = await getChapters();
  return (await Promise.all(chapters.map(async (c) => (await getChapterGraphics(c)).steps.map((s) => ({ params: { slug: c.slug, step: s.id } }))))).flat();
}

/** One step's still (src/lib/stills.ts), as SVG, for a layout. */
export async function getStepStill(slug: string, stepId: string, layout: LayoutName = "wide"): Promise<string> {
  const chapter = (await getChapters()).find((c) => c.slug === slug)!;
  const { figures } = await getChapterGraphics(chapter);
  return stillSvg(await getModel(), figures, figures.steps.find((s) => s.state.step === stepId)!, layout);
}

/** Every chapter as the `params` and `props` of a page per chapter (its embed view, its static rendition). */
export async function getChapterPaths(): Promise<{ params: { slug: string }; props: { chapter: Chapter } }[]> {
  return (await getChapters()).map((chapter) => ({ params: { slug: chapter.slug }, props: { chapter } }));
}
