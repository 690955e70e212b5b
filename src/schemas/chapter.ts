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

/**
 * Frontmatter of a translation (`content/<lang>/chapters/<slug>.mdx`, `content/<lang>/pages/<name>.mdx`): the
 * words only; the order, dates and everything else are the original's.
 */
export const translatedFrontmatterSchema = z.strictObject({
  title: z.string().min(1),
  /** A chapter's dek and summary. */
  dek: z.string().min(1).optional(),
  summary: z.string().min(1).max(300).optional(),
  /** A page's description. */
  description: z.string().min(1).optional(),
  /** Accepted for a translator's convenience; the original's order is used. */
  order: z.number().int().min(1).optional(),
  /** A translation in progress: checked like any other, listed by `npm run check`, not published (the edition shows the English). */
  draft: z.boolean().optional(),
});
export type TranslatedFrontmatter = z.infer<typeof translatedFrontmatterSchema>;
