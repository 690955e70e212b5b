/**
 * <story-scrolly>: the one client behaviour. Each step carries, from the build, the whole state the figures
 * take when it is active (data-view, data-camera, data-events, data-labels, data-scale, data-alt). On every
 * scroll callback the element recomputes which step is under the trigger line from layout and applies that
 * step's state whole — idempotent, never accumulated from enter/exit pairs — so fast scrolls, jumps, deep
 * links, reloads and resizes always land on the step being read.
 */
import { interpolateZoom } from "d3-interpolate";
import { cameraToView, cameraTransform, parseCamera, pinTransform, viewToCamera, type Camera } from "../lib/map/camera";
import { formatInZone, shortLabel, shortZoneName } from "../lib/time";
import { childIdFrom, makeMessage, parseHostMessage, type HostViewport } from "./host-messages";
import { createStepTrigger, type StepTrigger } from "./scrollama-adapter";

/** Fraction of the viewport height where a step becomes active. */
const TRIGGER = 0.55;

const words = (s: string | undefined) => new Set((s ?? "").split(/\s+/).filter(Boolean));
/** Set or clear a boolean attribute, touching the element only when it changes (each write costs style work). */
const setFlag = (el: Element, name: string, on: boolean) => {
  if (el.hasAttribute(name) !== on) on ? el.setAttribute(name, "") : el.removeAttribute(name);
};

export class StoryScrolly extends HTMLElement {
  private steps: HTMLElement[] = [];
  private current: HTMLElement | null = null;
  private camera: Camera | null = null;
  private trigger: StepTrigger | null = null;
  private frameId = 0;
  private needStep = false;
  private needProgress = false;
  private reveal: Set<string> | null = null;
  private cameraTick: ((now: number) => boolean) | null = null;
  private pins: { el: SVGGElement; x: number; y: number }[] | null = null;
  private navigating = false;
  private childId: string | null = null;
  private host: HostViewport | null = null;
  private navigationTimer = 0;
  private stopNavigating: (() => void) | null = null;
  private readonly reducedMotion = matchMedia("(prefers-reduced-motion: reduce)");

  /**
   * The page is already in its first step's state (drawn at build time), so the element starts in a task of its
   * own rather than inside the script's evaluation: loading then has no task over 50 ms on a slow phone.
   */
  connectedCallback() {
    setTimeout(() => this.isConnected && this.start(), 0);
  }

  private start() {
    this.steps = [...this.querySelectorAll<HTMLElement>("[data-step]")];
    if (this.steps.length === 0) return;
    this.camera = parseCamera(this.steps[0]?.dataset["camera"]);
    const debug = new URLSearchParams(location.search).has("debug");
    if (debug) this.classList.add("is-debug");

    // Embedded and sized by a host (pym.js or our /embed.js): the host's scroll drives the steps.
    // pym.js passes ?childId=; our /embed.js answers whatever id we use.
    if (this.hasAttribute("data-embedded") && window.parent !== window) this.listenForHost(childIdFrom(location.search) ?? "story");

    if (this.hasAttribute("data-single")) {
      this.applyRequested();
    } else {
      // A deep link or a reload names its step; otherwise read it from layout.
      const requested = new URLSearchParams(location.search).get("step");
      this.apply(this.stepFromHash() ?? this.steps.find((s) => s.id === requested) ?? this.stepAtTrigger(), false);
      // The observers measure every step (a layout); set them up in a task of their own, after the first state is
      // shown, so loading has no long task. Until then the scroll listener alone keeps the step right.
      setTimeout(() => {
        if (!this.isConnected) return;
        this.trigger = createStepTrigger(TRIGGER, debug);
        this.trigger.observe(this.steps, () => this.schedule());
      }, 0);
      addEventListener("resize", this.onResize);
      addEventListener("hashchange", this.onHash);
      addEventListener("scroll", this.onScroll, { passive: true });
      this.reducedMotion.addEventListener("change", this.onResize);
    }

    // Time zones: the radio group inside the timeline switches every label.
    this.querySelectorAll<HTMLInputElement>("[data-zone-control] input[type=radio]").forEach((input) =>
      input.addEventListener("change", () => input.checked && this.setZone(input.value)),
    );
    // Linked highlighting: hovering or focusing an event on one figure highlights it on the other.
    for (const type of ["pointerover", "focusin"] as const) this.addEventListener(type, this.onHover);
    for (const type of ["pointerout", "focusout"] as const) this.addEventListener(type, this.onHoverEnd);
    // Keyboard readers: previous / next step.
    this.querySelector("[data-step-prev]")?.addEventListener("click", () => this.go(-1));
    this.querySelector("[data-step-next]")?.addEventListener("click", () => this.go(1));
    if (!this.hasAttribute("data-single")) this.onScroll();
  }

  /** A single graphic (/embed/map/, /embed/timeline/): show the state the query string asks for; nothing scrolls. */
  private applyRequested() {
    const q = new URLSearchParams(location.search);
    const chapter = q.get("chapter");
    const step = q.get("step");
    const event = q.get("event");
    const pick =
      this.steps.find((s) => s.dataset["step"] === step && (!chapter || s.dataset["chapter"] === chapter)) ??
      (event ? this.steps.find((s) => words(s.dataset["events"]).has(event)) : undefined) ??
      this.steps.find((s) => s.dataset["chapter"] === chapter) ??
      this.steps[0]!;
    this.apply(pick, false);
  }

  disconnectedCallback() {
    cancelAnimationFrame(this.frameId);
    this.trigger?.destroy();
    removeEventListener("resize", this.onResize);
    removeEventListener("hashchange", this.onHash);
    removeEventListener("scroll", this.onScroll);
  }

  /**
   * Every scroll also re-reads the active step from layout: the trigger's observers only report steps that cross
   * the line, so a jump from above the first step to below the last one would otherwise report nothing.
   */
  private onScroll = () => {
    this.needProgress = true;
    this.schedule();
  };

  private requestFrame() {
    if (!this.frameId) this.frameId = requestAnimationFrame(this.onFrame);
  }

  /**
   * The one animation frame: every layout read first, then every write, so a frame is laid out once (a read
   * after a write would force a second, synchronous layout: the longest tasks while scrolling were those).
   */
  private onFrame = (now: number) => {
    this.frameId = 0;
    // Reads.
    const step = this.needStep && !this.navigating ? this.stepAtTrigger() : null;
    let done: number | null = null;
    if (this.needProgress) {
      this.keepPlace();
      // Through the steps: 0 when the first reaches the trigger line, 100 when the last has passed it.
      const top = this.steps[0]!.getBoundingClientRect().top;
      const bottom = this.steps.at(-1)!.getBoundingClientRect().bottom;
      done = Math.min(1, Math.max(0, (innerHeight * TRIGGER - top) / Math.max(1, bottom - top)));
    }
    const scrollLeft = this.reveal ? this.timelineScrollFor(this.reveal) : null;
    this.needStep = this.needProgress = false;
    this.reveal = null;
    // Writes.
    if (this.cameraTick?.(now)) this.requestFrame();
    if (step) this.apply(step, true);
    if (done !== null) {
      const bar = document.querySelector<HTMLProgressElement>("[data-progress]");
      if (bar) bar.value = Math.round(done * 100);
    }
    if (scrollLeft) scrollLeft.box.scrollTo({ left: scrollLeft.left, behavior: this.reducedMotion.matches ? "auto" : "smooth" });
  };

  private go(delta: number) {
    const i = this.current ? this.steps.indexOf(this.current) : 0;
    const target = this.steps[Math.min(this.steps.length - 1, Math.max(0, i + delta))];
    if (!target || target === this.current) return;
    if (this.host && this.childId) {
      // Hosted: ask the host page to scroll so the step reaches the trigger line (pym's scrollToChildPos).
      const y = target.getBoundingClientRect().top - this.host.viewportHeight * (TRIGGER - 0.1);
      window.parent.postMessage(makeMessage(this.childId, "scrollToChildPos", String(Math.round(y))), "*");
      this.apply(target, true);
      return;
    }
    const top = target.getBoundingClientRect().top + scrollY - innerHeight * (TRIGGER - 0.1);
    const goal = Math.round(Math.max(0, Math.min(top, document.documentElement.scrollHeight - innerHeight)));
    // The move is over when the page has arrived where it was sent, when the scroll ends ("scrollend"), or when
    // the reader takes over (wheel, touch, keys), never later than 3 s; then the step is read from layout again.
    // No timer guesses when a smooth scroll has finished: a slow device may start it late or take long.
    const arrived = () => Math.abs(scrollY - goal) < 2;
    const stop = () => {
      clearTimeout(this.navigationTimer);
      for (const type of ["scrollend", "wheel", "touchstart", "keydown"]) removeEventListener(type, settle);
      removeEventListener("scroll", onNavScroll);
      this.stopNavigating = null;
      this.navigating = false;
    };
    const settle = () => {
      stop();
      this.schedule();
    };
    const onNavScroll = () => arrived() && settle();
    // A press during a move replaces it: its listeners go, the step is not re-read half-way.
    this.stopNavigating?.();
    this.stopNavigating = stop;
    this.navigating = true;
    addEventListener("scroll", onNavScroll, { passive: true });
    for (const type of ["scrollend", "wheel", "touchstart", "keydown"]) addEventListener(type, settle, { passive: true });
    this.navigationTimer = window.setTimeout(settle, 3000);
    scrollTo({ top: goal, behavior: this.reducedMotion.matches ? "auto" : "smooth" });
    this.apply(target, true);
    if (arrived()) settle();
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus({ preventScroll: true });
  }

  private linked(target: EventTarget | null): string | undefined {
    const el = (target as Element | null)?.closest?.<SVGElement | HTMLElement>("[data-figure] [data-event]");
    return el?.dataset["event"];
  }

  private onHover = (e: Event) => {
    const id = this.linked(e.target);
    if (!id) return;
    this.querySelectorAll("[data-figure] [data-hover]").forEach((el) => el.removeAttribute("data-hover"));
    this.querySelectorAll(`[data-figure] [data-event="${CSS.escape(id)}"]`).forEach((el) => el.setAttribute("data-hover", ""));
  };

  private onHoverEnd = (e: Event) => {
    if (this.linked(e.target)) this.querySelectorAll("[data-figure] [data-hover]").forEach((el) => el.removeAttribute("data-hover"));
  };

  /** Switch every time label of the timeline to a zone choice: local, utc, washington or reader. */
  private setZone(zone: string) {
    if (!["local", "utc", "washington", "reader"].includes(zone)) return;
    const figure = this.querySelector<HTMLElement>('[data-figure="timeline"]');
    if (!figure) return;
    figure.dataset["zone"] = zone;
    const readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const key = `label${zone[0]!.toUpperCase()}${zone.slice(1)}`;
    const clock = (iso: string, tz: string) => formatInZone(iso, tz).clock;
    const day = (iso: string, tz: string) => formatInZone(iso, tz).day;

    figure.querySelectorAll<SVGGElement>(".timeline__event").forEach((g) => {
      const label = g.querySelector<SVGTextElement>(".timeline__label");
      const out = g.querySelector(".timeline__clock");
      if (!label || !out) return;
      const iso = g.dataset["time"] ?? "";
      out.textContent = zone === "reader" ? shortLabel(iso, readerZone) : (label.dataset[key] ?? "");
    });
    let prevDay = "";
    figure.querySelectorAll<SVGGElement>(".timeline__tick").forEach((tick) => {
      const iso = tick.dataset["tick"] ?? "";
      const time = tick.querySelector<SVGTextElement>(".timeline__tick-time");
      const dayText = tick.querySelector<SVGTextElement>(".timeline__tick-day");
      if (time) time.textContent = zone === "reader" ? clock(iso, readerZone) : (time.dataset[key] ?? "");
      if (dayText) {
        const d = zone === "reader" ? day(iso, readerZone) : zone === "local" ? (dayText.dataset["labelLocal"] ?? "") : (dayText.dataset[key] ?? "");
        const shown = zone === "local" ? d : d !== prevDay ? d : "";
        if (zone !== "local") prevDay = d;
        dayText.textContent = shown;
      }
    });
    // The table's first time column follows the choice; the UTC column stays.
    const names: Record<string, string> = { local: "(local)", utc: "(UTC)", washington: "(Washington)", reader: `(your time, ${readerZone})` };
    const header = figure.querySelector("[data-zone-name]");
    if (header) header.textContent = names[zone] ?? "";
    figure.querySelectorAll<HTMLTableCellElement>("td[data-time]").forEach((td) => {
      const d = td.dataset;
      const tz = zone === "local" ? (d["zoneLocal"] ?? "UTC") : zone === "utc" ? "UTC" : zone === "washington" ? "America/New_York" : readerZone;
      const iso = d["time"] ?? "";
      const span = d["start"] && d["end"] ? `${clock(d["start"], tz)}–${clock(d["end"], tz)}` : clock(iso, tz);
      const t = td.querySelector("time");
      const z = td.querySelector(".time__zone");
      if (t) t.textContent = `${day(iso, tz)}, ${span}`;
      if (z) z.textContent = zone === "local" ? (d["zoneLabel"] ?? "") : shortZoneName(tz, new Date(iso));
    });
  }

  /**
   * Embedded in an iframe. Until a host page answers, this is an ordinary page scrolling inside a fixed-height
   * frame (a bare <iframe> works as is). Once a host (pym.js or our /embed.js) sends its viewport, switch to
   * hosted mode: report our height so the host sizes the frame to the story, take the host's viewport from its
   * messages (parsed strictly, see host-messages.ts), and let the host's scroll drive the steps.
   */
  private listenForHost(id: string) {
    this.childId = id;
    const root = document.documentElement;
    let lastHeight = 0;
    const sendHeight = () => {
      const h = Math.ceil(root.scrollHeight);
      if (h !== lastHeight) {
        lastHeight = h;
        window.parent.postMessage(makeMessage(id, "height", String(h)), "*");
      }
    };
    addEventListener("message", (event) => {
      if (event.source !== window.parent) return;
      const message = parseHostMessage(event.data, id);
      if (message?.type !== "viewport") return;
      if (!this.host) {
        root.classList.add("is-hosted");
        new ResizeObserver(sendHeight).observe(document.body);
        this.trigger?.destroy();
        this.trigger = null;
      }
      this.host = message.viewport;
      // 1% of the host's viewport height, never of our own frame, whose height follows what we report.
      root.style.setProperty("--st-vh", `${(message.viewport.viewportHeight / 100).toFixed(2)}px`);
      sendHeight();
      this.followHost();
    });
    // Ask for the host's viewport a few times a second: pym.Parent without trackscroll answers only when asked.
    const ask = () => window.parent.postMessage(makeMessage(id, "parentPositionInfo", ""), "*");
    ask();
    window.setInterval(ask, 250);
  }

  private followHost() {
    const host = this.host;
    if (!host || this.hasAttribute("data-single")) return;
    // Emulated sticky: keep the graphic at the top of the host's viewport while the story passes.
    const graphic = this.querySelector<HTMLElement>(".story__graphic");
    if (graphic) {
      const storyTop = this.getBoundingClientRect().top + scrollY;
      const max = this.offsetHeight - graphic.offsetHeight;
      const y = Math.min(Math.max(0, -host.top - storyTop), Math.max(0, max));
      graphic.style.transform = `translateY(${y.toFixed(1)}px)`;
    }
    this.schedule();
  }

  private onResize = () => {
    this.trigger?.resize();
    this.keepPlace();
    this.schedule();
  };

  /**
   * Where the reader is: the active step and how far through it the trigger line is. After a resize or a
   * rotation reflows the page, scroll back to the same point of the same step instead of wherever the old
   * offset now lands.
   */
  private place: { step: HTMLElement | null; progress: number; w: number; h: number } = { step: null, progress: 0, w: 0, h: 0 };

  private keepPlace() {
    if (this.host) return; // hosted: the host's page scrolls, not ours
    const line = innerHeight * TRIGGER;
    const { step, progress, w, h } = this.place;
    if (step && (innerWidth !== w || innerHeight !== h)) {
      const r = step.getBoundingClientRect();
      scrollTo({ top: scrollY + r.top - line + progress * r.height, behavior: "instant" });
    }
    const current = this.current;
    if (current) {
      const r = current.getBoundingClientRect();
      this.place = { step: current, progress: Math.min(0.95, Math.max(0, (line - r.top) / Math.max(1, r.height))), w: innerWidth, h: innerHeight };
    }
  }

  private onHash = () => {
    const step = this.stepFromHash();
    if (step) this.apply(step, false);
  };

  /** Coalesce a burst of callbacks (a jump crosses many steps at once) into one state change per frame. */
  private schedule() {
    // While a next/previous button scrolls smoothly to its step, the steps it passes are not the reader's.
    if (!this.navigating) this.needStep = true;
    this.requestFrame();
  }

  private stepFromHash(): HTMLElement | undefined {
    const id = decodeURIComponent(location.hash.slice(1));
    return id ? this.steps.find((s) => s.id === id) : undefined;
  }

  /** The last step whose top has passed the trigger line; the first step before any has. */
  private stepAtTrigger(): HTMLElement {
    // Hosted: the trigger line is in the host's viewport, mapped into this document.
    const line = this.host ? this.host.viewportHeight * TRIGGER - this.host.top : innerHeight * TRIGGER;
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
    const labelsLeft = words(d["labelsLeft"]);
    const map = this.querySelector<HTMLElement>('[data-figure="map"]');
    if (map) {
      map.dataset["view"] = d["view"] ?? "overview";
      map.querySelectorAll<SVGElement>(".mark[data-event]").forEach((m) => setFlag(m, "data-active", events.has(m.dataset["event"] ?? "")));
      map.querySelectorAll<SVGElement>("[data-place]").forEach((m) => setFlag(m, "data-active", places.has(m.dataset["place"] ?? "")));
      // The step's labels were chosen not to collide at its camera: show them when the camera gets there (this
      // also spreads the work of a step change over the first and the last frame of the move).
      const showLabels = () =>
        map.querySelectorAll<SVGElement>("[data-label]").forEach((l) => {
          setFlag(l, "data-hidden", !labels.has(l.dataset["label"] ?? ""));
          setFlag(l, "data-left", labelsLeft.has(l.dataset["label"] ?? ""));
        });
      const [px, label] = (d["scale"] ?? "").split(",");
      map.querySelector(".map__scale-bar")?.setAttribute("width", px ?? "0");
      const scaleLabel = map.querySelector(".map__scale-label");
      if (scaleLabel) scaleLabel.textContent = label ?? "";
      const target = parseCamera(d["camera"]);
      if (target) this.moveCamera(map, target, animate && !this.reducedMotion.matches, showLabels);
      else showLabels();
    }
    this.querySelectorAll<SVGElement>('[data-figure="timeline"] [data-event]').forEach((m) =>
      setFlag(m, "data-active", events.has(m.dataset["event"] ?? "")),
    );
    // On narrow screens the timeline scrolls sideways: bring the step's first event into view (next frame, read first).
    this.reveal = events;
    this.requestFrame();
    this.querySelectorAll<HTMLElement>(".quote[data-event]").forEach((q) => setFlag(q, "data-active", events.has(q.dataset["event"] ?? "")));
    const position = this.querySelector("[data-step-position]");
    if (position) position.textContent = `Step ${this.steps.indexOf(step) + 1} of ${this.steps.length}`;
    const prev = this.querySelector<HTMLButtonElement>("[data-step-prev]");
    const next = this.querySelector<HTMLButtonElement>("[data-step-next]");
    if (prev) prev.disabled = step === this.steps[0];
    if (next) next.disabled = step === this.steps.at(-1);
    const live = this.querySelector<HTMLElement>("[data-live]");
    if (live && d["alt"] && live.textContent !== d["alt"]) live.textContent = d["alt"];
  }

  /** Where the sideways-scrolling timeline (narrow screens) should scroll to show the first of `events`. */
  private timelineScrollFor(events: Set<string>): { box: HTMLElement; left: number } | null {
    const box = this.querySelector<HTMLElement>("[data-timeline-scroll]");
    if (!box || box.scrollWidth <= box.clientWidth + 1) return null;
    const mark = [...box.querySelectorAll<SVGGElement>(".timeline__event")].find((g) => events.has(g.dataset["event"] ?? ""));
    if (!mark) return null;
    const r = mark.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    const left = box.scrollLeft + r.left - b.left - b.width / 3;
    return Math.abs(left - box.scrollLeft) < 1 ? null : { box, left };
  }

  private moveCamera(map: HTMLElement, target: Camera, animate: boolean, arrived: () => void) {
    const layers = map.querySelector<SVGGElement>(".map__layers");
    if (!layers) return arrived();
    // Labels and marks sit in the unzoomed overlay at their map point's screen position (see lib/map/camera.ts);
    // their map points never change, so they are read from the page once.
    const pins = (this.pins ??= [...map.querySelectorAll<SVGGElement>("[data-at]")].map((el) => {
      const [x, y] = (el.dataset["at"] ?? "").split(",").map(Number);
      return { el, x: x ?? 0, y: y ?? 0 };
    }));
    this.cameraTick = null;
    const set = (c: Camera) => {
      this.camera = c;
      layers.setAttribute("transform", cameraTransform(c, 2));
      for (const p of pins) p.el.setAttribute("transform", pinTransform(c, p.x, p.y));
    };
    const from = this.camera;
    // Already there (the build drew the first step's camera): nothing to move.
    if (from && from.k === target.k && from.x === target.x && from.y === target.y) return arrived();
    if (!animate || !from) {
      set(target);
      return arrived();
    }
    const zoom = interpolateZoom(cameraToView(from), cameraToView(target));
    const duration = Math.min(900, Math.max(300, zoom.duration * 0.6));
    let start = -1;
    // Runs in the write phase of each frame (onFrame) until the move is over.
    this.cameraTick = (now: number) => {
      if (start < 0) start = now;
      const t = Math.min(1, (now - start) / duration);
      const eased = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
      if (t > 0) set(t < 1 ? viewToCamera(zoom(eased)) : target);
      if (t < 1) return true;
      this.cameraTick = null;
      arrived();
      return false;
    };
    this.requestFrame();
  }
}

if (!customElements.get("story-scrolly")) customElements.define("story-scrolly", StoryScrolly);

// "Copy code" buttons of the Embed control (buttons, so they work from the keyboard).
document.addEventListener("click", (event) => {
  const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>("button[data-copy]");
  const code = button && document.getElementById(button.dataset["copy"] ?? "");
  if (!button || !code) return;
  const done = (ok: boolean) => {
    button.textContent = ok ? "Copied" : "Select and copy the code above";
    window.setTimeout(() => (button.textContent = "Copy code"), 2500);
  };
  navigator.clipboard?.writeText(code.textContent ?? "").then(() => done(true), () => done(false)) ?? done(false);
});
