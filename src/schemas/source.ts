import { z } from "astro/zod";
import { dateOrDateTime, httpUrl, id } from "./common";

export const sourceKinds = ["official", "wire", "news", "state-media", "osint", "social"] as const;

/** One entry of `content/sources.yaml`: a document we read, or a statement known through one. */
export const sourceSchema = z.strictObject({
  id,
  /** Who published it: "Military Times", "Tasnim News Agency". */
  outlet: z.string().min(1),
  title: z.string().min(1),
  /** http(s) address of the original, or of the carrier when only `via` is known. */
  url: httpUrl,
  /** ISO 8601 date (`2021-06-28`) or date-time with offset. */
  published: dateOrDateTime,
  kind: z.enum(sourceKinds),
  /** BCP 47 language code of the text: `en`, `ar`, `fa`. */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, "a language code such as en, ar, fa"),
  /** Id of the source through which we have this one (a Tasnim line known only through the Jerusalem Post). */
  via: id.optional(),
  /** Address of an archived copy. */
  archived: httpUrl.optional(),
  /** Anything an editor checking this source should know. */
  note: z.string().optional(),
});
export type Source = z.infer<typeof sourceSchema>;
