import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { validatedContent } from "./lib/content/astro-loader";
import { CHAPTERS, DATA_KIND_NAMES, DATA_KINDS, PAGES, type DataKind } from "./schemas/registry";
import { translatedFrontmatterSchema } from "./schemas/chapter";

/*
 * Content collections over the top-level content/ folder: one per data kind of the registry
 * (src/schemas/registry.ts), each fed the already validated entries by one loader, so each YAML file is parsed
 * once; and the chapters and pages, MDX compiled by Astro.
 */
const data = <K extends DataKind>(kind: K) => defineCollection({ loader: validatedContent(kind), schema: DATA_KINDS[kind].schema });

export const collections = {
  chapters: defineCollection({ loader: glob({ pattern: "*.mdx", base: `./content/${CHAPTERS.dir}` }), schema: CHAPTERS.schema }),
  pages: defineCollection({ loader: glob({ pattern: "*.mdx", base: `./content/${PAGES.dir}` }), schema: PAGES.schema }),
  // The Arabic edition's chapters and pages (content/ar/): the words only, checked against their originals.
  chaptersAr: defineCollection({ loader: glob({ pattern: "*.mdx", base: `./content/ar/${CHAPTERS.dir}` }), schema: translatedFrontmatterSchema }),
  pagesAr: defineCollection({ loader: glob({ pattern: "*.mdx", base: `./content/ar/${PAGES.dir}` }), schema: translatedFrontmatterSchema }),
  ...(Object.fromEntries(DATA_KIND_NAMES.map((k) => [k, data(k)])) as { [K in DataKind]: ReturnType<typeof data<K>> }),
};
