import { z } from "astro/zod";
import { dateOrDateTime, ref, translations } from "./common";

/** `content/story.yaml`: what the whole site is called and who made it. */
export const storySchema = z.strictObject({
  title: z.string().min(1),
  dek: z.string().min(1),
  byline: z.string().min(1),
  published: dateOrDateTime,
  updated: dateOrDateTime.optional(),
  /** The figures' titles and the events the timeline's bracket measures between. */
  figures: z.strictObject({
    /** The map's title. */
    map: z.string().min(1),
    /** The timeline's title; the dates it spans are added from the data. */
    timeline: z.string().min(1),
    /** The interval the timeline brackets: from one event to another. */
    gap: z.strictObject({ from: ref("events"), to: ref("events") }),
  }),
  /** Every correction, newest last: `{ date, text }`. */
  corrections: z.array(z.strictObject({ date: dateOrDateTime, text: z.string().min(1) })).default([]),
  /** The title, dek, byline, figure titles and corrections in other languages (corrections in the same order). */
  translations: translations({
    title: z.string().min(1),
    dek: z.string().min(1),
    byline: z.string().min(1),
    figures: z.strictObject({ map: z.string().min(1), timeline: z.string().min(1) }),
    corrections: z.array(z.string().min(1)).optional(),
  }),
});
export type Story = z.infer<typeof storySchema>;
