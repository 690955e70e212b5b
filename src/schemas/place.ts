import { z } from "astro/zod";
import { id, language, oneOf, ref } from "./common";

export const PLACE_KINDS = ["town", "city", "base", "oilfield", "airbase", "border-crossing", "facility", "area"] as const;

/** One entry of `content/places.yaml`. */
export const placeSchema = z.strictObject({
  /** Unique kebab-case id, used by events and by `<Place id="…" />`. */
  id,
  /** Name as written in English prose. */
  name: z.string().min(1),
  /** Other names by language code, e.g. `{ ar: "البوكمال" }`. */
  names: z.record(language, z.string().min(1)).optional(),
  /** Longitude in degrees east, WGS84 (−180…180). */
  lon: z.number().min(-180, "longitude must be between -180 and 180").max(180, "longitude must be between -180 and 180"),
  /** Latitude in degrees north, WGS84 (−90…90). */
  lat: z.number().min(-90, "latitude must be between -90 and 90").max(90, "latitude must be between -90 and 90"),
  kind: oneOf(PLACE_KINDS, "a place kind"),
  /** How far (km) the true spot may be from `lon`/`lat`; drawn as an area, not a pin. */
  uncertaintyKm: z.number().positive().optional(),
  /** Which side of `lon`/`lat` its name is written on, so it stays on its own bank of a river or side of a border
   *  (an `area`'s name is written there; a place's name is never put across its dot from there). */
  labelSide: z.enum(["left", "centre", "right"], { error: (i) => `"${String(i.input)}" is not a label side; use left, centre or right` }).optional(),
  /** Where the coordinates come from, and anything a reader should know. */
  note: z.string().optional(),
  /** Source ids for what the place stands for (required reading for an `area` such as a zone of control). */
  sources: z.array(ref("sources")).optional(),
});
export type Place = z.infer<typeof placeSchema>;
