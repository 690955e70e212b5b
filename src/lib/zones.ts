/**
 * The time zones a reader can show the story's times in, once for the build and the browser: the timeline's
 * radio group, its labels and table, and the <Time zone> prop all read this.
 */
import { shortZoneName } from "./time";
import type { Lang } from "./i18n";

/** The zone the axis is written in for "local" (the story happens in Syria and Iraq, both UTC+3 that summer). */
export const AXIS_ZONE = "Asia/Damascus";

export const WASHINGTON = "America/New_York";

/** `local` is each event's own zone; `reader` is the reader's, known only in the browser. */
export const ZONE_CHOICES = ["local", "utc", "washington", "reader"] as const;
export type ZoneChoice = (typeof ZONE_CHOICES)[number];
export const isZoneChoice = (s: string): s is ZoneChoice => (ZONE_CHOICES as readonly string[]).includes(s);


/** The IANA zone for a choice (or an IANA name given directly) for an event in `eventZone`. */
export function resolveZone(choice: string, eventZone: string, readerZone = "UTC"): string {
  switch (choice) {
    case "local":
      return eventZone;
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

/** The table's time-column heading for a choice: "(local)", "(your time, Asia/Tokyo)". */
export function zoneHeading(choice: ZoneChoice, readerZone: string, lang: Lang = "en"): string {
  if (lang === "ar") return { local: "(المحلي)", utc: "(غرينتش)", washington: "(واشنطن)", reader: `(توقيتك، ${readerZone})` }[choice];
  return { local: "(local)", utc: "(UTC)", washington: "(Washington)", reader: `(your time, ${readerZone})` }[choice];
}

/** The zone written beside a time in the table's first column: the local zone's full label, else its short name. */
export function tableZoneText(choice: ZoneChoice, zone: string, localLabel: string, instant: Date, lang: Lang = "en"): string {
  return choice === "local" ? localLabel : shortZoneName(zone, instant, lang);
}
