import { z } from "astro/zod";

/** Frontmatter of `content/pages/<name>.mdx`: the site's pages that are not chapters (about, sources). */
export const pageSchema = z.strictObject({
  title: z.string().min(1),
  /** The page's meta description. */
  description: z.string().min(1).max(300),
});
export type PageFrontmatter = z.infer<typeof pageSchema>;
