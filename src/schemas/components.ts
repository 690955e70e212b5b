import { z } from "astro/zod";
import { suggestion } from "../lib/nearest";
import { calendarDate, ianaZone, ianaZoneNames, isIanaZone, KEBAB_CASE, offsetDateTime, oneOf, quoted, ref, status } from "./common";

/*
 * The editors' MDX vocabulary, declared once: each authoring component's props as a zod schema. The MDX checker
 * validates every use against it (references to events, places, quotes and sources are found by the `ref`
 * metadata), each component's `Props` type is inferred from it, and the props tables of content/README.md are
 * written from it (`npm run docs`). Adding a component or a prop is an edit here plus its .astro file.
 */

/** A prop's help text, shown in the editors' guide. */
const doc = <T extends z.ZodType>(schema: T, text: string) => schema.meta({ doc: text });

const stepId = z.string().regex(KEBAB_CASE, "step ids are kebab-case (they become the link /chapter/#id)");

/** West, south, east, north in degrees. */
const bbox = z
  .tuple([z.number(), z.number(), z.number(), z.number()])
  .refine(([w, s, e, n]) => w >= -180 && e <= 180 && s >= -90 && n <= 90 && w < e && s < n, "a box is [west, south, east, north] in degrees, with west < east and south < north");

export const viewProp = z.union([z.literal("overview"), ref("places"), z.array(ref("places")).min(1), bbox], {
  error: (iss) => `a view is "overview", a place id, a list of place ids, or [west, south, east, north]; got ${quoted(iss.input)}`,
});

export const ZONE_WORDS = ["local", "utc", "washington"] as const;
const zoneChoice = z.string().superRefine((zone, ctx) => {
  if (!(ZONE_WORDS as readonly string[]).includes(zone) && !isIanaZone(zone)) {
    ctx.addIssue({ code: "custom", message: `${quoted(zone)} is not a zone: use local, utc, washington or an IANA name; ${suggestion(zone, [...ZONE_WORDS, ...ianaZoneNames()])}` });
  }
});

/** Where a component may be used: in chapters, in pages (content/pages/), or both. */
type Scope = "chapter" | "page" | "any";

export const COMPONENTS = {
  Step: {
    block: true,
    scope: "chapter" as Scope,
    doc: "One scroll step: its text passes while the map and timeline show its state.",
    props: z
      .strictObject({
        id: doc(stepId, "unique in the chapter, kebab-case; also the link to this step: `/<slug>/#<id>`"),
        event: doc(ref("events"), "the event the step is about, highlighted on the map and timeline").optional(),
        events: doc(z.array(ref("events")).min(1), 'several events: `events={["rocket-attack", "counter-battery"]}`').optional(),
        view: doc(viewProp, 'what the map frames: `"overview"` (default), a place id `"al-omar"`, several places `view={["albukamal", "al-omar"]}`, or a box `view={[40.2, 34.3, 41.2, 35.3]}` (west, south, east, north in degrees)').optional(),
        alt: doc(z.string().trim().min(1, "expected some text in quotes"), "what the figures show at this step, for screen readers and readers without JavaScript; written from the data when absent").optional(),
        focus: doc(oneOf(["map", "timeline"], "a figure"), 'which figure a phone shows at this step: `"map"` or `"timeline"`; by default the timeline when one of the step\'s events has no place on the map, else the map').optional(),
        span: doc(
          z.tuple([offsetDateTime, offsetDateTime]).refine(([a, b]) => Date.parse(a) < Date.parse(b), "the span's start must come before its end"),
          'the time the timeline shows at this step, `span={["2021-06-27T21:00:00+03:00", "2021-06-29T03:00:00+03:00"]}`; by default a window fitted to the step\'s events',
        ).optional(),
      })
      .refine((p) => !(p.event && p.events), { message: 'give either event="…" or events={[…]}, not both', path: ["events"] }),
  },
  Quote: {
    block: false,
    scope: "any" as Scope,
    doc: "A quotation from quotes.yaml with speaker, when it was said, its source chain and the status of what it claims.",
    props: z.strictObject({ id: doc(ref("quotes"), "a quote id from quotes.yaml") }),
  },
  Source: {
    block: false,
    scope: "any" as Scope,
    doc: "An inline citation linking to the sources page.",
    props: z.strictObject({ id: doc(ref("sources"), "a source id from sources.yaml") }),
  },
  Time: {
    block: false,
    scope: "any" as Scope,
    doc: "An event's time with its zone written out; a window when only a window is known, \"by\" when only a bound is.",
    props: z.strictObject({
      event: doc(ref("events"), "an event id from events.yaml"),
      zone: doc(zoneChoice, "`local` (default: the event's own zone), `utc`, `washington`, or an IANA zone name such as `Asia/Baghdad`").optional(),
    }),
  },
  Elapsed: {
    block: false,
    scope: "any" as Scope,
    doc: 'The interval between two events, computed from their times: a range when a time is a window, "at least"/"at most" when one is a "by" time.',
    props: z.strictObject({
      from: doc(ref("events"), "the earlier event"),
      to: doc(ref("events"), "the later event"),
    }),
  },
  Place: {
    block: false,
    scope: "any" as Scope,
    doc: "A place's name, tied to its marker on the map.",
    props: z.strictObject({ id: doc(ref("places"), "a place id from places.yaml") }),
  },
  Count: {
    block: false,
    scope: "page" as Scope,
    doc: "How many entries a data file holds, counted at build time: never type a count by hand.",
    props: z.strictObject({
      of: doc(oneOf(["events", "quotes", "places", "sources"], "a data file"), "`events`, `quotes`, `places` or `sources`"),
      status: doc(status, "count only the events with this status").optional(),
    }),
  },
  ZoneOffsets: {
    block: false,
    scope: "page" as Scope,
    doc: "A list of time zones with the offset each stood at on a date, from the time-zone database.",
    props: z.strictObject({
      date: doc(calendarDate, "the day, written 2021-06-28"),
      zones: doc(z.array(ianaZone).min(1), 'IANA zone names: `zones={["Asia/Damascus", "UTC"]}`'),
    }),
  },
  Corrections: {
    block: false,
    scope: "page" as Scope,
    doc: "The corrections log of story.yaml, newest last.",
    props: z.strictObject({}),
  },
  SourceList: {
    block: false,
    scope: "page" as Scope,
    doc: "Every source, with what rests on it and the chain it reached us through.",
    props: z.strictObject({}),
  },
} as const;

export type ComponentName = keyof typeof COMPONENTS;
export const COMPONENT_NAMES = Object.keys(COMPONENTS) as ComponentName[];
export const isComponentName = (name: string): name is ComponentName => Object.hasOwn(COMPONENTS, name);
/** A component's props as an .astro file receives them. */
export type ComponentProps<N extends ComponentName> = z.input<(typeof COMPONENTS)[N]["props"]>;
