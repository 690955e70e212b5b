import { encodeStep, type StepState } from "../codec";
import type { StepSpec, StoryModel } from "../model";
import { mainWindow, fitWindow, windowDates } from "../timeline/window";
import { AXIS_ZONE } from "../zones";
import { projection } from "./drawing";
import { FRAMING, OVERVIEW_FRAMING } from "./frame";
import { cameraFor, scaleBar, viewBBox } from "./geometry";
import { locatorBox } from "./locator";
import { formatKm } from "../i18n";

const memo = new WeakMap<StoryModel, Map<string, Omit<StepState, "alt">>>();

/**
 * Everything the figures show at one step, computed at build time from the step alone (not from the chapter it
 * is in): the map's camera, scale and box on the locator, the timeline's window, which events and places are
 * active, and the figure a phone shows. What its element carries (src/lib/codec.ts).
 */
export function stepState(step: StepSpec, model: StoryModel, alt: string): StepState {
  let cache = memo.get(model);
  if (!cache) memo.set(model, (cache = new Map()));
  const key = JSON.stringify(step);
  let state = cache.get(key);
  if (!state) {
    const camera = cameraFor(viewBBox(step.view, model.placeById), projection, step.view.kind === "overview" ? OVERVIEW_FRAMING : FRAMING);
    const events = step.events.map((id) => model.eventById.get(id)!);
    const places = new Set<string>(step.view.kind === "places" ? step.view.ids : []);
    for (const e of events) for (const p of e.places) places.add(p);
    const bar = scaleBar(projection, camera);
    const window = step.span ?? (events.length ? fitWindow(events) : mainWindow(model.events));
    state = {
      step: step.id,
      view: step.viewName,
      camera,
      scale: { px: bar.px, label: model.lang === "en" ? bar.label : formatKm(bar.km, model.lang) },
      locator: locatorBox(camera),
      events: [...step.events],
      places: [...places].sort(),
      window,
      dates: windowDates(model.events, window, AXIS_ZONE, model.lang),
      focus: step.focus ?? (events.some((e) => e.places.length === 0) ? "timeline" : "map"),
    };
    cache.set(key, state);
  }
  return { ...state, alt };
}

/** The data-* attributes a step element carries: its whole state, which the client copies over. */
export const stepAttributes = (step: StepSpec, model: StoryModel, alt: string) => encodeStep(stepState(step, model, alt));
