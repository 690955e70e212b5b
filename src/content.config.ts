import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { z } from "astro/zod";
import { parse } from "yaml";
import { chapterSchema, eventSchema, placeSchema, quoteSchema, sourceSchema, storySchema } from "./schemas";

/*
 * Content collections read the top-level content/ folder. The schemas live in src/schemas (one per file) and
 * are shared with the one-pass validator (src/integrations/content-validation.ts), which runs first and reports
 * every problem with file:line:column, including ids used inside MDX components.
 *
 * YAML is read with the `yaml` package (YAML 1.2 core schema), the same parser as the validator: times stay the
 * strings the editor wrote, with their offsets, instead of becoming Dates.
 */
const yamlList = { parser: (text: string) => parse(text) as Record<string, unknown>[] };

export const collections = {
  chapters: defineCollection({ loader: glob({ pattern: "*.mdx", base: "./content/chapters" }), schema: chapterSchema }),
  places: defineCollection({ loader: file("content/places.yaml", yamlList), schema: placeSchema }),
  sources: defineCollection({ loader: file("content/sources.yaml", yamlList), schema: sourceSchema }),
  events: defineCollection({ loader: file("content/events.yaml", yamlList), schema: eventSchema }),
  quotes: defineCollection({ loader: file("content/quotes.yaml", yamlList), schema: quoteSchema }),
  story: defineCollection({
    loader: file("content/story.yaml", { parser: (text) => [{ id: "story", ...(parse(text) as object) }] }),
    schema: storySchema.extend({ id: z.literal("story") }),
  }),
};
