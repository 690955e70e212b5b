import type { z } from "astro/zod";
import { chapterSchema } from "./chapter";
import { pageSchema } from "./page";
import { eventSchema } from "./event";
import { placeSchema } from "./place";
import { quoteSchema } from "./quote";
import { sourceSchema } from "./source";
import { storySchema } from "./story";

/**
 * Every kind of content, once: its file under content/, its schema, and whether the file is a list of entries
 * with ids. The validator, the Astro collections, the model and the dev watcher all read this list; the
 * references a field makes are declared in the schemas themselves (`ref("places")`).
 */
export const DATA_KINDS = {
  places: { file: "places.yaml", schema: placeSchema, list: true },
  sources: { file: "sources.yaml", schema: sourceSchema, list: true },
  events: { file: "events.yaml", schema: eventSchema, list: true },
  quotes: { file: "quotes.yaml", schema: quoteSchema, list: true },
  story: { file: "story.yaml", schema: storySchema, list: false },
} as const;

export type DataKind = keyof typeof DATA_KINDS;
export const DATA_KIND_NAMES = Object.keys(DATA_KINDS) as DataKind[];
type ListKind = { [K in DataKind]: (typeof DATA_KINDS)[K]["list"] extends true ? K : never }[DataKind];
export const LIST_KINDS = DATA_KIND_NAMES.filter((k): k is ListKind => DATA_KINDS[k].list);

/** All the data, validated: a list per list kind, and the story. */
export type ContentData = { [K in ListKind]: z.infer<(typeof DATA_KINDS)[K]["schema"]>[] } & { story: z.infer<typeof storySchema> };

/** Chapters: one MDX file each under content/chapters/, frontmatter checked by `chapterSchema`. */
export const CHAPTERS = { dir: "chapters", schema: chapterSchema } as const;

/** The site's other pages, in MDX under content/pages/: each name is a route the site serves (/about/, /sources/). */
export const PAGES = { dir: "pages", schema: pageSchema, names: ["about", "sources"] } as const;
export type PageName = (typeof PAGES.names)[number];
