import { z } from "astro/zod";
import { dateOrDateTime, httpUrl, id, language, oneOf, ref } from "./common";

export const SOURCE_KINDS = [
  "official",
  "wire",
  "news",
  "analysis",
  "state-media",
  "osint",
  "social",
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** One entry of `content/sources.yaml`: a document we read, or a statement known through one. */
export const sourceSchema = z
  .strictObject({
    id,
    /** Who published it: "Military Times", "Tasnim News Agency". */
    outlet: z.string().min(1),
    title: z.string().min(1),
    /** http(s) address of the original, or of the carrier when only `via` is known. */
    url: httpUrl,
    /** ISO 8601 date (`2021-06-28`) or date-time with offset; left out for an undated page (the note then says so). */
    published: dateOrDateTime.optional(),
    kind: oneOf(SOURCE_KINDS, "a source kind"),
    /** BCP 47 language code of the text: `en`, `ar`, `fa`. */
    language,
    /** Id of the source through which we have this one (a Tasnim line known only through the Jerusalem Post). */
    via: ref("sources").optional(),
    /** Address of an archived copy. */
    archived: httpUrl.optional(),
    /** Anything an editor checking this source should know. */
    note: z.string().optional(),
  })
  .refine((s) => s.published !== undefined || /undated/i.test(s.note ?? ""), {
    message:
      "a source without `published` needs a note that says the page is undated (and what dates it, if anything)",
    path: ["published"],
  });
export type Source = z.infer<typeof sourceSchema>;
