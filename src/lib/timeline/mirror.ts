/**
 * A right-to-left timeline: the left-to-right drawing and its notes mirrored across the drawing's width, so that
 * time runs from right to left, lane names stand on the right and every label reads from its mark leftwards.
 * Anchors keep their left-to-right meaning (a "start" text runs rightwards from x), as the boxes were placed;
 * components writing into a right-to-left page turn them into the page's (src/lib/i18n.ts, svgAnchor). Pure.
 */
import { timeX, type Window } from "./axis";
import type { TimelineAnnotation } from "./annotate";
import type { TimelineDrawing } from "./layout";

type Anchor = "start" | "middle" | "end";
const flip = (a: Anchor): Anchor => (a === "start" ? "end" : a === "end" ? "start" : "middle");
const r1 = (v: number) => Math.round(v * 10) / 10;

export function mirrorDrawing(d: TimelineDrawing): TimelineDrawing {
  const w = d.spec.width;
  return {
    ...d,
    rtl: true,
    plotLeft: w - d.plotRight,
    plotRight: w - d.plotLeft,
    lanes: d.lanes.map((l) => ({ ...l, nameX: r1(w - l.nameX), anchor: flip(l.anchor) as "start" | "end" })),
  };
}

export function mirrorNote(n: TimelineAnnotation, width: number): TimelineAnnotation {
  const m = (x: number) => r1(width - x);
  return {
    ...n,
    ticks: n.ticks.map((t) => ({ ...t, x: m(t.x), anchor: flip(t.anchor) })),
    // A label and its time: the label's box stays right of the time's, mirrored: text starts become ends.
    labels: n.labels.map((l) => ({
      ...l,
      label: { ...l.label, x: m(l.label.x), anchor: "end" as const },
      time: l.time ? { ...l.time, x: m(l.time.x), anchor: "end" as const } : null,
      leader: [m(l.leader[0]), l.leader[1], l.leader[2]],
    })),
    bracket: n.bracket ? { ...n.bracket, x: m(n.bracket.x), path: n.bracket.path.replace(/([MH])(-?[\d.]+)/g, (_, c: string, x: string) => `${c}${m(Number(x))}`) } : null,
  };
}

/** The x of an instant on a drawing, left to right or mirrored. */
export const markX = (d: TimelineDrawing, t: number, w: Window) => (d.rtl ? timeX(t, w, d.plotRight, d.plotLeft) : timeX(t, w, d.plotLeft, d.plotRight));
