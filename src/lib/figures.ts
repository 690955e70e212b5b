/**
 * Everything a chapter's figures draw, computed once per chapter at build time: the map's drawing and the
 * timeline's (per layout), and for every step what each figure writes in each layout (the map's callouts and
 * names, the timeline's labels, bracket and ticks) and which legend entries are in view. The components only map
 * this to SVG; the social cards and stills draw from the same result. Pure.
 */
import type { StoryEvent } from "../schemas";
import type { StepState } from "./codec";
import { annotateMap, type MapAnnotation } from "./map/annotate";
import { screenPoint } from "./map/camera";
import { mapDrawing, type MapDrawing } from "./map/drawing";
import { LAYOUT_NAMES, MAP_LAYOUTS, type LayoutName } from "./map/frame";
import { stepState } from "./map/state";
import { getEvent, type StepSpec, type StoryModel } from "./model";
import { within, box } from "./placement";
import { annotateTimeline, type TimelineAnnotation } from "./timeline/annotate";
import { drawTimeline, type TimelineDrawing } from "./timeline/layout";
import { mirrorDrawing, mirrorNote } from "./timeline/mirror";
import { DIR } from "./i18n";

export interface StepFigures {
  state: StepState;
  map: Record<LayoutName, MapAnnotation>;
  timeline: Record<LayoutName, TimelineAnnotation>;
  /** Legend entries for what is in view: kinds and statuses of marks, the area of uncertainty, areas of control. */
  legend: string[];
}

export interface ChapterFigures {
  map: MapDrawing;
  timeline: Record<LayoutName, TimelineDrawing>;
  steps: StepFigures[];
}

const perLayout = <T>(f: (layout: LayoutName) => T) => Object.fromEntries(LAYOUT_NAMES.map((l) => [l, f(l)])) as Record<LayoutName, T>;

/**
 * `mapEvents` are the events the map marks (a chapter's own); the timeline shows all of the story's events, so a
 * step's events sit among the others.
 */
export function chapterFigures(model: StoryModel, steps: readonly (StepSpec & { alt: string })[], mapEvents: readonly StoryEvent[]): ChapterFigures {
  const map = mapDrawing(model, mapEvents);
  const rtl = DIR[model.lang] === "rtl";
  // Drawn and annotated left to right, then, for a right-to-left language, mirrored: time runs right to left.
  const ltr = perLayout((l) => drawTimeline(model.events, l, model.lang));
  const timeline = perLayout((l) => (rtl ? mirrorDrawing(ltr[l]) : ltr[l]));
  const { gap } = model.story.figures;
  return {
    map,
    timeline,
    steps: steps.map((step) => {
      const state = stepState(step, model, step.alt);
      const events = state.events.map((id) => getEvent(model, id));
      const bracket = state.events.includes(gap.from) && state.events.includes(gap.to) ? { from: getEvent(model, gap.from), to: getEvent(model, gap.to) } : null;
      const mapNotes = perLayout((l) => annotateMap(model, map, { camera: state.camera, events: state.events, places: state.places, scalePx: state.scale.px }, MAP_LAYOUTS[l]));
      return {
        state,
        map: mapNotes,
        timeline: perLayout((l) => {
          const note = annotateTimeline(ltr[l], events, state.window, bracket, model.lang);
          return rtl ? mirrorNote(note, ltr[l].spec.width) : note;
        }),
        legend: legendInView(model, map, state, mapNotes.wide),
      };
    }),
  };
}

/** The legend entries that describe something on screen at a step (in the wide layout, which shows the most). */
function legendInView(model: StoryModel, drawing: MapDrawing, state: StepState, notes: MapAnnotation): string[] {
  const view = box(0, 0, 1000, 600);
  const seen = (at: [number, number]) => {
    const [x, y] = screenPoint(state.camera, at[0], at[1]);
    return within(box(x, y, x, y), view);
  };
  const keys = new Set<string>();
  for (const m of drawing.marks.filter((m) => seen(m.at))) keys.add(`kind:${m.kind}`).add(`status:${m.status}`);
  if (drawing.areas.some((a) => seen(a.at) && state.places.includes(a.id))) keys.add("area");
  if (notes.texts.some((t) => t.kind === "area")) keys.add("control");
  void model;
  return [...keys].sort();
}
