/**
 * Times and intervals. Every conversion goes through Intl with IANA zones; nothing adds hours by hand.
 * Shared by the build and the browser (no Node or DOM APIs).
 */
import type { StoryEvent } from "../schemas/event";
import { COMMA, formatNumber, LOCALE, type Lang } from "./i18n";

/** What is known of an event's time: a moment, an approximate moment, a bound ("by"), or a window. */
export type Timed = Pick<StoryEvent, "time" | "timeIs" | "timeRange">;

const PLACE_NAMES: Record<Lang, Record<string, string>> = {
  en: { "Asia/Damascus": "Syria", "Asia/Baghdad": "Iraq", "America/New_York": "Washington", "Asia/Jerusalem": "Israel", "Asia/Tehran": "Iran", "Europe/Rome": "Rome" },
  ar: { "Asia/Damascus": "سوريا", "Asia/Baghdad": "العراق", "America/New_York": "واشنطن", "Asia/Jerusalem": "إسرائيل", "Asia/Tehran": "إيران", "Europe/Rome": "روما" },
};

/**
 * One Intl.DateTimeFormat per locale, zone and options, reused: building one costs far more than formatting
 * with it, and a build formats thousands of times (it was a third of the time of a 100-chapter build).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

/** "UTC+3", "UTC−4", "UTC" for a zone at an instant; in Arabic as Intl writes it ("غرينتش+٣"). */
export function utcOffsetLabel(zone: string, instant: Date, lang: Lang = "en"): string {
  if (lang !== "en") {
    const part = formatter(LOCALE[lang], { timeZone: zone, timeZoneName: "shortOffset" })
      .formatToParts(instant)
      .find((p) => p.type === "timeZoneName")!.value;
    return part.replace(/[+-][0٠]$/, "").replace("-", "−");
  }
  const part = formatter("en-GB", { timeZone: zone, timeZoneName: "shortOffset" })
    .formatToParts(instant)
    .find((p) => p.type === "timeZoneName")?.value;
  const offset = (part ?? "GMT").replace(/^(GMT|UTC)/, "").replace(/^[+-]0$/, "");
  return offset ? `UTC${offset.replace("-", "−")}` : "UTC";
}

/** The zone's own abbreviation at an instant ("EDT"), or undefined where there is none but "GMT+3". */
export function zoneAbbreviation(zone: string, instant: Date): string | undefined {
  const abbr = formatter("en-US", { timeZone: zone, timeZoneName: "short" })
    .formatToParts(instant)
    .find((p) => p.type === "timeZoneName")?.value;
  return abbr && !/^GMT|^UTC/.test(abbr) ? abbr : undefined;
}

/** A zone in a few letters: its abbreviation ("EDT") where it has one, else its offset ("UTC+3", "UTC"). */
export function shortZoneName(zone: string, instant: Date, lang: Lang = "en"): string {
  if (lang !== "en") return utcOffsetLabel(zone, instant, lang);
  return zoneAbbreviation(zone, instant) ?? utcOffsetLabel(zone, instant);
}

/** The place a zone stands for in the story ("Washington"), or its city. */
export const zonePlace = (zone: string, lang: Lang = "en") => PLACE_NAMES[lang][zone] ?? zone.split("/").at(-1)!.replaceAll("_", " ");

/** How a zone is written beside a time: "Syria time (UTC+3)", "Washington time (EDT, UTC−4)", "UTC"; "توقيت سوريا (غرينتش+٣)". */
export function zoneLabel(zone: string, instant: Date, lang: Lang = "en"): string {
  const utc = zone === "UTC" || zone === "Etc/UTC";
  if (lang === "ar") return utc ? utcOffsetLabel("UTC", instant, lang) : `توقيت ${zonePlace(zone, lang)} (${utcOffsetLabel(zone, instant, lang)})`;
  if (utc) return "UTC";
  const offset = utcOffsetLabel(zone, instant);
  const abbr = zoneAbbreviation(zone, instant);
  return `${zonePlace(zone)} time (${abbr ? `${abbr}, ${offset}` : offset})`;
}

export interface FormattedTime {
  /** "19:44" (in the language's digits) */
  clock: string;
  /** "Mon" */
  weekday: string;
  /** "Mon 28 Jun" */
  day: string;
  /** "Monday 28 June 2021" */
  longDay: string;
  /** "28 June 2021" */
  date: string;
  /** "Syria time (UTC+3)" */
  zone: string;
  /** ISO 8601 with the zone's offset at that instant, for <time datetime>. */
  iso: string;
}

/** Format an instant in an IANA zone, in a language. */
export function formatInZone(instant: Date | string, zone: string, lang: Lang = "en"): FormattedTime {
  const d = typeof instant === "string" ? new Date(instant) : instant;
  const parts = Object.fromEntries(
    formatter("en-GB", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  const offset = utcOffsetLabel(zone, d).replace(/^UTC/, "").replace("−", "-");
  const [sign, hh = "0", mm = "0"] = offset ? [offset[0], ...offset.slice(1).split(":")] : ["+", "0", "0"];
  const isoOffset = offset ? `${sign}${hh.padStart(2, "0")}:${mm.padStart(2, "0")}` : "Z";
  const locale = LOCALE[lang];
  return {
    clock: lang === "en" ? `${parts["hour"]}:${parts["minute"]}` : formatter(locale, { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(d),
    weekday: formatter(locale, { timeZone: zone, weekday: "short" }).format(d),
    day: formatter(locale, { timeZone: zone, weekday: "short", day: "numeric", month: "short" }).format(d),
    longDay: formatter(locale, { timeZone: zone, weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(d),
    date: formatter(locale, { timeZone: zone, day: "numeric", month: "long", year: "numeric" }).format(d),
    zone: zoneLabel(zone, d, lang),
    iso: `${parts["year"]}-${parts["month"]}-${parts["day"]}T${parts["hour"]}:${parts["minute"]}${isoOffset}`,
  };
}

/** A calendar date as written ("2021-06-27"): "27 June 2021". */
export const formatDate = (date: string, lang: Lang = "en") =>
  formatter(LOCALE[lang], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${date}T12:00:00Z`));

/** True when only a window is known: no single time is shown or used. */
export const isWindowOnly = (e: Timed) => e.time === undefined;
/** True when the event is drawn as a window (a bar), with or without a best estimate inside it. */
export const isRanged = (e: Timed) => e.timeRange !== undefined;

/** Earliest and latest instants an event can have taken place, in ms; the earliest is null for a "by" time. */
export function eventBounds(e: Timed): [number | null, number] {
  if (e.timeRange) return [Date.parse(e.timeRange[0]), Date.parse(e.timeRange[1])];
  const t = Date.parse(e.time!);
  return [e.timeIs === "by" ? null : t, t];
}

/** Order of events in lists and tables: by the earliest moment they can have happened (a "by" time by its bound), then the latest. */
export function compareByTime(a: Timed & { id: string }, b: Timed & { id: string }): number {
  const [a0, a1] = eventBounds(a);
  const [b0, b1] = eventBounds(b);
  return (a0 ?? a1) - (b0 ?? b1) || a1 - b1 || a.id.localeCompare(b.id);
}

export interface Interval {
  /** Shortest and longest possible interval in ms; null where a "by" time leaves it open. */
  min: number | null;
  max: number | null;
}

/** The interval between two events, with its range when either has a window and its open side when either is a "by" time. */
export function intervalBetween(from: Timed, to: Timed): Interval {
  const [fa, fb] = eventBounds(from);
  const [ta, tb] = eventBounds(to);
  return { min: ta === null ? null : ta - fb, max: fa === null ? null : tb - fa };
}

/** "17 h 44 min", "45 min", "3 h"; in Arabic in words ("١٧ ساعة و٤٤ دقيقة", Intl.DurationFormat). */
export function formatDuration(ms: number, lang: Lang = "en"): string {
  const totalMin = Math.round(Math.abs(ms) / 60000);
  const h = Math.floor(totalMin / 60);
  const m = totalMin % 60;
  if (lang !== "en") return durationFormat(lang).format({ hours: h || undefined, minutes: m || (h ? undefined : 0) } as Parameters<Intl.DurationFormat["format"]>[0]);
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
const durationFormats = new Map<Lang, Intl.DurationFormat>();
function durationFormat(lang: Lang): Intl.DurationFormat {
  let f = durationFormats.get(lang);
  if (!f) durationFormats.set(lang, (f = new Intl.DurationFormat(LOCALE[lang], { style: "long" })));
  return f;
}

export interface IntervalText {
  /** "about 18 hours", "18 h 44 min", "at least 16 h 40 min" */
  short: string;
  /** "17 h 44 min – 18 h 44 min" when the interval is a range, else null. */
  range: string | null;
  /** short and range together. */
  text: string;
  /** "at least" / "at most" when one side is open (a "by" time), else null. */
  bound: "at least" | "at most" | null;
}

/** "about 18 hours", "at least 2 h 4 min"; Arabic puts the qualifier after the duration, which stays nominative. */
const INTERVAL_WORDS: Record<Lang, { about: (d: string) => string; atLeast: (d: string) => string; atMost: (d: string) => string }> = {
  en: { about: (d) => `about ${d}`, atLeast: (d) => `at least ${d}`, atMost: (d) => `at most ${d}` },
  ar: { about: (d) => `${d} تقريبًا`, atLeast: (d) => `${d} على الأقل`, atMost: (d) => `${d} على الأكثر` },
};

/** An interval in words: exact, "about … (range)", or bounded on one side. */
export function describeInterval(i: Interval, lang: Lang = "en"): IntervalText {
  const w = INTERVAL_WORDS[lang];
  if (i.min === null || i.max === null) {
    const bound = i.min === null ? "at most" : "at least";
    const short = (bound === "at most" ? w.atMost : w.atLeast)(formatDuration((i.min ?? i.max)!, lang));
    return { short, range: null, text: short, bound };
  }
  if (i.min === i.max) {
    const exact = formatDuration(i.min, lang);
    return { short: exact, range: null, text: exact, bound: null };
  }
  const mid = (i.min + i.max) / 2;
  const hours = Math.round(mid / 3_600_000);
  const short =
    lang === "en"
      ? hours >= 1
        ? `about ${hours} hour${hours === 1 ? "" : "s"}`
        : `about ${Math.round(mid / 60000)} minutes`
      : w.about(durationFormat(lang).format(hours >= 1 ? { hours } : { minutes: Math.round(mid / 60000) }));
  const range = `${formatDuration(i.min, lang)} – ${formatDuration(i.max, lang)}`;
  return { short, range, text: `${short} (${range})`, bound: null };
}

const CLOCK_WORDS: Record<Lang, { by: string; between: (a: string, b: string) => string; on: (clock: string, day: string) => string; about: string }> = {
  en: { by: "by", about: "about", between: (a, b) => `between ${a} and ${b}`, on: (clock, day) => `${clock} on ${day}` },
  ar: { by: "بحلول", about: "نحو", between: (a, b) => `بين ${a} و${b}`, on: (clock, day) => `${clock} يوم ${day}` },
};

/**
 * An event's time on a clock, in a zone, short enough for a chart: "19:44", "≈01:00", "by 20:04",
 * "19:44–00:13" (a window with no better estimate).
 */
export function eventClock(e: Timed, zone: string, lang: Lang = "en", withDay = false): string {
  if (e.time === undefined) {
    const [a, b] = e.timeRange!.map((t) => formatInZone(t, zone, lang)) as [FormattedTime, FormattedTime];
    if (a.day === b.day) return withDay ? `${a.weekday} ${a.clock}–${b.clock}` : `${a.clock}–${b.clock}`;
    // A window to midnight ends at 24:00 of its first day, and a whole day is that day ("Tue 29 Jun", which
    // "00:00–24:00" would leave out); one running into another day names both days.
    const dayBefore = formatInZone(new Date(new Date(e.timeRange![1]).getTime() - 1), zone, lang).day;
    const midnight = formatInZone("2021-01-01T00:00:00Z", "UTC", lang).clock;
    if (b.clock === midnight && dayBefore === a.day) return a.clock === midnight ? a.day : `${a.clock}–${formatNumber(24, lang)}:${b.clock.slice(-2)}`;
    return `${a.weekday} ${a.clock}–${b.weekday} ${b.clock}`;
  }
  const at = formatInZone(e.time, zone, lang);
  const clock = withDay ? `${at.weekday} ${at.clock}` : at.clock;
  if (e.timeIs === "by") return `${CLOCK_WORDS[lang].by} ${clock}`;
  return e.timeIs === "about" || e.timeRange ? `≈${clock}` : clock;
}

/** The instant a chart labels an event's zone at: its time, or its window's start. */
export const eventInstant = (e: Timed) => new Date(e.time ?? e.timeRange![0]);

/**
 * "19:44 UTC+3", "by 20:04 EDT", "Mon 19:44–Tue 00:13 UTC+3": the clock and the zone. Given the zone the axis
 * beside it is written in, a time that falls on another date there names its day ("by Tue 18:32 EDT" under an
 * axis at Wed 30 Jun, Syria time), so the label and the axis do not seem to disagree.
 */
export function shortLabel(e: Timed, zone: string, lang: Lang = "en", axisZone?: string): string {
  const instant = eventInstant(e);
  const z = zone === "UTC" && lang === "en" ? "UTC" : shortZoneName(zone, instant, lang);
  const otherDay = axisZone !== undefined && formatInZone(instant, zone, lang).day !== formatInZone(instant, axisZone, lang).day;
  return `${eventClock(e, zone, lang, otherDay)} ${z}`;
}

/**
 * An event's time in prose, without its zone: "19:44 on Mon 28 Jun", "about 18:00 on Thu 25 Feb",
 * "by 20:04 on Sun 27 Jun", "between 19:44 on Mon 28 Jun and 00:13 on Tue 29 Jun".
 */
export function eventTimeText(e: Timed, zone: string, lang: Lang = "en"): string {
  const w = CLOCK_WORDS[lang];
  if (e.timeRange) {
    const [a, b] = e.timeRange.map((t) => formatInZone(t, zone, lang)) as [FormattedTime, FormattedTime];
    return a.day === b.day ? w.on(w.between(a.clock, b.clock), a.day) : w.between(w.on(a.clock, a.day), w.on(b.clock, b.day));
  }
  const t = formatInZone(e.time!, zone, lang);
  const prefix = e.timeIs === "by" ? `${w.by} ` : e.timeIs === "about" ? `${w.about} ` : "";
  return `${prefix}${w.on(t.clock, t.day)}`;
}

/** An event's day and clock for a table cell: "Mon 28 Jun, 19:44", "Sun 27 Jun, by 20:04", "Mon 28 Jun 19:44 – Tue 29 Jun 00:13". */
export function eventCell(e: Timed, zone: string, lang: Lang = "en"): string {
  const comma = `${COMMA[lang]} `;
  if (e.timeRange) {
    const [a, b] = e.timeRange.map((t) => formatInZone(t, zone, lang)) as [FormattedTime, FormattedTime];
    if (a.day !== b.day) return `${a.day} ${a.clock} – ${b.day} ${b.clock}`;
    return `${a.day}${comma}${a.clock}–${b.clock}`;
  }
  return `${formatInZone(e.time!, zone, lang).day}${comma}${eventClock(e, zone, lang)}`;
}

/**
 * The days a set of events spans, in a zone: "27–29 June 2021", "26 February – 29 June 2021". A window that ends
 * at midnight ends the day before.
 */
export function eventsDateSpan(events: readonly Timed[], zone: string, lang: Lang = "en"): string {
  const bounds = events.flatMap((e) => eventBounds(e)).filter((t): t is number => t !== null);
  const [start, end] = [Math.min(...bounds), Math.max(...bounds) - 1];
  return formatter(LOCALE[lang], { timeZone: zone, day: "numeric", month: "long", year: "numeric" }).formatRange(start, Math.max(start, end));
}

/** A zone's offset from UTC at an instant, in minutes (from Intl's "GMT+3" form; UTC is 0). */
export function zoneOffsetMinutes(zone: string, instant: Date): number {
  const label = utcOffsetLabel(zone, instant).replace("−", "-");
  const m = /^UTC([+-])(\d{1,2})(?::(\d{2}))?$/.exec(label);
  return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
}
