/**
 * <story-scrolly>: the one client behaviour. Each step carries, from the build, the whole state the figures take
 * when it is active (src/lib/codec.ts); the element decides which step the reader is on and copies that state
 * over, whole, never accumulated from enter/exit pairs, so fast scrolls, jumps, deep links, reloads and resizes
 * always land on the step being read.
 *
 * One mechanism decides the step: the layout, read once per animation frame after the page scrolled, resized or
 * the host page reported its viewport. scrollama's IntersectionObservers used to schedule the same read; they
 * were dropped because they cannot see past a jump over the last step (scrollama #26) nor a host page's
 * viewport, so a scroll listener was needed anyway and they only doubled the work.
 */
import { decodeStep, TRIGGER_LINE, type StepState } from "../lib/codec";
import { applyStep, showLabels } from "./apply-step";
import { bindCopyButtons } from "./copy-buttons";
import { childIdFrom } from "./host-messages";
import { connectToHost, type HostLink } from "./hosted";
import { bindLinkedHighlight } from "./linked-highlight";
import { MapCamera } from "./map-camera";
import { createNavigator, type Navigator } from "./navigate";
import { ReadingPlace } from "./reading-place";
import { activeIndex, hostViewport, progressThrough, triggerY, windowViewport } from "./step-detection";
import { bindZoneControls } from "./zone-switch";

export class StoryScrolly extends HTMLElement {
  private abort: AbortController | null = null;
  private steps: HTMLElement[] = [];
  private states: StepState[] = [];
  private current = -1;
  private camera: MapCamera | null = null;
  private host: HostLink | null = null;
  private nav: Navigator | null = null;
  private frame = 0;
  private needStep = false;
  private needProgress = false;
  private readonly place = new ReadingPlace();
  private readonly reducedMotion = matchMedia("(prefers-reduced-motion: reduce)");

  /** The page already shows the first step (drawn at build time): start in a task of its own, so loading has no long task. */
  connectedCallback() {
    setTimeout(() => this.isConnected && this.start(), 0);
  }

  disconnectedCallback() {
    this.abort?.abort();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private start() {
    const signal = (this.abort = new AbortController()).signal;
    this.steps = [...this.querySelectorAll<HTMLElement>("[data-step]")];
    this.states = this.steps.map((s) => decodeStep((n) => s.getAttribute(n))!);
    if (this.steps.length === 0) return;
    const layers = this.querySelector<SVGGElement>('[data-figure="map"] .map__layers');
    if (layers) this.camera = new MapCamera(layers, layers.closest("svg")!, this.states[0]!.camera);
    const trigger = Number(this.dataset["trigger"] ?? TRIGGER_LINE);
    this.style.setProperty("--st-trigger", `${trigger * 100}%`);
    if (new URLSearchParams(location.search).has("debug")) this.classList.add("is-debug");
    if (this.hasAttribute("data-embedded") && window.parent !== window) {
      // pym.js passes ?childId=; our /embed.js answers whatever id we use.
      this.host = connectToHost(this, childIdFrom(location.search) ?? "story", () => this.schedule(), signal);
    }
    bindZoneControls(this, signal);
    bindLinkedHighlight(this, signal);
    bindCopyButtons(document, signal);
    if (this.hasAttribute("data-single")) return this.show(this.requestedIndex(), false);

    this.nav = createNavigator(trigger, this.reducedMotion, this.host, signal);
    this.querySelector("[data-step-prev]")?.addEventListener("click", () => this.go(-1), { signal });
    this.querySelector("[data-step-next]")?.addEventListener("click", () => this.go(1), { signal });
    const onResize = () => ((this.needProgress = true), this.schedule());
    addEventListener("scroll", onResize, { passive: true, signal });
    addEventListener("resize", onResize, { signal });
    this.reducedMotion.addEventListener("change", onResize, { signal });
    addEventListener("hashchange", () => this.fromHash() >= 0 && this.show(this.fromHash(), false), { signal });
    // A deep link or a reload names its step; otherwise read it from layout.
    const requested = this.steps.findIndex((s) => s.id === new URLSearchParams(location.search).get("step"));
    const first = this.fromHash() >= 0 ? this.fromHash() : requested >= 0 ? requested : this.indexAtLine(trigger);
    this.show(first, false);
    onResize();
  }

  private fromHash = () => this.steps.findIndex((s) => s.id === decodeURIComponent(location.hash.slice(1)));

  /** A single graphic (/embed/map/, /embed/timeline/): the state the query string asks for; nothing scrolls. */
  private requestedIndex(): number {
    const q = new URLSearchParams(location.search);
    const [chapter, step, event] = [q.get("chapter"), q.get("step"), q.get("event")];
    const find = (ok: (s: HTMLElement, i: number) => boolean) => this.steps.findIndex(ok);
    const i = [
      find((s) => s.dataset["step"] === step && (!chapter || s.dataset["chapter"] === chapter)),
      event ? find((_, i) => this.states[i]!.events.includes(event)) : -1,
      find((s) => s.dataset["chapter"] === chapter),
    ].find((n) => n >= 0);
    return i ?? 0;
  }

  private indexAtLine(trigger: number): number {
    const viewport = this.host?.viewport();
    const line = triggerY(viewport ? hostViewport(viewport) : windowViewport(), trigger);
    return activeIndex(this.steps.map((s) => s.getBoundingClientRect().top), line);
  }

  private schedule() {
    if (!this.nav?.moving) this.needStep = true;
    this.requestFrame();
  }

  /** The one animation frame: every layout read first, then every write, so a frame is laid out once. */
  private onFrame = (now: number) => {
    this.frame = 0;
    const trigger = Number(this.dataset["trigger"] ?? TRIGGER_LINE);
    // Reads.
    const index = this.needStep && !this.nav?.moving ? this.indexAtLine(trigger) : -1;
    let progress: number | null = null;
    let restore: number | null = null;
    if (this.needProgress && !this.host?.viewport()) {
      const line = innerHeight * trigger;
      restore = this.place.restore(this.steps, this.current, line);
      progress = progressThrough(this.steps[0]!.getBoundingClientRect().top, this.steps.at(-1)!.getBoundingClientRect().bottom, line);
    }
    this.needStep = this.needProgress = false;
    // Writes.
    if (restore !== null) scrollTo({ top: restore, behavior: "instant" });
    if (this.camera?.tick(now)) this.requestFrame();
    if (index >= 0) this.show(index, true);
    const bar = progress === null ? null : document.querySelector<HTMLProgressElement>("[data-progress]");
    if (bar) bar.value = Math.round(progress! * 100);
  };

  private go(delta: number) {
    const target = Math.min(this.steps.length - 1, Math.max(0, this.current + delta));
    if (target === this.current || !this.nav) return;
    this.nav.go(this.steps[target]!, () => this.schedule());
    this.show(target, true);
  }

  /** Show step `index`: its whole state, the camera moving there (animated unless the reader prefers less motion). */
  private show(index: number, animate: boolean) {
    if (index === this.current) return;
    this.current = index;
    const state = this.states[index]!;
    applyStep(this, this.steps, index, state);
    // The step's labels were chosen not to collide at its camera: shown when the camera gets there.
    const arrived = () => showLabels(this, state);
    if (!this.camera) return arrived();
    if (this.camera.moveTo(state.camera, animate && !this.reducedMotion.matches, arrived)) this.requestFrame();
  }

  private requestFrame() {
    if (!this.frame) this.frame = requestAnimationFrame(this.onFrame);
  }
}

if (!customElements.get("story-scrolly")) customElements.define("story-scrolly", StoryScrolly);
