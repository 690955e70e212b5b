/**
 * <story-scrolly>: the one client behaviour. Each step carries, from the build, the whole state the figures take
 * when it is active (src/lib/codec.ts); the element decides which step the reader is on and copies that state
 * over, whole, never accumulated from enter/exit pairs, so fast scrolls, jumps, deep links, reloads and resizes
 * always land on the step being read.
 *
 * One mechanism decides the step: the layout, read in the next animation frame (step-detection.ts). Two triggers
 * ask for that read: in the story's own window, scrollama, as a step crosses the trigger line, backed by a scroll
 * coming to rest (window-trigger.ts); under a host page, the host's viewport as it reports it (hosted.ts). The
 * trigger line is declared once (TRIGGER_LINE, written on the element as data-trigger).
 */
import { decodeStep, TRIGGER_LINE, type StepState } from "../lib/codec";
import { applyStep, showFocus, showNotes } from "./apply-step";
import { bindCopyButtons, bindEmbedScheme } from "./copy-buttons";
import { childIdFrom } from "./host-messages";
import { connectToHost, type HostLink } from "./hosted";
import { bindLinkedHighlight } from "./linked-highlight";
import { MapCamera } from "./map-camera";
import { createNavigator, type Navigator } from "./navigate";
import { ReadingPlace } from "./reading-place";
import { rememberPlace, restorePlace } from "./reload-place";
import { activeIndex, hostViewport, progressThrough, triggerY, windowViewport } from "./step-detection";
import { TimelineWindow } from "./timeline-window";
import { windowTrigger } from "./window-trigger";
import { bindZoneControls } from "./zone-switch";

export class StoryScrolly extends HTMLElement {
  private abort: AbortController | null = null;
  private steps: HTMLElement[] = [];
  private states: StepState[] = [];
  private current = -1;
  private camera: MapCamera | null = null;
  private timeline: TimelineWindow | null = null;
  private host: HostLink | null = null;
  /** The window's trigger (scrollama), until a host's viewport takes over. */
  private scroller: { stop(): void } | null = null;
  private nav: Navigator | null = null;
  private frame = 0;
  /** Writes for the next frame's write phase (the notes after a move, a phone's figure change). */
  private nextFrame: (() => void)[] = [];
  private needStep = false;
  private needProgress = false;
  private readonly place = new ReadingPlace();
  private readonly reducedMotion = matchMedia("(prefers-reduced-motion: reduce)");

  /** The page already shows the first step (drawn at build time): start in a task of its own, so loading has no long task. */
  connectedCallback() {
    const signal = (this.abort = new AbortController()).signal;
    // The step buttons answer from the moment the element is defined (presses before its first step is shown are
    // counted, see go); the rest starts in a task of its own.
    this.querySelector("[data-step-prev]")?.addEventListener("click", () => this.go(-1), { signal });
    this.querySelector("[data-step-next]")?.addEventListener("click", () => this.go(1), { signal });
    setTimeout(() => this.isConnected && !signal.aborted && this.start(signal), 0);
  }

  disconnectedCallback() {
    this.abort?.abort();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.nextFrame = [];
  }

  private get trigger() {
    return Number(this.dataset["trigger"] ?? TRIGGER_LINE);
  }

  private start(signal: AbortSignal) {
    this.steps = [...this.querySelectorAll<HTMLElement>("[data-step]")];
    this.states = this.steps.map((s) => decodeStep((n) => s.getAttribute(n))!);
    if (this.steps.length === 0) return;
    const single = this.hasAttribute("data-single");
    const layers = this.querySelector<SVGGElement>('[data-figure="map"] .map__layers');
    if (layers) this.camera = new MapCamera(layers, layers.closest("svg")!, this.states[0]!.camera);
    const svg = this.querySelector<SVGSVGElement>('[data-figure="timeline"] .timeline__svg');
    if (svg) this.timeline = new TimelineWindow(svg, this.states[0]!.window, signal);
    // ?debug draws the trigger line. Only then is the line's place set as a style: a custom property on this
    // element restyles everything inside it, a long task at load on a slow phone.
    if (new URLSearchParams(location.search).has("debug")) {
      this.style.setProperty("--st-trigger", `${this.trigger * 100}%`);
      this.classList.add("is-debug");
    }
    if (this.hasAttribute("data-embedded") && window.parent !== window) {
      // pym.js passes ?childId=; our /embed.js answers whatever id we use.
      // Once a host reports its viewport, the frame is as tall as the story: only the host's scroll moves it.
      this.host = connectToHost(this, childIdFrom(location.search) ?? "story", () => (this.scroller?.stop(), (this.scroller = null), this.schedule()), signal);
    }
    bindZoneControls(this, signal);
    bindLinkedHighlight(this, signal);
    bindCopyButtons(document, signal);
    bindEmbedScheme(document, signal);
    // Nothing here reads layout: the page parsed since the first paint and the timeline's marks (moved above into
    // a phone's drawing) are laid out by the next frame, and the step is read and shown after it, not forced into
    // this task (most of the start's long task on a slow phone). A frame never painted (an embed off screen)
    // waits; the connection to a host above reports the height at once all the same. Then data-ready: the story
    // runs and shows its step (what a test waits for after loading).
    const afterFrame = (show: () => void) =>
      void requestAnimationFrame(() =>
        setTimeout(() => {
          if (signal.aborted) return;
          show();
          this.toggleAttribute("data-ready", true);
          // Step buttons pressed before now (counted by go, or by the page's loader) are taken now.
          const pending = Number(this.dataset["pendingSteps"] ?? 0);
          delete this.dataset["pendingSteps"];
          if (pending) this.go(pending);
        }, 0),
      );
    if (single) {
      afterFrame(() => this.show(this.requestedIndex(), false));
      return;
    }

    this.nav = createNavigator(this.trigger, this.reducedMotion, this.host, signal);
    // Every scroll moves the progress bar (and keeps the reader's place through a reflow); which step is read is
    // asked by the triggers, a resize and a change of the reader's motion setting.
    const onScroll = () => ((this.needProgress = true), this.requestFrame());
    const onChange = () => ((this.needProgress = true), this.schedule());
    addEventListener("scroll", onScroll, { passive: true, signal });
    addEventListener("resize", onChange, { signal });
    this.reducedMotion.addEventListener("change", onChange, { signal });
    addEventListener("hashchange", () => this.fromHash() >= 0 && this.show(this.fromHash(), false), { signal });
    rememberPlace(() => this.steps[this.current], () => innerHeight * this.trigger, signal);
    afterFrame(() => {
      restorePlace(innerHeight * this.trigger);
      // A deep link or a reload names its step; otherwise read it from layout (unless a scroll meanwhile has).
      const requested = this.steps.findIndex((s) => s.id === new URLSearchParams(location.search).get("step"));
      const named = this.fromHash() >= 0 ? this.fromHash() : requested;
      if (named >= 0 || this.current < 0) this.show(named >= 0 ? named : this.indexAtLine(), false);
      // scrollama reads every step's layout as it sets up: here, after a frame has laid the page out.
      if (!this.host?.viewport()) this.scroller = windowTrigger(this.steps, this.trigger, () => this.schedule(), signal);
      onChange();
    });
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

  private indexAtLine(): number {
    const viewport = this.host?.viewport();
    const line = triggerY(viewport ? hostViewport(viewport) : windowViewport(), this.trigger);
    return activeIndex(this.steps.map((s) => s.getBoundingClientRect().top), line);
  }

  private schedule() {
    if (!this.nav?.moving) this.needStep = true;
    this.requestFrame();
  }

  private requestFrame() {
    if (!this.frame) this.frame = requestAnimationFrame(this.onFrame);
  }

  /** Run `write` in the next frame's write phase: after that frame's reads, so they find the layout clean. */
  private inNextFrame(write: () => void) {
    this.nextFrame.push(write);
    this.requestFrame();
  }

  /** The one animation frame: every layout read first, then every write, so a frame is laid out once. */
  private onFrame = (now: number) => {
    this.frame = 0;
    const writes = this.nextFrame;
    this.nextFrame = [];
    // Reads.
    const index = this.needStep && !this.nav?.moving ? this.indexAtLine() : -1;
    let progress: number | null = null;
    let restore: number | null = null;
    if (this.needProgress && !this.host?.viewport()) {
      const line = innerHeight * this.trigger;
      // The step under the line now (read above), or the one shown while a step button's scroll is moving.
      restore = this.place.restore(this.steps, index >= 0 ? index : this.current, line);
      progress = progressThrough(this.steps[0]!.getBoundingClientRect().top, this.steps.at(-1)!.getBoundingClientRect().bottom, line);
    }
    this.needStep = this.needProgress = false;
    // Writes. After a reflow the step is read again once the reader's place is restored, not from the layout before.
    if (restore !== null) {
      scrollTo({ top: restore, behavior: "instant" });
      this.schedule();
    }
    // A new step first: it stops the moves under way where they stand and starts its own, whose first frame draws
    // nothing, so this frame does not also restyle every moving mark (at 4x CPU, both in one frame were over 50 ms).
    if (index >= 0 && restore === null) this.show(index, true);
    // Then what an earlier frame left for this one (a step passed meanwhile skips its own).
    for (const write of writes) write();
    const moving = [this.camera?.tick(now), this.timeline?.tick(now)].some(Boolean);
    if (moving) this.requestFrame();
    const bar = progress === null ? null : document.querySelector<HTMLProgressElement>("[data-progress]");
    if (bar) bar.value = Math.round(progress! * 100);
  };

  private go(delta: number) {
    // Until the first step is shown (data-ready), a press is counted, and taken then (start). Before this element
    // is defined, a chapter page's loader counts them the same way (src/lib/after-paint.ts).
    if (!this.hasAttribute("data-ready")) {
      this.dataset["pendingSteps"] = String(Number(this.dataset["pendingSteps"] ?? 0) + delta);
      return;
    }
    const target = Math.min(this.steps.length - 1, Math.max(0, this.current + delta));
    if (target === this.current || !this.nav) return;
    this.nav.go(this.steps[target]!, () => this.schedule());
    this.show(target, true);
  }

  /** Show step `index`: its whole state; the map and timeline move there, then the step's notes appear. */
  private show(index: number, animate: boolean) {
    if (index === this.current) return;
    this.current = index;
    const state = this.states[index]!;
    const el = this.steps[index]!;
    const key = el.dataset["noteKey"] ?? state.step;
    applyStep(this, this.steps, index, state, key);
    const motion = animate && !this.reducedMotion.matches;
    // The notes appear once the camera, the timeline's window and (on a phone) the figure shown have arrived.
    const refocus = this.dataset["focus"] !== state.focus && !this.hasAttribute("data-single");
    let waiting = refocus ? 3 : 2;
    // Arrived at once (nothing moves), they show at once; after a move, in the frame after its last one (the notes'
    // text is a few hundred elements to style and lay out: with the move's last writes, one frame was too much).
    let later = false;
    const arrived = () => {
      if (--waiting > 0 || index !== this.current) return;
      if (!later) showNotes(this, key);
      else this.inNextFrame(() => index === this.current && showNotes(this, key));
    };
    showNotes(this, null);
    // Which figure a phone shows changes over the next two frames: the incoming figure is shown in one (no focus:
    // both are, the map over the timeline's plot), the outgoing hidden in the next. Showing or hiding a figure
    // restyles each of its elements; one figure and the step's other writes each take a frame of their own, under
    // 50 ms at 4x CPU, where all of it in one frame was over.
    if (refocus)
      this.inNextFrame(() => {
        if (index !== this.current) return;
        delete this.dataset["focus"];
        this.inNextFrame(() => index === this.current && (showFocus(this, state.focus), arrived()));
      });
    const frames = [
      this.camera ? this.camera.moveTo(state.camera, motion, arrived) : (arrived(), false),
      this.timeline ? this.timeline.moveTo(state.window, motion, arrived) : (arrived(), false),
    ];
    later = true;
    if (frames.some(Boolean)) this.requestFrame();
  }
}

if (!customElements.get("story-scrolly")) customElements.define("story-scrolly", StoryScrolly);
