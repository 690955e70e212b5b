import { getCollection, type CollectionEntry } from "astro:content";
import { scanChapter, type ChapterScan } from "../lib/content/mdx-chapter";
import { buildModel, type StoryModel } from "../lib/model";

/*
 * Build-time access to the content, read once per build through Astro's collections
 * (already validated by src/integrations/content-validation.ts).
 */
let model: Promise<StoryModel> | undefined;

export function getModel(): Promise<StoryModel> {
  model ??= (async () => {
    const [places, sources, events, quotes, stories] = await Promise.all([
      getCollection("places"),
      getCollection("sources"),
      getCollection("events"),
      getCollection("quotes"),
      getCollection("story"),
    ]);
    const { id: _id, ...story } = stories[0]!.data;
    return buildModel({
      places: places.map((e) => e.data),
      sources: sources.map((e) => e.data),
      events: events.map((e) => e.data),
      quotes: quotes.map((e) => e.data),
      story,
    });
  })();
  return model;
}

export interface Chapter {
  slug: string;
  entry: CollectionEntry<"chapters">;
  scan: ChapterScan;
}

/** Chapters in story order, each with its scanned MDX (steps and component uses). */
export async function getChapters(): Promise<Chapter[]> {
  const entries = await getCollection("chapters");
  return entries
    .sort((a, b) => a.data.order - b.data.order)
    .map((entry) => ({ slug: entry.id, entry, scan: scanChapter(entry.body ?? "", `content/chapters/${entry.id}.mdx`, entry.id) }));
}
