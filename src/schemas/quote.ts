import { z } from "astro/zod";
import { dateOrDateTime, ianaZone, id, language, ref, status, translations } from "./common";

export const MAX_QUOTE_WORDS = 60;

export function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** One entry of `content/quotes.yaml`: a short, attributed quotation. */
export const quoteSchema = z
  .strictObject({
    id,
    /** The words as published (≤ 60 words). Elide with "…". */
    text: z
      .string()
      .min(1)
      .refine((t) => wordCount(t) <= MAX_QUOTE_WORDS, {
        error: (iss) => `a quote has at most ${MAX_QUOTE_WORDS} words; this one has ${wordCount(String(iss.input))}`,
      }),
    speaker: z.string().min(1),
    role: z.string().optional(),
    /** Source id from sources.yaml where these words were published. */
    source: ref("sources"),
    /** When the words were said or posted: a date-time with offset, or a date when the hour is not known. */
    said: dateOrDateTime.optional(),
    /** The speaker's IANA zone, in which `said` is shown (default: the zone of the quote's event). */
    zone: ianaZone.optional(),
    /** The status of what the quote asserts (the fact that it was said is shown apart). */
    status,
    /** Language the speaker used, when `text` is a translation (`und` when it is not known). */
    language: language.optional(),
    /** Who made the English we show, when `text` is a translation ("Shafaq News"). */
    translation: z.string().optional(),
    /** Event id this quote speaks to. */
    event: ref("events").optional(),
    /**
     * Our translation for another edition: `translations: { ar: { text, speaker, role } }`. Shown marked as our
     * translation, with the English one click away; never as the speaker's own words.
     */
    translations: translations({ text: z.string().min(1), speaker: z.string().min(1), role: z.string().optional() }),
  })
  .refine((q) => (q.language === undefined) === (q.translation === undefined), {
    message: "a translated quote gives both `language` (the original's) and `translation` (who translated it)",
    path: ["translation"],
  })
  .refine((q) => q.said === undefined || q.said.length > 10 || q.zone !== undefined || q.event !== undefined, {
    message: "a said date needs the speaker's zone (or an event whose zone it takes), so the date is the speaker's",
    path: ["said"],
  });
export type Quote = z.infer<typeof quoteSchema>;
