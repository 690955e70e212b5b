/**
 * <story-scrolly>: the one client behaviour. Each step carries, from the build, the whole state the figures
 * take when it is active (data-view, data-camera, data-events, data-labels, data-scale, data-alt). On every
 * scroll callback the element recomputes which step is under the trigger line from layout and applies that
 * step's state whole — idempotent, never accumulated from enter/exit pairs — so fast scrolls, jumps, deep
 * links, reloads and resizes always land on the step being read.
 */
import { interpolateZoom } from "d3-interpolate";
import { createStepTrigger, type StepTrigger } from "./scrollama-adapter";

/** Fraction of the viewport height where a step becomes active. */
const TRIGGER = 0.55;
const MAP_W = 800;
const MAP_H = 600;

interface Camera {
  k: number;
  x: number;
  y: number;
}
const parseCamera = (s: string | undefined): Camera | null => {
  const [k, x, y] = (s ?? "").split(",").map(Number);
  return k && Number.isFinite(x) && Number.isFinite(y) ? { k, x: x!, y: y! } : null;
};
const cameraToView = (c: Camera): [number, number, number] => [(MAP_W / 2 - c.x) / c.k, (MAP_H / 2 - c.y) / c.k, MAP_W / c.k];
const viewToCamera = ([cx, cy, w]: [number, number, number]): Camera => {
  const k = MAP_W / w;
  return { k, x: MAP_W / 2 - cx * k, y: MAP_H / 2 - cy * k };
};
const words = (s: string | undefined) => new Set((s ?? "").split(/\s+/).filter(Boolean));
const setFlag = (el: Element, name: string, on: boolean) => (on ? el.setAttribute(name, "") : el.removeAttribute(name));

export class StoryScrolly extends HTMLElement {
  private steps: HTMLElement[] = [];
  private current: HTMLElement | null = null;
  private camera: Camera | null = null;
  private trigger: StepTrigger | null = null;
  private frame = 0;
  private animation = 0;
  private readonly reducedMotion = matchMedia("(prefers-reduced-motion: reduce)");

  connectedCallback() {
    this.steps = [...this.querySelectorAll<HTMLElement>("[data-step]")];
    if (this.steps.length === 0) return;
    this.classList.add("is-enhanced");
    this.camera = parseCamera(this.steps[0]?.dataset["camera"]);
    const debug = new URLSearchParams(location.search).has("debug");
    if (debug) this.classList.add("is-debug");

    // A deep link or a reload names its step; otherwise read it from layout.
    this.apply(this.stepFromHash() ?? this.stepAtTrigger(), false);

    this.trigger = createStepTrigger(TRIGGER, debug);
    this.trigger.observe(this.steps, () => this.schedule());
    addEventListener("resize", this.onResize);
    addEventListener("hashchange", this.onHash);
    this.reducedMotion.addEventListener("change", this.onResize);
  }

  disconnectedCallback() {
    this.trigger?.destroy();
    removeEventListener("resize", this.onResize);
    removeEventListener("hashchange", this.onHash);
  }

  private onResize = () => {
    this.trigger?.resize();
    this.schedule();
  };

  private onHash = () => {
    const step = this.stepFromHash();
    if (step) this.apply(step, false);
  };

  /** Coalesce a burst of callbacks (a jump crosses many steps at once) into one state change per frame. */
  private schedule() {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.apply(this.stepAtTrigger(), true));
  }

  private stepFromHash(): HTMLElement | undefined {
    const id = decodeURIComponent(location.hash.slice(1));
    return id ? this.steps.find((s) => s.id === id) : undefined;
  }

  /** The last step whose top has passed the trigger line; the first step before any has. */
  private stepAtTrigger(): HTMLElement {
    const line = innerHeight * TRIGGER;
    let active = this.steps[0]!;
    for (const step of this.steps) {
      if (step.getBoundingClientRect().top <= line) active = step;
      else break;
    }
    return active;
  }

  /** Set the whole state of the story for one step. */
  private apply(step: HTMLElement, animate: boolean) {
    if (step === this.current) return;
    this.current = step;
    const d = step.dataset;
    this.dataset["activeStep"] = d["step"] ?? "";
    for (const s of this.steps) {
      if (s === step) s.setAttribute("aria-current", "step");
      else s.removeAttribute("aria-current");
    }

    const events = words(d["events"]);
    const places = words(d["places"]);
    const labels = words(d["labels"]);
    const map = this.querySelector<HTMLElement>('[data-figure="map"]');
    if (map) {
      map.dataset["view"] = d["view"] ?? "overview";
      map.querySelectorAll<SVGElement>(".mark[data-event]").forEach((m) => setFlag(m, "data-active", events.has(m.dataset["event"] ?? "")));
      map.querySelectorAll<SVGElement>("[data-place]").forEach((m) => setFlag(m, "data-active", places.has(m.dataset["place"] ?? "")));
      map.querySelectorAll<SVGElement>("[data-label]").forEach((l) => setFlag(l, "data-hidden", !labels.has(l.dataset["label"] ?? "")));
      const [px, label] = (d["scale"] ?? "").split(",");
      map.querySelector(".map__scale-bar")?.setAttribute("width", px ?? "0");
      const scaleLabel = map.querySelector(".map__scale-label");
      if (scaleLabel) scaleLabel.textContent = label ?? "";
      const target = parseCamera(d["camera"]);
      if (target) this.moveCamera(map, target, animate && !this.reducedMotion.matches);
    }
    this.querySelectorAll<SVGElement>('[data-figure="timeline"] [data-event]').forEach((m) =>
      setFlag(m, "data-active", events.has(m.dataset["event"] ?? "")),
    );
    this.querySelectorAll<HTMLElement>(".quote[data-event]").forEach((q) => setFlag(q, "data-active", events.has(q.dataset["event"] ?? "")));
    const live = this.querySelector<HTMLElement>("[data-live]");
    if (live && d["alt"] && live.textContent !== d["alt"]) live.textContent = d["alt"];
  }

  private moveCamera(map: HTMLElement, target: Camera, animate: boolean) {
    const layers = map.querySelector<SVGGElement>(".map__layers");
    const svg = map.querySelector<SVGSVGElement>("svg");
    if (!layers || !svg) return;
    cancelAnimationFrame(this.animation);
    const set = (c: Camera) => {
      this.camera = c;
      layers.setAttribute("transform", `translate(${c.x.toFixed(2)},${c.y.toFixed(2)}) scale(${c.k.toFixed(4)})`);
      svg.style.setProperty("--map-k", c.k.toFixed(4));
      svg.style.setProperty("--map-ik", (1 / c.k).toFixed(4));
    };
    const from = this.camera;
    if (!animate || !from) return set(target);
    const zoom = interpolateZoom(cameraToView(from), cameraToView(target));
    const duration = Math.min(900, Math.max(300, zoom.duration * 0.6));
    const start = performance.now();
    const tick = (now: number) => {
      const t = Math.min(1, (now - start) / duration);
      const eased = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
      set(t < 1 ? viewToCamera(zoom(eased)) : target);
      if (t < 1) this.animation = requestAnimationFrame(tick);
    };
    this.animation = requestAnimationFrame(tick);
  }
}

if (!customElements.get("story-scrolly")) customElements.define("story-scrolly", StoryScrolly);
