/**
 * Set the figures to one step's state, whole: which marks, places and quotes are active, the scale bar, the step
 * buttons and position, the live description. Idempotent; an attribute is touched only when it changes (every
 * write costs style work). The camera and the labels that follow it are moved by the element (story-scrolly.ts).
 */
import type { StepState } from "../lib/codec";

/** Set or clear a boolean attribute, only when it changes. */
export const setFlag = (el: Element, name: string, on: boolean) => {
  if (el.hasAttribute(name) !== on) on ? el.setAttribute(name, "") : el.removeAttribute(name);
};

const flagAll = (root: ParentNode, selector: string, key: string, active: ReadonlySet<string>) =>
  root.querySelectorAll<HTMLElement | SVGElement>(selector).forEach((el) => setFlag(el, "data-active", active.has(el.dataset[key] ?? "")));

export function applyStep(root: HTMLElement, steps: readonly HTMLElement[], index: number, state: StepState) {
  root.dataset["activeStep"] = state.step;
  steps.forEach((s, i) => (i === index ? s.setAttribute("aria-current", "step") : s.removeAttribute("aria-current")));
  const events = new Set(state.events);
  const map = root.querySelector<HTMLElement>('[data-figure="map"]');
  if (map) {
    map.dataset["view"] = state.view;
    flagAll(map, ".mark[data-event]", "event", events);
    flagAll(map, "[data-place]", "place", new Set(state.places));
    map.querySelector(".map__scale-bar")?.setAttribute("width", String(state.scale.px));
    const scaleLabel = map.querySelector(".map__scale-label");
    if (scaleLabel && scaleLabel.textContent !== state.scale.label) scaleLabel.textContent = state.scale.label;
  }
  flagAll(root, '[data-figure="timeline"] [data-event]', "event", events);
  flagAll(root, ".quote[data-event]", "event", events);
  const position = root.querySelector("[data-step-position]");
  if (position) position.textContent = `Step ${index + 1} of ${steps.length}`;
  const prev = root.querySelector<HTMLButtonElement>("[data-step-prev]");
  const next = root.querySelector<HTMLButtonElement>("[data-step-next]");
  if (prev) prev.disabled = index === 0;
  if (next) next.disabled = index === steps.length - 1;
  const live = root.querySelector<HTMLElement>("[data-live]");
  if (live && state.alt && live.textContent !== state.alt) live.textContent = state.alt;
}

/** The map labels chosen at build time for this step's camera: shown once the camera has arrived there. */
export function showLabels(root: HTMLElement, state: StepState) {
  const shown = new Set(state.labels);
  const left = new Set(state.labelsLeft);
  root.querySelectorAll<SVGElement>('[data-figure="map"] [data-label]').forEach((l) => {
    setFlag(l, "data-hidden", !shown.has(l.dataset["label"] ?? ""));
    setFlag(l, "data-left", left.has(l.dataset["label"] ?? ""));
  });
}
