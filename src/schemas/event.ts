import { z } from "astro/zod";
import { ianaZone, id, offsetDateTime, oneOf, ref, status, translations } from "./common";

export const EVENT_KINDS = ["strike", "attack", "counter-fire", "statement", "claim", "report", "other"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
/** The kinds that are something said about a place or an event, not something that happened: their time is when it was said. */
export const SAID_KINDS: ReadonlySet<EventKind> = new Set(["statement", "claim", "report"]);

/** What `time` says: the moment itself (`at`), an approximate moment (`about`), or only that it had happened by then (`by`). */
export const TIME_IS = ["at", "about", "by"] as const;
export type TimeIs = (typeof TIME_IS)[number];

/** The longest event label: it is written on the figures beside a mark. */
export const MAX_LABEL = 32;

const label = z
  .string()
  .min(1)
  .refine((s) => s.length <= MAX_LABEL, { error: (iss) => `a label has at most ${MAX_LABEL} characters; ${JSON.stringify(iss.input)} has ${String(iss.input).length}` });

/** One entry of `content/events.yaml`. */
export const eventSchema = z
  .strictObject({
    id,
    /** Short name written on the map and the timeline, at most 32 characters: "US airstrikes", "Rockets hit al-Omar". */
    label,
    /** A full headline, for tables, captions and the sources page. */
    title: z.string().min(1),
    summary: z.string().min(1),
    kind: oneOf(EVENT_KINDS, "an event kind"),
    /** A moment with its UTC offset: `2021-06-28T19:44:00+03:00`. Leave it out when only a window is known. */
    time: offsetDateTime.optional(),
    /** `at` (default), `about` (approximate) or `by` (the event had happened by `time`: "public by 12:48"). */
    timeIs: oneOf(TIME_IS, "a way a time can be known").optional(),
    /** `[earliest, latest]` when only a window is known or sources disagree on the time. */
    timeRange: z.tuple([offsetDateTime, offsetDateTime]).optional(),
    /** IANA zone that "local time" means for this event, e.g. `Asia/Damascus`. */
    zone: ianaZone,
    /** Place ids from places.yaml. */
    places: z.array(ref("places")),
    status,
    /** At least one source id from sources.yaml. */
    sources: z.array(ref("sources")).min(1, "an event needs at least one source"),
    /** Who acted or spoke: "US", "PMU", "SANA". */
    actors: z.array(z.string().min(1)).optional(),
    /** Who made a claim or statement (for the timeline's "who said what" lane). */
    party: z.string().optional(),
    /** What a reader should know about the time or the status. */
    note: z.string().optional(),
    /** The label, title and summary in other languages: `translations: { ar: { label: …, title: …, summary: … } }`. */
    translations: translations({ label, title: z.string().min(1), summary: z.string().min(1) }),
  })
  .superRefine((e, ctx) => {
    const at = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (e.time === undefined && e.timeRange === undefined) at("time", "give a time, or a timeRange [earliest, latest] when only a window is known");
    if (e.timeIs === "by" && e.timeRange) at("timeIs", "a \"by\" time is already a bound: give time alone, without timeRange");
    if (e.timeIs && e.time === undefined) at("timeIs", `timeIs: ${e.timeIs} describes \`time\`, which is missing`);
    if (e.timeRange) {
      const [a, b] = e.timeRange.map((t) => Date.parse(t)) as [number, number];
      if (a > b) at("timeRange", "the earliest time comes after the latest");
      else if (e.time !== undefined && (Date.parse(e.time) < a || Date.parse(e.time) > b)) at("time", `${e.time} lies outside its timeRange`);
    }
  });
export type StoryEvent = z.infer<typeof eventSchema>;
