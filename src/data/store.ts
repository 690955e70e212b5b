import { getCollection, type CollectionEntry } from "astro:content";
import { validateContentDir } from "../lib/content/load";
import type { ChapterScan } from "../lib/content/mdx-scan";
import { chapterFigures, type ChapterFigures } from "../lib/figures";
import { buildModel, chapterEventIds, chapterSteps, describeStep, type StepSpec, type StoryModel } from "../lib/model";
import { LANGS, langPrefix, type Lang } from "../lib/i18n";
import { localizeModel } from "../lib/localize";
import type { ChapterFrontmatter } from "../schemas";
import type { LayoutName } from "../lib/map/frame";
import { stillSvg } from "../lib/stills";
import { PALETTE } from "../lib/palette";
import { DATA_KIND_NAMES, type ContentData, type PageName } from "../schemas/registry";

/*
 * Build-time access to the content: the collections (fed by the one validation, see
 * src/lib/content/astro-loader.ts), indexed once into the model; each chapter with its scanned MDX, taken from
 * that same validation rather than parsed again. Both are computed once per build.
 */
const models = new Map<Lang, Promise<StoryModel>>();

/** The story's data in a language (src/lib/localize.ts): English by default. */
export function getModel(lang: Lang = "en"): Promise<StoryModel> {
  let m = models.get(lang);
  if (!m) {
    m = (async () => {
      if (lang !== "en") return localizeModel(await getModel("en"), lang).model;
      const lists = await Promise.all(DATA_KIND_NAMES.map(async (kind) => [kind, (await getCollection(kind)).map((e) => e.data)] as const));
      const data = Object.fromEntries(lists) as Record<string, unknown[]>;
      return buildModel({ ...data, story: data["story"]![0] } as ContentData);
    })();
    models.set(lang, m);
  }
  return m;
}

export interface Chapter {
  slug: string;
  /** The language the chapter is shown in: its edition's, or English where it is not translated yet. */
  lang: Lang;
  /** The edition it is listed in. */
  edition: Lang;
  entry: CollectionEntry<"chapters"> | CollectionEntry<"chaptersAr">;
  /** The frontmatter: the translation's words over the original's order and dates. */
  data: ChapterFrontmatter;
  scan: ChapterScan;
}

const chapterLists = new Map<Lang, Promise<Chapter[]>>();

/**
 * An edition's chapters in story order, each with its scanned MDX (steps and component uses). A chapter not
 * translated yet is the English one, marked by its `lang`.
 */
export function getChapters(edition: Lang = "en"): Promise<Chapter[]> {
  let list = chapterLists.get(edition);
  if (!list) {
    list = (async () => {
      const result = validateContentDir(process.cwd());
      const scans = new Map(result.chapters.map((c) => [c.slug, c.scan]));
      const english = (await getCollection("chapters"))
        .sort((a, b) => a.data.order - b.data.order)
        .map((entry): Chapter => ({ slug: entry.id, lang: "en", edition: "en", entry, data: entry.data, scan: scans.get(entry.id)! }));
      if (edition === "en") return english;
      const translated = new Map(result.translations.filter((t) => t.lang === edition && t.kind === "chapter").map((t) => [t.slug, t]));
      const entries = new Map((await getCollection("chaptersAr")).map((e) => [e.id, e]));
      return english.map((c): Chapter => {
        const t = translated.get(c.slug);
        const entry = entries.get(c.slug);
        if (!t || !entry) return { ...c, edition };
        const f = t.frontmatter;
        return { ...c, lang: edition, edition, entry, data: { ...c.data, title: f.title, dek: f.dek ?? c.data.dek, summary: f.summary ?? c.data.summary }, scan: t.scan };
      });
    })();
    chapterLists.set(edition, list);
  }
  return list;
}

/** One of the site's pages (content/pages/<name>.mdx, or its translation), validated with the chapters. */
export async function getPage(name: PageName, lang: Lang = "en"): Promise<CollectionEntry<"pages"> | CollectionEntry<"pagesAr">> {
  // A translation is published only when validated and not a draft (the edition shows the English otherwise).
  if (validateContentDir(process.cwd()).translations.some((t) => t.lang === lang && t.kind === "page" && t.slug === name)) {
    const page = (await getCollection("pagesAr")).find((p) => p.id === name);
    if (page) return page;
  }
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
  const key = `${chapter.lang}:${chapter.slug}`;
  let g = graphics.get(key);
  if (!g) {
    g = (async () => {
      const model = await getModel(chapter.lang);
      const steps = chapterSteps(chapter.scan).map((s) => ({ ...s, alt: s.alt ?? describeStep(s, model) }));
      const used = chapterEventIds(chapter.scan, model);
      return { steps, figures: chapterFigures(model, steps, model.events.filter((e) => used.has(e.id))) };
    })();
    graphics.set(key, g);
  }
  return g;
}

/** Every chapter published in its own language: the English ones and each translation (an edition's others are English). */
export async function getPublishedChapters(): Promise<Chapter[]> {
  return (await Promise.all(LANGS.map(async (lang) => (await getChapters(lang)).filter((c) => c.lang === lang)))).flat();
}

/** One step's still: where it is served (its route's `path`, after /img/) and how to draw it. */
export interface Still {
  path: string;
  chapter: Chapter;
  step: string;
  layout: LayoutName;
  scheme: Scheme;
}

/** A still's colours: light, or dark for the narrow still a reader who prefers dark sees without JavaScript. */
export type Scheme = "light" | "dark";

/**
 * Every still of every published chapter, in both layouts, and the narrow one also in dark (the only one a page
 * shows in dark: Step.astro): /img/[<lang>/]<slug>/[narrow/]<step>[.dark].
 */
export async function getStills(): Promise<Still[]> {
  const chapters = await getPublishedChapters();
  const perChapter = await Promise.all(chapters.map(async (chapter) => (await getChapterGraphics(chapter)).steps.flatMap((s) => ([["wide", "light"], ["narrow", "light"], ["narrow", "dark"]] as const).map(([layout, scheme]) => ({ path: stillPath(chapter, s.id, layout, scheme), chapter, step: s.id, layout, scheme })))));
  return perChapter.flat();
}

/** One step's still (src/lib/stills.ts), as SVG. */
export async function drawStill({ chapter, step, layout, scheme }: Still): Promise<string> {
  const { figures } = await getChapterGraphics(chapter);
  return stillSvg(await getModel(chapter.lang), figures, figures.steps.find((s) => s.state.step === step)!, layout, PALETTE[scheme]);
}

/** An edition's chapters as the `params` and `props` of a page per chapter; a translation's pages only where it is translated. */
export async function getChapterPaths(edition: Lang = "en"): Promise<{ params: { slug: string }; props: { chapter: Chapter } }[]> {
  return (await getChapters(edition)).filter((c) => c.lang === edition).map((chapter) => ({ params: { slug: chapter.slug }, props: { chapter } }));
}

/** Where a chapter is read: /<slug>/ in English, /<lang>/<slug>/ in its translation. */
export const chapterHref = (c: Pick<Chapter, "lang" | "slug">) => `${import.meta.env.BASE_URL}${langPrefix(c.lang)}${c.slug}/`;
/**
 * A chapter's page (as `href` gives it) in each language it is published in: its own, and the other edition's
 * translation where there is one (an untranslated chapter's Arabic page is the English one, so it adds nothing).
 */
export async function getChapterAlternates(chapter: Chapter, href: (c: Chapter) => string): Promise<Partial<Record<Lang, string>>> {
  const twins = await Promise.all(LANGS.map(async (lang) => (await getChapters(lang)).find((c) => c.slug === chapter.slug && c.lang === lang)));
  return Object.fromEntries(twins.filter((c) => c !== undefined).map((c) => [c.lang, href(c)]));
}

/** A chapter's key in the routes of its other renditions: "<slug>" in English, "<lang>/<slug>" in a translation. */
export const chapterKey = (c: Pick<Chapter, "lang" | "slug">) => `${langPrefix(c.lang)}${c.slug}`;
const stillPath = (c: Pick<Chapter, "lang" | "slug">, step: string, layout: LayoutName, scheme: Scheme = "light") =>
  `${chapterKey(c)}/${layout === "narrow" ? "narrow/" : ""}${step}${scheme === "dark" ? ".dark" : ""}`;

/** Every address a chapter has besides its page, in its language (docs/editions.md, the table of addresses). */
export function chapterUrls(c: Pick<Chapter, "lang" | "slug">) {
  const base = import.meta.env.BASE_URL;
  const key = chapterKey(c);
  return {
    embed: `${base}embed/${key}/`,
    static: `${base}static/${key}/`,
    oembed: `${base}oembed/${key}.json`,
    og: `${base}og/${key.replace("/", "-")}.png`,
    still: (step: string, layout: LayoutName = "wide", ext: "svg" | "png" = "svg", scheme: Scheme = "light") => `${base}img/${stillPath(c, step, layout, scheme)}.${ext}`,
  };
}
/** A page of an edition, from the site root: `editionPath("ar", "sources/")` → "/ar/sources/". */
export const editionPath = (lang: Lang, path = "") => `${import.meta.env.BASE_URL}${langPrefix(lang)}${path}`;
