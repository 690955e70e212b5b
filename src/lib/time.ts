/**
 * Times and intervals. Every conversion goes through Intl with IANA zones; nothing adds hours by hand.
 */
import type { StoryEvent } from "../schemas";

/** The zone choices a reader has. `local` means each event's own IANA zone. */
export type ZoneChoice = "local" | "utc" | "washington" | "reader";
export const ZONE_CHOICES: readonly ZoneChoice[] = ["local", "utc", "washington", "reader"];
export const WASHINGTON = "America/New_York";

/** The IANA zone for a choice (or an IANA name given directly). `reader` needs the reader's zone. */
export function resolveZone(choice: string, event: Pick<StoryEvent, "zone">, readerZone = "UTC"): string {
  switch (choice) {
    case "local":
      return event.zone;
    case "utc":
      return "UTC";
    case "washington":
      return WASHINGTON;
    case "reader":
      return readerZone;
    default:
      return choice;
  }
}

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

/** How a zone is written beside a time: "Syria time, UTC+3", "Washington, EDT (UTC−4)", "UTC". */
export function zoneLabel(zone: string, instant: Date): string {
  if (zone === "UTC" || zone === "Etc/UTC") return "UTC";
  const offset = utcOffsetLabel(zone, instant);
  const abbr = zoneAbbreviation(zone, instant);
  const name = PLACE_NAMES[zone] ?? zone.split("/").at(-1)!.replaceAll("_", " ");
  const named = abbr ? `${abbr}, ${offset}` : offset;
  return `${name} time (${named})`;
}

export interface FormattedTime {
  /** "19:44" */
  clock: string;
  /** "Mon 28 Jun" */
  day: string;
  /** "Monday 28 June 2021" */
  longDay: string;
  /** "Syria time (UTC+3)" */
  zone: string;
  /** ISO 8601 with the zone's offset at that instant, for <time datetime>. */
  iso: string;
}

/** Format an instant in an IANA zone. */
export function formatInZone(instant: Date | string, zone: string): FormattedTime {
  const d = typeof instant === "string" ? new Date(instant) : instant;
  const parts = Object.fromEntries(
    formatter("en-GB", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
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
    zone: zoneLabel(zone, d),
    iso: `${parts["year"]}-${parts["month"]}-${parts["day"]}T${parts["hour"]}:${parts["minute"]}${isoOffset}`,
  };
}

/** Earliest and latest instants of an event (equal when it has no timeRange). */
export function eventBounds(e: Pick<StoryEvent, "time" | "timeRange">): [Date, Date] {
  const r = e.timeRange ?? [e.time, e.time];
  return [new Date(r[0]), new Date(r[1])];
}

export interface Interval {
  /** From best time to best time, ms. */
  bestMs: number;
  /** Shortest and longest possible, ms. */
  minMs: number;
  maxMs: number;
}

/** The interval between two events, with its range when either has a timeRange. */
export function intervalBetween(from: Pick<StoryEvent, "time" | "timeRange">, to: Pick<StoryEvent, "time" | "timeRange">): Interval {
  const [fa, fb] = eventBounds(from);
  const [ta, tb] = eventBounds(to);
  return {
    bestMs: Date.parse(to.time) - Date.parse(from.time),
    minMs: ta.getTime() - fb.getTime(),
    maxMs: tb.getTime() - fa.getTime(),
  };
}

/** "17 h 44 min", "45 min", "3 h". */
export function formatDuration(ms: number): string {
  const totalMin = Math.round(Math.abs(ms) / 60000);
  const h = Math.floor(totalMin / 60);
  const m = totalMin % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** "about 18 hours (17 h 44 min – 18 h 44 min)" or "18 h 44 min" when the interval is exact. */
export function describeInterval(i: Interval): { short: string; range: string | null; text: string } {
  if (i.minMs === i.maxMs) {
    const exact = formatDuration(i.bestMs);
    return { short: exact, range: null, text: exact };
  }
  const mid = (i.minMs + i.maxMs) / 2;
  const hours = Math.round(mid / 3_600_000);
  const short = hours >= 1 ? `about ${hours} hour${hours === 1 ? "" : "s"}` : `about ${Math.round(mid / 60000)} minutes`;
  const range = `${formatDuration(i.minMs)} – ${formatDuration(i.maxMs)}`;
  return { short, range, text: `${short} (${range})` };
}

/** "19:44 UTC+3", "16:44 UTC", "12:44 EDT": the clock and the zone, short enough for a chart. */
export function shortLabel(instant: Date | string, zone: string): string {
  const d = typeof instant === "string" ? new Date(instant) : instant;
  const t = formatInZone(d, zone);
  if (zone === "UTC") return `${t.clock} UTC`;
  return `${t.clock} ${shortZoneName(zone, d)}`;
}
