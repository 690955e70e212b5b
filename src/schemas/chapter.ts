import { z } from "astro/zod";
import { dateOrDateTime } from "./common";

/** Frontmatter of `content/chapters/<slug>.mdx`. */
export const chapterSchema = z.strictObject({
  title: z.string().min(1),
  /** One sentence under the title. */
  dek: z.string().min(1),
  /** Position in the story, 1 first. */
  order: z.number().int().min(1),
  /** Used for the page's meta description and on chapter cards. */
  summary: z.string().min(1).max(300),
  published: dateOrDateTime.optional(),
  updated: dateOrDateTime.optional(),
});
export type ChapterFrontmatter = z.infer<typeof chapterSchema>;
