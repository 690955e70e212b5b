import { z } from "astro/zod";
import { suggestion } from "../lib/nearest";

/** Lowercase letters and digits in words joined by single hyphens: ids, step ids and chapter slugs. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A value as an editor wrote it, for messages: `"Asia/Damascas"`, `42`. */
export function quoted(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : JSON.stringify(value);
}

/** Every entry in a data file is named by a unique kebab-case id: `rocket-attack`, `al-omar`. */
export const id = z.string().regex(KEBAB_CASE, "ids are kebab-case: lowercase letters, digits and single hyphens");

/** The data kinds an id can name. */
export type RefKind = "places" | "sources" | "events" | "quotes";

/**
 * An id that names an entry of another data file. The kind is kept as schema metadata, so one walker
 * (src/lib/content/refs.ts) finds every reference in any entry or component prop and checks it.
 */
export const ref = (kind: RefKind) => id.meta({ ref: kind });

/**
 * One of a fixed list of words, with a message that names the value and the nearest word:
 * `"stike" is not an event kind; did you mean "strike"?`.
 */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, { error: (issue) => (issue.input === undefined ? "is required" : `${quoted(issue.input)} is not ${what}; ${suggestion(String(issue.input), values)}`) });
}

/** A point in time with its UTC offset, e.g. `2021-06-28T19:44:00+03:00`. A time without an offset is ambiguous. */
export const offsetDateTime = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/,
    "a time needs its UTC offset, e.g. 2021-06-28T19:44:00+03:00 (or Z for UTC)",
  )
  .refine((s) => !Number.isNaN(Date.parse(s)), "not a real date and time");

/** A calendar date, written 2021-06-28. */
export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date is written 2021-06-28")
  .refine((s) => !Number.isNaN(Date.parse(s)), "not a real date");

/** A calendar date (`2021-06-28`) or a date-time with offset. */
export const dateOrDateTime = z.union([calendarDate, offsetDateTime]);

/** True when the runtime's Intl knows this IANA time zone name. */
export function isIanaZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.includes("/") || zone === "UTC";
  } catch {
    return false;
  }
}

let zoneNames: string[] | undefined;
/** Every canonical IANA zone name the runtime knows, and UTC: the candidates for "did you mean". */
export const ianaZoneNames = () => (zoneNames ??= ["UTC", ...Intl.supportedValuesOf("timeZone")]);

/** An IANA time zone name such as `Asia/Damascus`, `Asia/Baghdad`, `UTC`, `America/New_York`. */
export const ianaZone = z.string().superRefine((zone, ctx) => {
  if (!isIanaZone(zone)) ctx.addIssue({ code: "custom", message: `${quoted(zone)} is not an IANA time zone; ${suggestion(zone, ianaZoneNames())}` });
});

const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });
let languageCodes: string[] | undefined;
/** Two-letter ISO 639-1 codes the runtime can name, and `und` (undetermined): the candidates for "did you mean". */
const knownLanguages = () =>
  (languageCodes ??= [
    "und",
    ...Array.from({ length: 26 * 26 }, (_, i) => String.fromCharCode(97 + Math.floor(i / 26), 97 + (i % 26))).filter((c) => languageNames.of(c) !== c),
  ]);

/** The English name of a language code ("Persian" for `fa`); "an undetermined language" for `und`. */
export const languageName = (code: string) => (code === "und" ? "an undetermined language" : (languageNames.of(code) ?? code));

/** The canonical form of a language tag (`eng` → `en`, `iw` → `he`), or null when it is not one. */
function canonicalLanguage(code: string): string | null {
  try {
    return Intl.getCanonicalLocales(code)[0] ?? null;
  } catch {
    return null;
  }
}

/** A BCP 47 language code the runtime can name, in its canonical form: `en`, `ar`, `fa`; `und` when the language is not known. */
export const language = z.string().superRefine((code, ctx) => {
  const canonical = canonicalLanguage(code);
  const base = code.split("-")[0]!;
  if (canonical === code && (base === "und" || languageNames.of(base) !== base)) return;
  const help = canonical && canonical !== code ? `did you mean "${canonical}"?` : suggestion(code.toLowerCase(), knownLanguages());
  ctx.addIssue({ code: "custom", message: `${quoted(code)} is not a language code; ${help}` });
});

/** A web address; only http and https are allowed. */
export const httpUrl = z
  .string()
  .refine((s) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(s) && URL.canParse(s), "a URL must start with http:// or https://");

export const STATUSES = ["confirmed", "claimed", "disputed"] as const;
/** How far a fact is established: by the party that did it or by independent evidence (`confirmed`),
 * said by one party only (`claimed`), or contradicted by another source (`disputed`). */
export const status = oneOf(STATUSES, "a status");
export type Status = z.infer<typeof status>;

/** The languages a translatable field can be given in besides English (the original): see src/lib/i18n.ts. */
export const TRANSLATED_LANGS = ["ar"] as const;
export type TranslatedLang = (typeof TRANSLATED_LANGS)[number];

/**
 * The translations of an entry's words, beside the entry (ids, times, places and sources are shared, never
 * copied): `translations: { ar: { label: …, title: … } }`. Each language's fields are those of `shape`.
 */
export function translations<S extends z.ZodRawShape>(shape: S) {
  return z.strictObject({ ar: z.strictObject(shape).optional() }).optional();
}
