/**
 * The story's languages: English (the original) and Arabic. A language fixes the Intl locale every time and
 * number goes through (Arabic uses Arabic-Indic digits, ٠١٢٣, throughout the edition), the direction of the
 * page and its figures, and where its pages live. Shared by the build and the browser. Pure.
 */
export const LANGS = ["en", "ar"] as const;
export type Lang = (typeof LANGS)[number];
export const isLang = (s: string | undefined): s is Lang => (LANGS as readonly string[]).includes(s ?? "");

/** The Intl locale of each language: one numbering system, chosen once (`nu-arab`: ٠١٢٣٤٥٦٧٨٩). */
export const LOCALE: Record<Lang, string> = { en: "en-GB", ar: "ar-u-nu-arab" };
export const DIR: Record<Lang, "ltr" | "rtl"> = { en: "ltr", ar: "rtl" };
/** The language's name in itself, for the language switch. */
export const SELF_NAME: Record<Lang, string> = { en: "English", ar: "العربية" };

/** Where a language's pages live under the site's base: "" for English, "ar/" for Arabic. */
export const langPrefix = (lang: Lang) => (lang === "en" ? "" : `${lang}/`);

/** The language of the page a script runs in (its <html lang>). */
export const pageLang = (doc: Document = document): Lang => (doc.documentElement.lang === "ar" ? "ar" : "en");

/** Numbers in a language's digits ("١٨" in Arabic). */
const numberFormats = new Map<string, Intl.NumberFormat>();
/**
 * A number in the edition's digits. Each format is made once: making one costs far more than using it, and the
 * first in a page (its locale's data loaded) costs the browser ~25 ms at load. A small whole number (a step's
 * position, an hour) is written digit by digit, as Intl writes it, without one.
 */
export function formatNumber(n: number, lang: Lang, options?: Intl.NumberFormatOptions): string {
  if (!options && Number.isInteger(n) && n >= 0 && n < 1000) return lang === "ar" ? String(n).replace(/\d/g, (d) => String.fromCharCode(0x660 + Number(d))) : String(n);
  const key = `${lang} ${JSON.stringify(options ?? {})}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(LOCALE[lang], options)));
  return f.format(n);
}

/** A distance in kilometres, unit and digits as the language writes them ("15 km", "١٥ كم"). */
export const formatKm = (km: number, lang: Lang) => formatNumber(km, lang, { style: "unit", unit: "kilometer" });

/** The comma a language writes between the parts of a phrase ("،" in Arabic). */
export const COMMA: Record<Lang, string> = { en: ",", ar: "،" };
/** A language's quotation marks, opening and closing. */
export const QUOTE_MARKS: Record<Lang, [string, string]> = { en: ["“", "”"], ar: ["«", "»"] };

/** A list "A, B and C" in a language. */
export const formatList = (items: string[], lang: Lang, type: "conjunction" | "disjunction" = "conjunction") => new Intl.ListFormat(LOCALE[lang], { type }).format(items);

/**
 * A figure's text anchor as the page must write it. Placements are computed with left-to-right anchors (a "start"
 * text runs rightwards from x); in a right-to-left page the SVG's text inherits `direction: rtl`, where "start" is
 * the right end, so the anchor is turned round to draw the same box.
 */
export function svgAnchor(anchor: "start" | "middle" | "end", lang: Lang): "start" | "middle" | "end" {
  if (DIR[lang] === "ltr" || anchor === "middle") return anchor;
  return anchor === "start" ? "end" : "start";
}
