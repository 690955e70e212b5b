import type { ComponentProps, ContentData, Place, Quote, Source, StoryEvent } from "../schemas";
import type { ChapterScan } from "./content/mdx-scan";
import { parseView, viewName, type View } from "./map/geometry";
import { COMMA, formatList, type Lang } from "./i18n";
import { STRINGS } from "./strings";
import { compareByTime, eventInstant, eventTimeText, formatInZone } from "./time";

/** The content with indexes: what every component and page reads, in one language (src/lib/localize.ts). */
export interface StoryModel extends ContentData {
  lang: Lang;
  placeById: ReadonlyMap<string, Place>;
  sourceById: ReadonlyMap<string, Source>;
  eventById: ReadonlyMap<string, StoryEvent>;
  quoteById: ReadonlyMap<string, Quote>;
}

export function buildModel(data: ContentData): StoryModel {
  const index = <T extends { id: string }>(items: T[]) => new Map(items.map((i) => [i.id, i]));
  const byTime = [...data.events].sort(compareByTime);
  return {
    ...data,
    lang: "en",
    events: byTime,
    placeById: index(data.places),
    sourceById: index(data.sources),
    eventById: index(data.events),
    quoteById: index(data.quotes),
  };
}

function must<T>(map: ReadonlyMap<string, T>, id: string, what: string): T {
  const v = map.get(id);
  if (v === undefined) throw new Error(`unknown ${what} "${id}" (content validation should have caught this)`);
  return v;
}
export const getEvent = (m: StoryModel, id: string) => must(m.eventById, id, "event");
export const getPlace = (m: StoryModel, id: string) => must(m.placeById, id, "place");
export const getSource = (m: StoryModel, id: string) => must(m.sourceById, id, "source");
export const getQuote = (m: StoryModel, id: string) => must(m.quoteById, id, "quote");

/** A source followed by the sources it reached us through: [Saberin, Fars, Jerusalem Post]. */
export function sourceChain(m: StoryModel, id: string): Source[] {
  const chain: Source[] = [];
  const seen = new Set<string>();
  let next: string | undefined = id;
  while (next !== undefined && !seen.has(next)) {
    seen.add(next);
    const s = getSource(m, next);
    chain.push(s);
    next = s.via;
  }
  return chain;
}

/** One scroll step as the page and the client need it. */
export interface StepSpec {
  id: string;
  events: string[];
  view: View;
  viewName: string;
  alt?: string;
  /** The figure a phone shows, when the editor chose it. */
  focus?: "map" | "timeline";
  /** The time the timeline shows, when the editor chose it: [start, end] in ms. */
  span?: [number, number];
}

/** Read a `<Step>`'s props (already validated) into a StepSpec. */
export function stepFromProps(props: ComponentProps<"Step">): StepSpec {
  const view = parseView(props.view);
  const spec: StepSpec = {
    id: props.id,
    events: props.events ?? (props.event ? [props.event] : []),
    view,
    viewName: viewName(view),
  };
  if (props.alt) spec.alt = props.alt;
  if (props.focus) spec.focus = props.focus;
  if (props.span) spec.span = [Date.parse(props.span[0]), Date.parse(props.span[1])];
  return spec;
}

/** The steps of a chapter, in reading order, from its scanned MDX. */
export function chapterSteps(scan: ChapterScan): StepSpec[] {
  return scan.uses
    .filter((u) => u.name === "Step")
    .map((u) => {
      const p = Object.fromEntries(Object.entries(u.props).map(([k, v]) => [k, v.value]));
      return stepFromProps(p as Parameters<typeof stepFromProps>[0]);
    });
}

/** Events used anywhere in a chapter (steps, <Time>, <Elapsed>, quotes' events). */
export function chapterEventIds(scan: ChapterScan, m: StoryModel): Set<string> {
  const ids = new Set<string>();
  for (const u of scan.uses) {
    for (const [k, { value }] of Object.entries(u.props)) {
      if (["event", "events", "from", "to"].includes(k)) for (const v of [value].flat()) if (typeof v === "string") ids.add(v);
      if (u.name === "Quote" && k === "id" && typeof value === "string") {
        const e = m.quoteById.get(value)?.event;
        if (e) ids.add(e);
      }
    }
  }
  return ids;
}

/** Sources a chapter cites: its <Source>s and its quotes' sources, in order of first citation. */
export function chapterSourceIds(scan: ChapterScan, m: StoryModel): string[] {
  const ids: string[] = [];
  for (const u of scan.uses) {
    const id = u.props["id"]?.value;
    if (typeof id !== "string") continue;
    const source = u.name === "Source" ? id : u.name === "Quote" ? m.quoteById.get(id)?.source : undefined;
    if (source && !ids.includes(source)) ids.push(source);
  }
  return ids;
}

const DESCRIBE = {
  en: {
    overview: "The map shows the whole corridor from Damascus to Baghdad",
    zoom: (places: string) => `The map zooms to ${places}`,
    area: "The map zooms to the marked area",
    highlighted: (where: string, events: string) => `${where}; highlighted: ${events}.`,
    sep: "; ",
  },
  ar: {
    overview: "تُظهر الخريطة الممرّ كله من دمشق إلى بغداد",
    zoom: (places: string) => `تقترب الخريطة من ${places}`,
    area: "تقترب الخريطة من المنطقة المحدّدة",
    highlighted: (where: string, events: string) => `${where}؛ ويُبرَز: ${events}.`,
    sep: "؛ ",
  },
} as const;

/** A description of what the figures show at a step, in the model's language, when the editor gave no `alt`. */
export function describeStep(step: StepSpec, m: StoryModel): string {
  const lang = m.lang;
  const d = DESCRIBE[lang];
  const where =
    step.view.kind === "overview" ? d.overview : step.view.kind === "places" ? d.zoom(formatList(step.view.ids.map((id) => getPlace(m, id).name), lang)) : d.area;
  if (step.events.length === 0) return `${where}.`;
  const events = step.events.map((id) => {
    const e = getEvent(m, id);
    return `${e.title} (${eventTimeText(e, e.zone, lang)}${COMMA[lang]} ${formatInZone(eventInstant(e), e.zone, lang).zone}${d.sep}${STRINGS[lang].statusLong[e.status]})`;
  });
  return d.highlighted(where, events.join(d.sep));
}

