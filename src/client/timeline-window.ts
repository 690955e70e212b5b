/**
 * Moves the timeline's window, as MapCamera moves the map: each mark stands at its instants' x for the window
 * (a bar stretches from start to end), in the drawing of the layout in use (the stylesheet shows it by the same
 * breakpoint; the marks, drawn in the wide one, are moved into it). A move runs one step per animation frame
 * (`tick`).
 */
import { decodeEventTime } from "../lib/codec";
import { eventBounds } from "../lib/time";
import { timeX, type Window } from "../lib/timeline/axis";
import { Motion } from "./motion";
import { setAttr } from "./write-attribute";

/** The stylesheet's breakpoint between the narrow and the wide layout. */
export const WIDE = "(min-width: 60rem)";

interface Mark {
  el: SVGGElement;
  start: number;
  end: number;
  y: { wide: number; narrow: number };
  bar: SVGRectElement | null;
  label: SVGTextElement | null;
  /** Whether the mark was last written inside the plot (its clip hides it outside). */
  seen: boolean;
}

/** How far outside the plot a mark's shape reaches from its x (a point's radius, a bar's stroke), in drawing units. */
const MARK_REACH = 12;

export class TimelineWindow {
  private window: Window;
  private readonly motion = new Motion();
  private readonly marks: Mark[];
  private readonly wide: MediaQueryList;
  private plot: [number, number] = [0, 1];
  private readonly group: SVGGElement | null;

  constructor(
    private readonly svg: SVGSVGElement,
    initial: Window,
    signal: AbortSignal,
  ) {
    this.window = initial;
    // The still copy of the first step's marks, for a reader without script: the live marks take its place.
    svg.querySelector(".timeline__ghosts")?.remove();
    this.group = svg.querySelector(".timeline__marks");
    this.marks = [...svg.querySelectorAll<SVGGElement>(".timeline__event")].map((el) => {
      const [start, end] = eventBounds(decodeEventTime((n) => el.getAttribute(n))!);
      return { el, start: start ?? end, end, y: { wide: Number(el.dataset["yWide"]), narrow: Number(el.dataset["yNarrow"]) }, bar: el.querySelector("rect"), label: el.querySelector(".timeline__label"), seen: true };
    });
    this.wide = matchMedia(WIDE);
    this.wide.addEventListener("change", () => this.useLayout(), { signal });
    this.useLayout();
  }

  get layout(): "wide" | "narrow" {
    return this.wide.matches ? "wide" : "narrow";
  }

  /** The marks into the drawing of the layout in use (its plot's extent and clip), on their rows there. */
  private useLayout() {
    const drawing = this.svg.querySelector<SVGSVGElement>(`.timeline__drawing[data-layout="${this.layout}"]`);
    const [left, right] = (drawing?.dataset["plot"] ?? "0,1").split(",").map(Number);
    this.plot = [left ?? 0, right ?? 1];
    const plot = drawing?.querySelector(".timeline__plot");
    if (this.group && plot && this.group.parentNode !== plot) {
      // Moved, a mark would lose the keyboard's focus (a tablet turned across the breakpoint): give it back.
      const focused = this.group.contains(document.activeElement) ? (document.activeElement as SVGElement) : null;
      plot.append(this.group);
      focused?.focus({ preventScroll: true });
    }
    this.set(this.window);
  }

  /**
   * Put the window at `w`. In a move's frames (`final` false) a mark outside the plot that was already outside is
   * left where it is: its clip hides it either way, and each mark written is restyled and laid out again. Once
   * there, every mark stands at its place (outside the plot too: a reader's tools may measure it).
   */
  private set(w: Window, final = true) {
    this.window = w;
    const [left, right] = this.plot;
    const l = this.layout;
    // Right to left, `left` is the plot's right end (time runs leftwards): a mark stands at its left edge.
    const rtl = left > right;
    const [lo, hi] = [Math.min(left, right), Math.max(left, right)];
    for (const m of this.marks) {
      const [xa, xb] = [timeX(m.start, w, left, right), timeX(m.end, w, left, right)];
      const x0 = Math.min(xa, xb);
      const width = Math.max(3, Math.abs(xb - xa));
      const seen = x0 + width > lo - MARK_REACH && x0 < hi + MARK_REACH;
      if (!final && !seen && !m.seen) continue;
      m.seen = seen;
      setAttr(m.el, "transform", `translate(${x0.toFixed(1)},${m.y[l]})`);
      if (m.bar) setAttr(m.bar, "width", width.toFixed(1));
      // The quiet name (hover, focus) reads from the mark into the plot, turning round near the plot's far end.
      if (m.label) {
        const after = rtl ? x0 > lo + (hi - lo) / 3 : x0 < lo + ((hi - lo) * 2) / 3;
        const toRight = rtl ? !after : after;
        setAttr(m.label, "x", toRight ? (m.bar ? (width + 6).toFixed(1) : "8") : "-8");
        // The page's direction turns "start" round (an Arabic page's start is the right end).
        setAttr(m.label, "text-anchor", toRight !== rtl ? "start" : "end");
      }
    }
  }

  /** Go to `target`, animated or at once; `arrived` runs when the window is there. True when frames are needed. */
  moveTo(target: Window, animate: boolean, arrived: () => void): boolean {
    this.motion.stop();
    const [a, b] = this.window;
    if (a === target[0] && b === target[1]) return arrived(), false;
    if (!animate) return this.set(target), arrived(), false;
    // As a zoom on (centre, span): it zooms out and back in when the windows are far apart.
    const view = ([s, e]: Window): [number, number, number] => [(s + e) / 2, 0, e - s];
    this.motion.start(view(this.window), view(target), ([c, , w], last) => this.set(last ? target : [c - w / 2, c + w / 2], last), arrived);
    return true;
  }

  tick(now: number): boolean {
    return this.motion.tick(now);
  }
}
