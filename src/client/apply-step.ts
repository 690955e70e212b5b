/**
 * Set the figures to one step's state, whole: which marks, places and quotes are active (the figure a phone shows
 * is showFocus's, below), the scale bar, the locator's box, the legend entries in view, the timeline title's
 * dates, the step buttons and position, the live description, the language switch.
 * Idempotent; an attribute is touched only when it changes (every write costs style work). The camera and the
 * timeline's window are moved by the element (story-scrolly.ts), which then shows the step's notes (showNotes).
 */
import type { StepState } from "../lib/codec";
import { formatNumber, pageLang } from "../lib/i18n";
import { keepStepInLanguageSwitch } from "./lang-switch";
import { setAttr, setFlag } from "./write-attribute";

const flagAll = (root: ParentNode, selector: string, key: string, active: ReadonlySet<string>) =>
  root.querySelectorAll<HTMLElement | SVGElement>(selector).forEach((el) => setFlag(el, "data-active", active.has(el.dataset[key] ?? "")));

const words = (s: string | undefined) => (s ?? "").split(" ");

export function applyStep(root: HTMLElement, steps: readonly HTMLElement[], index: number, state: StepState, key: string) {
  root.dataset["activeStep"] = state.step;
  steps.forEach((s, i) => (i === index ? setAttr(s, "aria-current", "step") : s.removeAttribute("aria-current")));
  const events = new Set(state.events);
  const map = root.querySelector<HTMLElement>('[data-figure="map"]');
  if (map) {
    map.dataset["view"] = state.view;
    flagAll(map, ".mark[data-event]", "event", events);
    flagAll(map, "[data-place]", "place", new Set(state.places));
    map.querySelectorAll(".map__scale-bar").forEach((bar) => setAttr(bar, "width", String(state.scale.px)));
    map.querySelectorAll(".map__scale-label").forEach((l) => l.textContent !== state.scale.label && (l.textContent = state.scale.label));
    const [x, y, width, height] = state.locator;
    if (width > 0)
      for (const box of map.querySelectorAll(".map__inset-frame"))
        for (const [a, v] of Object.entries({ x, y, width, height })) setAttr(box, a, String(v));
    map.querySelectorAll<HTMLElement>("[data-legend-steps]").forEach((item) => setFlag(item, "data-hidden", !words(item.dataset["legendSteps"]).includes(key)));
  }
  const title = root.querySelector<HTMLElement>('[data-figure="timeline"] .timeline__title[data-template]');
  const titleText = title?.dataset["template"]?.replace("{dates}", state.dates);
  if (title && state.dates && title.textContent !== titleText) title.textContent = titleText!;
  flagAll(root, '[data-figure="timeline"] .timeline__event', "event", events);
  flagAll(root, ".quote[data-event]", "event", events);
  const position = root.querySelector<HTMLElement>("[data-step-position]");
  if (position) position.textContent = (position.dataset["template"] ?? "Step {n} of {m}").replace("{n}", formatNumber(index + 1, pageLang())).replace("{m}", formatNumber(steps.length, pageLang()));
  keepStepInLanguageSwitch(steps, index);
  const prev = root.querySelector<HTMLButtonElement>("[data-step-prev]");
  const next = root.querySelector<HTMLButtonElement>("[data-step-next]");
  if (prev) prev.disabled = index === 0;
  if (next) next.disabled = index === steps.length - 1;
  const live = root.querySelector<HTMLElement>("[data-live]");
  if (live && state.alt && live.textContent !== state.alt) live.textContent = state.alt;
}

/**
 * The figure a phone's panel shows (the other is made invisible in place). Its own write, in a frame of its own
 * (story-scrolly.ts): the restyle it causes (every element of the figure shown or hidden) is the heaviest of a
 * step's changes.
 */
export function showFocus(root: HTMLElement, focus: StepState["focus"]) {
  root.dataset["focus"] = focus; // the caller checks data-single and that it changes
}

/**
 * What the figures write at a step (callouts, names, labels, the axis) was placed for its camera and window: shown
 * once both have arrived there; `key` null hides them all (while moving).
 */
export function showNotes(root: HTMLElement, key: string | null) {
  root.querySelectorAll<SVGGElement>("[data-note]").forEach((g) => {
    const shown = g.dataset["note"] === key;
    setFlag(g, "data-shown", shown);
    // The map's dots follow its names: a place keeps its dot where this step's note names it.
    if (shown && g.dataset["named"] !== undefined) {
      const named = new Set(words(g.dataset["named"]));
      g.closest("svg")?.querySelectorAll<SVGGElement>(".map__place").forEach((p) => setFlag(p, `data-named-${g.dataset["layout"]}`, named.has(p.dataset["place"] ?? "")));
    }
  });
}
