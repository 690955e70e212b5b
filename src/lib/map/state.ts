import { encodeStep, type StepState } from "../codec";
import type { StepSpec, StoryModel } from "../model";
import { cameraFor, createProjection, MAP_SIZE, scaleBar, viewBBox } from "./geometry";
import { placeLabels, type LabelCandidate } from "./labels";

const projection = createProjection(MAP_SIZE);

export function labelCandidates(model: StoryModel, focus: ReadonlySet<string> = new Set()): LabelCandidate[] {
  const rank = { city: 3, town: 4, oilfield: 2, base: 2, airbase: 3, "border-crossing": 5, facility: 4, area: 6 } as const;
  // Places drawn as circles of uncertainty carry no label; an area without a radius is a label only.
  return model.places
    .filter((p) => !p.uncertaintyKm)
    .map((p) => ({
      id: p.id,
      name: p.kind === "area" ? `${p.name} (approx.)` : p.name,
      lon: p.lon,
      lat: p.lat,
      priority: focus.has(p.id) ? 0 : rank[p.kind],
      anchor: p.kind === "area" ? ("middle" as const) : ("start" as const),
    }));
}

/** Everything the figures show at one step, computed at build time: what its element carries (src/lib/codec.ts). */
export function stepState(step: StepSpec, model: StoryModel, alt: string): StepState {
  const camera = cameraFor(viewBBox(step.view, model.placeById), projection, MAP_SIZE);
  const places = new Set<string>(step.view.kind === "places" ? step.view.ids : []);
  for (const id of step.events) for (const p of model.eventById.get(id)?.places ?? []) places.add(p);
  const bar = scaleBar(projection, camera, MAP_SIZE);
  const labels = placeLabels(labelCandidates(model, places), projection, camera, MAP_SIZE);
  return {
    step: step.id,
    view: step.viewName,
    camera,
    scale: { px: bar.px, label: bar.label },
    events: [...step.events],
    places: [...places].sort(),
    labels: labels.shown,
    labelsLeft: labels.left,
    alt,
  };
}

/** The data-* attributes a step element carries: its whole state, which the client copies over. */
export const stepAttributes = (step: StepSpec, model: StoryModel, alt: string) => encodeStep(stepState(step, model, alt));
