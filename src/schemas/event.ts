import { z } from "astro/zod";
import { ianaZone, id, offsetDateTime, status } from "./common";

export const eventKinds = ["strike", "attack", "counter-fire", "statement", "claim", "report", "other"] as const;
export type EventKind = (typeof eventKinds)[number];

/** One entry of `content/events.yaml`. */
export const eventSchema = z.strictObject({
  id,
  title: z.string().min(1),
  summary: z.string().min(1),
  kind: z.enum(eventKinds),
  /** Best estimate, ISO 8601 with offset: `2021-06-28T19:44:00+03:00`. */
  time: offsetDateTime,
  /** `[earliest, latest]` when sources disagree on the time. */
  timeRange: z.tuple([offsetDateTime, offsetDateTime]).optional(),
  /** IANA zone that "local time" means for this event, e.g. `Asia/Damascus`. */
  zone: ianaZone,
  /** Place ids from places.yaml. */
  places: z.array(id),
  status,
  /** At least one source id from sources.yaml. */
  sources: z.array(id).min(1, "an event needs at least one source"),
  /** Who acted or spoke: "US", "PMU", "SANA". */
  actors: z.array(z.string().min(1)).optional(),
  /** Who made a claim or statement (for the timeline's "who said what" lane). */
  party: z.string().optional(),
  /** What a reader should know about the time or the status. */
  note: z.string().optional(),
});
export type StoryEvent = z.infer<typeof eventSchema>;
