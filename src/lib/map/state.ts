import type { StepSpec, StoryModel } from "../model";
import { cameraFor, createProjection, MAP_SIZE, scaleBar, viewBBox, type Camera } from "./geometry";
import { placeLabels, type LabelCandidate } from "./labels";

/** Everything the map shows at one step: set whole, never accumulated. */
export interface MapState {
  view: string;
  camera: Camera;
  scale: { px: number; label: string };
  labels: string[];
  /** Shown labels set to the left of their point (no room on the right). */
  labelsLeft: string[];
  events: string[];
  places: string[];
}

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

export function mapStateFor(step: StepSpec, model: StoryModel): MapState {
  const camera = cameraFor(viewBBox(step.view, model.placeById), projection, MAP_SIZE);
  const places = new Set<string>(step.view.kind === "places" ? step.view.ids : []);
  for (const id of step.events) for (const p of model.eventById.get(id)?.places ?? []) places.add(p);
  const bar = scaleBar(projection, camera, MAP_SIZE);
  const labels = placeLabels(labelCandidates(model, places), projection, camera, MAP_SIZE);
  return {
    view: step.viewName,
    camera,
    scale: { px: bar.px, label: bar.label },
    labels: labels.shown,
    labelsLeft: labels.left,
    events: [...step.events],
    places: [...places].sort(),
  };
}

/** The data-* attributes a step element carries: its whole state, which the client copies over. */
export function stepAttributes(step: StepSpec, model: StoryModel, alt: string): Record<string, string> {
  const state = mapStateFor(step, model);
  const { camera } = state;
  return {
    "data-step": step.id,
    "data-view": state.view,
    "data-events": state.events.join(" "),
    "data-places": state.places.join(" "),
    "data-camera": `${camera.k},${camera.x},${camera.y}`,
    "data-scale": `${state.scale.px},${state.scale.label}`,
    "data-labels": state.labels.join(" "),
    "data-labels-left": state.labelsLeft.join(" "),
    "data-alt": alt,
  };
}
