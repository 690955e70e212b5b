/**
 * Times and intervals. Every conversion goes through Intl with IANA zones; nothing adds hours by hand.
 * Shared by the build and the browser (no Node or DOM APIs).
 */
import type { StoryEvent } from "../schemas/event";

/** What is known of an event's time: a moment, an approximate moment, a bound ("by"), or a window. */
export type Timed = Pick<StoryEvent, "time" | "timeIs" | "timeRange">;

const PLACE_NAMES: Record<string, string> = {
  "Asia/Damascus": "Syria",
  "Asia/Baghdad": "Iraq",
  "America/New_York": "Washington",
  "Asia/Jerusalem": "Israel",
  "Asia/Tehran": "Iran",
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

/** "UTC+3", "UTC−4", "UTC" for a zone at an instant. */
export function utcOffsetLabel(zone: string, instant: Date): string {
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
export function shortZoneName(zone: string, instant: Date): string {
  return zoneAbbreviation(zone, instant) ?? utcOffsetLabel(zone, instant);
}

/** The place a zone stands for in the story ("Washington"), or its city. */
export const zonePlace = (zone: string) => PLACE_NAMES[zone] ?? zone.split("/").at(-1)!.replaceAll("_", " ");

/** How a zone is written beside a time: "Syria time (UTC+3)", "Washington time (EDT, UTC−4)", "UTC". */
export function zoneLabel(zone: string, instant: Date): string {
  if (zone === "UTC" || zone === "Etc/UTC") return "UTC";
  const offset = utcOffsetLabel(zone, instant);
  const abbr = zoneAbbreviation(zone, instant);
  return `${zonePlace(zone)} time (${abbr ? `${abbr}, ${offset}` : offset})`;
}

export interface FormattedTime {
  /** "19:44" */
  clock: string;
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

/** Format an instant in an IANA zone. */
export function formatInZone(instant: Date | string, zone: string): FormattedTime {
  const d = typeof instant === "string" ? new Date(instant) : instant;
  const parts = Object.fromEntries(
    formatter("en-GB", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  const offset = utcOffsetLabel(zone, d).replace(/^UTC/, "").replace("−", "-");
  const [sign, hh = "0", mm = "0"] = offset ? [offset[0], ...offset.slice(1).split(":")] : ["+", "0", "0"];
  const isoOffset = offset ? `${sign}${hh.padStart(2, "0")}:${mm.padStart(2, "0")}` : "Z";
  return {
    clock: `${parts["hour"]}:${parts["minute"]}`,
    day: formatter("en-GB", { timeZone: zone, weekday: "short", day: "numeric", month: "short" }).format(d),
    longDay: formatter("en-GB", { timeZone: zone, weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(d),
    date: formatter("en-GB", { timeZone: zone, day: "numeric", month: "long", year: "numeric" }).format(d),
    zone: zoneLabel(zone, d),
    iso: `${parts["year"]}-${parts["month"]}-${parts["day"]}T${parts["hour"]}:${parts["minute"]}${isoOffset}`,
  };
}

/** A calendar date as written ("2021-06-27"): "27 June 2021". */
export const formatDate = (date: string) =>
  formatter("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${date}T12:00:00Z`));

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

/** "17 h 44 min", "45 min", "3 h". */
export function formatDuration(ms: number): string {
  const totalMin = Math.round(Math.abs(ms) / 60000);
  const h = Math.floor(totalMin / 60);
  const m = totalMin % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
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

/** An interval in words: exact, "about … (range)", or bounded on one side. */
export function describeInterval(i: Interval): IntervalText {
  if (i.min === null || i.max === null) {
    const bound = i.min === null ? "at most" : "at least";
    const short = `${bound} ${formatDuration((i.min ?? i.max)!)}`;
    return { short, range: null, text: short, bound };
  }
  if (i.min === i.max) {
    const exact = formatDuration(i.min);
    return { short: exact, range: null, text: exact, bound: null };
  }
  const mid = (i.min + i.max) / 2;
  const hours = Math.round(mid / 3_600_000);
  const short = hours >= 1 ? `about ${hours} hour${hours === 1 ? "" : "s"}` : `about ${Math.round(mid / 60000)} minutes`;
  const range = `${formatDuration(i.min)} – ${formatDuration(i.max)}`;
  return { short, range, text: `${short} (${range})`, bound: null };
}

/**
 * An event's time on a clock, in a zone, short enough for a chart: "19:44", "≈01:00", "by 20:04",
 * "19:44–00:13" (a window with no better estimate).
 */
export function eventClock(e: Timed, zone: string): string {
  if (e.time === undefined) {
    const [a, b] = e.timeRange!.map((t) => formatInZone(t, zone)) as [FormattedTime, FormattedTime];
    if (a.day === b.day) return `${a.clock}–${b.clock}`;
    // A window to midnight ends at 24:00 of its first day; one running into another day names both days.
    const dayBefore = formatInZone(new Date(new Date(e.timeRange![1]).getTime() - 1), zone).day;
    if (b.clock === "00:00" && dayBefore === a.day) return `${a.clock}–24:00`;
    const weekday = (t: FormattedTime) => t.day.split(" ")[0];
    return `${weekday(a)} ${a.clock}–${weekday(b)} ${b.clock}`;
  }
  const clock = formatInZone(e.time, zone).clock;
  if (e.timeIs === "by") return `by ${clock}`;
  return e.timeIs === "about" || e.timeRange ? `≈${clock}` : clock;
}

/** The instant a chart labels an event's zone at: its time, or its window's start. */
export const eventInstant = (e: Timed) => new Date(e.time ?? e.timeRange![0]);

/** "19:44 UTC+3", "by 20:04 EDT", "Mon 19:44–Tue 00:13 UTC+3": the clock and the zone. */
export function shortLabel(e: Timed, zone: string): string {
  const z = zone === "UTC" ? "UTC" : shortZoneName(zone, eventInstant(e));
  return `${eventClock(e, zone)} ${z}`;
}

/**
 * An event's time in prose, without its zone: "19:44 on Mon 28 Jun", "about 18:00 on Thu 25 Feb",
 * "by 20:04 on Sun 27 Jun", "between 19:44 on Mon 28 Jun and 00:13 on Tue 29 Jun".
 */
export function eventTimeText(e: Timed, zone: string): string {
  if (e.timeRange) {
    const [a, b] = e.timeRange.map((t) => formatInZone(t, zone)) as [FormattedTime, FormattedTime];
    return a.day === b.day ? `between ${a.clock} and ${b.clock} on ${a.day}` : `between ${a.clock} on ${a.day} and ${b.clock} on ${b.day}`;
  }
  const t = formatInZone(e.time!, zone);
  const prefix = e.timeIs === "by" ? "by " : e.timeIs === "about" ? "about " : "";
  return `${prefix}${t.clock} on ${t.day}`;
}

/** An event's day and clock for a table cell: "Mon 28 Jun, 19:44", "Sun 27 Jun, by 20:04", "Mon 28 Jun 19:44 – Tue 29 Jun 00:13". */
export function eventCell(e: Timed, zone: string): string {
  if (e.timeRange) {
    const [a, b] = e.timeRange.map((t) => formatInZone(t, zone)) as [FormattedTime, FormattedTime];
    if (a.day !== b.day) return `${a.day} ${a.clock} – ${b.day} ${b.clock}`;
    return `${a.day}, ${a.clock}–${b.clock}`;
  }
  return `${formatInZone(e.time!, zone).day}, ${eventClock(e, zone)}`;
}

/**
 * The days a set of events spans, in a zone: "27–29 June 2021", "26 February – 29 June 2021". A window that ends
 * at midnight ends the day before.
 */
export function eventsDateSpan(events: readonly Timed[], zone: string): string {
  const bounds = events.flatMap((e) => eventBounds(e)).filter((t): t is number => t !== null);
  const [start, end] = [Math.min(...bounds), Math.max(...bounds) - 1];
  return formatter("en-GB", { timeZone: zone, day: "numeric", month: "long", year: "numeric" }).formatRange(start, Math.max(start, end));
}

/** A zone's offset from UTC at an instant, in minutes (from Intl's "GMT+3" form; UTC is 0). */
export function zoneOffsetMinutes(zone: string, instant: Date): number {
  const label = utcOffsetLabel(zone, instant).replace("−", "-");
  const m = /^UTC([+-])(\d{1,2})(?::(\d{2}))?$/.exec(label);
  return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
}
