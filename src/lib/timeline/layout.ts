/**
 * The timeline's static drawing, per layout: a lane per party (military events in the first), each event a mark
 * on its lane's track (a dot, or a bar where only a window is known), with the band above the lanes where a
 * step's labels go and the axis below. Where a mark stands along the axis depends on the step's window, so marks
 * carry their instants and the client places them (src/client/timeline-window.ts); everything else is here.
 * Pure, sized by its arguments.
 */
import type { StoryEvent } from "../../schemas";
import type { LayoutName } from "../map/frame";
import { eventBounds, isRanged, shortLabel } from "../time";
import { AXIS_ZONE } from "../zones";
import { textWidth } from "../text-width";
import type { Lang } from "../i18n";
import { STRINGS } from "../strings";

/**
 * The axis under the lanes: each tick's clock, then its day, baselines in font sizes below the lanes. Arabic takes
 * more lead between the two (its letters' marks reach further up), still inside the drawing's height.
 */
export const axisRows = (rtl: boolean | undefined) => ({ time: 1.15, day: rtl ? 2.6 : 2.35 });

export interface TimelineSpec {
  name: LayoutName;
  width: number;
  /** Font size of labels and the axis, in drawing units (1 unit ≈ 1 screen px: the wide layout at 1440 px, the
   * narrow one on a 390 px phone less the panel's padding); lane names and times have their own, none under 12. */
  font: number;
  laneFont: number;
  timeFont: number;
  /** Height of one row of the label band, and how many rows it has. */
  rowHeight: number;
  bandRows: number;
  laneHeight: number;
  /** Lane names in a gutter left of the tracks (wide), or above each track (narrow). */
  laneNames: "gutter" | "above";
}

export const TIMELINE_LAYOUTS: Record<LayoutName, TimelineSpec> = {
  wide: { name: "wide", width: 900, font: 13.5, laneFont: 13, timeFont: 12.95, rowHeight: 19, bandRows: 4, laneHeight: 18, laneNames: "gutter" },
  narrow: { name: "narrow", width: 374, font: 13, laneFont: 13, timeFont: 12.4, rowHeight: 19, bandRows: 4, laneHeight: 32, laneNames: "above" },
};

export const MILITARY_KINDS: readonly StoryEvent["kind"][] = ["strike", "attack", "counter-fire"];
export const isMilitary = (e: Pick<StoryEvent, "kind">) => MILITARY_KINDS.includes(e.kind);
const MILITARY_LANE = "Strikes and fire";

/** A lane: military events in one, then statements and claims by each party. */
export function laneOf(e: Pick<StoryEvent, "kind" | "party">): string {
  return isMilitary(e) ? MILITARY_LANE : (e.party ?? "Others");
}

export interface TimelineMark {
  id: string;
  lane: string;
  /** Instants (ms) of the mark's start and end; start is null for a "by" time (a bound, drawn as its end). */
  start: number | null;
  end: number;
  ranged: boolean;
  /** The track's centre line, y. */
  y: number;
  /** The quiet name shown on hover and focus: label and time. */
  label: string;
  time: string;
}

export interface TimelineDrawing {
  /** Mirrored for a right-to-left language: time runs from right to left (mirror.ts). */
  rtl?: boolean;
  spec: TimelineSpec;
  height: number;
  plotLeft: number;
  plotRight: number;
  bandTop: number;
  laneTop: number;
  laneBottom: number;
  lanes: { name: string; top: number; nameX: number; nameY: number; anchor: "start" | "end" }[];
  marks: TimelineMark[];
}

const MAX_TRACKS = 3;
/** A bar's thickness, and the distance between the tracks of a lane: bars on neighbouring tracks do not touch. */
export const BAR_HEIGHT = 5;
/** A dot's radius (an event at one moment). */
export const DOT_RADIUS = 4.5;
export const TRACK_GAP = 6;
/** How long a dot counts for when deciding which marks of a lane would touch. */
const POINT_MS = 45 * 60_000;

export function drawTimeline(events: readonly StoryEvent[], layout: LayoutName, lang: Lang = "en"): TimelineDrawing {
  const spec = TIMELINE_LAYOUTS[layout];
  const sorted = [...events].sort((a, b) => (eventBounds(a)[0] ?? eventBounds(a)[1]) - (eventBounds(b)[0] ?? eventBounds(b)[1]) || a.id.localeCompare(b.id));
  const laneNames = [...new Set(sorted.map(laneOf))].sort((a, b) => (a === MILITARY_LANE ? -1 : b === MILITARY_LANE ? 1 : 0));
  const laneFont = spec.laneFont;
  const shown = (name: string) => STRINGS[lang].lanes[name] ?? name;
  const gutter = spec.laneNames === "gutter" ? Math.ceil(Math.max(...laneNames.map((n) => textWidth(shown(n), laneFont, "bold"))) + 16) : 10;
  const plotLeft = gutter;
  const plotRight = spec.width - 10;
  const bandTop = 4;
  const laneTop = bandTop + spec.bandRows * spec.rowHeight + 6;
  const lanes = laneNames.map((name, i) => {
    const top = laneTop + i * spec.laneHeight;
    return spec.laneNames === "gutter"
      ? { name: shown(name), top, nameX: plotLeft - 10, nameY: top + spec.laneHeight / 2 + laneFont * 0.35, anchor: "end" as const }
      : { name: shown(name), top, nameX: plotLeft, nameY: top + laneFont * 0.85, anchor: "start" as const };
  });
  const trackY = (lane: number) => (spec.laneNames === "gutter" ? lanes[lane]!.top + spec.laneHeight / 2 : lanes[lane]!.top + spec.laneHeight - 8.5);
  const marks: TimelineMark[] = [];
  laneNames.forEach((name, li) => {
    const ends: number[] = [];
    for (const e of sorted.filter((ev) => laneOf(ev) === name)) {
      const [a, b] = eventBounds(e);
      const [s, t] = [(a ?? b) - (isRanged(e) ? 0 : POINT_MS), b + (isRanged(e) ? 0 : POINT_MS)];
      let track = ends.findIndex((end) => end <= s);
      if (track === -1) track = ends.length < MAX_TRACKS ? ends.length : marks.length % MAX_TRACKS;
      ends[track] = Math.max(ends[track] ?? -Infinity, t);
      marks.push({ id: e.id, lane: name, start: a, end: b, ranged: isRanged(e), y: 0, label: e.label, time: shortLabel(e, e.zone, lang, AXIS_ZONE), track } as TimelineMark & { track: number });
    }
    const inLane = marks.filter((m) => m.lane === name) as (TimelineMark & { track: number })[];
    const tracks = Math.max(1, ...inLane.map((m) => m.track + 1));
    for (const m of inLane) m.y = Math.round((trackY(li) + (m.track - (tracks - 1) / 2) * TRACK_GAP) * 10) / 10;
  });
  const laneBottom = laneTop + laneNames.length * spec.laneHeight;
  return {
    spec,
    height: Math.ceil(laneBottom + 2.6 * spec.font + 8),
    plotLeft,
    plotRight,
    bandTop,
    laneTop,
    laneBottom,
    lanes,
    marks: marks.map(({ id, lane, start, end, ranged, y, label, time }) => ({ id, lane, start, end, ranged, y, label, time })),
  };
}
