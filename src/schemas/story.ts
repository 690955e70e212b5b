import { z } from "astro/zod";
import { dateOrDateTime } from "./common";

/** `content/story.yaml`: what the whole site is called and who made it. */
export const storySchema = z.strictObject({
  title: z.string().min(1),
  dek: z.string().min(1),
  byline: z.string().min(1),
  published: dateOrDateTime,
  updated: dateOrDateTime.optional(),
  /** Every correction, newest last: `{ date, text }`. */
  corrections: z.array(z.strictObject({ date: dateOrDateTime, text: z.string().min(1) })).default([]),
});
export type Story = z.infer<typeof storySchema>;
