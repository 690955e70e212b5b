import { z } from "astro/zod";

/** Lowercase letters and digits in words joined by single hyphens: ids, step ids and chapter slugs. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every entry in a data file is named by a unique kebab-case id: `rocket-attack`, `al-omar`. */
export const id = z.string().regex(KEBAB_CASE, "ids are kebab-case: lowercase letters, digits and single hyphens");

/** A point in time with its UTC offset, e.g. `2021-06-28T19:44:00+03:00`. A time without an offset is ambiguous. */
export const offsetDateTime = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/,
    "a time needs its UTC offset, e.g. 2021-06-28T19:44:00+03:00 (or Z for UTC)",
  )
  .refine((s) => !Number.isNaN(Date.parse(s)), "not a real date and time");

/** A calendar date (`2021-06-28`) or a date-time with offset. */
export const dateOrDateTime = z.union([
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "a date is written 2021-06-28")
    .refine((s) => !Number.isNaN(Date.parse(s)), "not a real date"),
  offsetDateTime,
]);

/** True when the runtime's Intl knows this IANA time zone name. */
export function isIanaZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.includes("/") || zone === "UTC";
  } catch {
    return false;
  }
}

/** An IANA time zone name such as `Asia/Damascus`, `Asia/Baghdad`, `UTC`, `America/New_York`. */
export const ianaZone = z.string().refine(isIanaZone, "not an IANA time zone name (e.g. Asia/Damascus, UTC)");

/** A web address; only http and https are allowed. */
export const httpUrl = z
  .string()
  .refine((s) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(s) && URL.canParse(s), "a URL must start with http:// or https://");

/** How far a fact is established: by the party that did it or by independent evidence (`confirmed`),
 * said by one party only (`claimed`), or contradicted by another source (`disputed`). */
export const status = z.enum(["confirmed", "claimed", "disputed"]);
export type Status = z.infer<typeof status>;
