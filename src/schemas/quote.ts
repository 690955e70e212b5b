import { z } from "astro/zod";
import { id, offsetDateTime, status } from "./common";

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
    source: id,
    /** When the words were said or posted, with offset. */
    said: offsetDateTime.optional(),
    /** Language the speaker used, when `text` is a translation. */
    language: z.string().optional(),
    /** Who translated it (e.g. "Shafaq News"), when `text` is a translation. */
    translation: z.string().optional(),
    /** Event id this quote speaks to; its status is shown with the quote. */
    event: id.optional(),
    /** Status of what the quote claims, when it differs from its event's. */
    status: status.optional(),
  })
  .refine((q) => (q.language === undefined) === (q.translation === undefined), {
    message: "a translated quote gives both `language` (the original's) and `translation` (who translated it)",
    path: ["translation"],
  });
export type Quote = z.infer<typeof quoteSchema>;
