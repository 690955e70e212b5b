import { utcHour } from "d3-time";
import type { StoryEvent } from "../../schemas";
import { describeInterval, eventBounds, eventInstant, formatInZone, intervalBetween, isRanged, shortLabel } from "../time";
import { WASHINGTON } from "../zones";
import { brokenTimeScale, type AxisSegment } from "./scale";

/** Width of the drawing; the height follows from the number of rows. */
export const TIMELINE_WIDTH = 800;
const MARGIN = { left: 118, right: 18, top: 44, bottom: 30 };
const ROW = 15;
const LANE_GAP = 6;
/** Room a label needs after its mark before the next mark in the same row, px. */
const LABEL_ROOM = 74;

export const MILITARY_KINDS: readonly StoryEvent["kind"][] = ["strike", "attack", "counter-fire"];
export const isMilitary = (e: Pick<StoryEvent, "kind">) => MILITARY_KINDS.includes(e.kind);

/** A lane: military events in one, then statements and claims by each party, in order of first appearance. */
export function laneOf(e: Pick<StoryEvent, "kind" | "party">): string {
  return isMilitary(e) ? "Strikes and fire" : (e.party ?? "Others");
}

/** A time label for each zone the reader can choose (the reader's own is computed in the browser). */
export interface ZoneLabels {
  local: string;
  utc: string;
  washington: string;
}

export interface PlacedEvent {
  id: string;
  lane: string;
  x0: number;
  x1: number;
  y: number;
  ranged: boolean;
  labels: ZoneLabels;
  /** Where the label goes: after the mark, or before it when that would run off the right edge. */
  labelX: number;
  labelAnchor: "start" | "end";
  /** ISO instant of the best time, and the event's local zone (for the reader's-zone label in the browser). */
  iso: string;
  zone: string;
}

export interface TimelineLayout {
  width: number;
  height: number;
  placed: PlacedEvent[];
  lanes: { name: string; y: number; height: number }[];
  ticks: { x: number; iso: string; labels: ZoneLabels & { localDay: string; utcDay: string; washingtonDay: string } }[];
  x: (d: Date) => number;
  /** Where the axis is broken (a stretch of weeks left out), px. */
  breaks: { x0: number; x1: number }[];
}
export type { AxisSegment };


/** Lay out events on a UTC time scale: pure, sized by its arguments. */
export function layoutTimeline(events: readonly StoryEvent[], width = TIMELINE_WIDTH, axisZone = "Asia/Damascus"): TimelineLayout {
  const bounds = events.flatMap((e) => eventBounds(e).filter((t): t is number => t !== null));
  const { segments, x } = brokenTimeScale(bounds, [MARGIN.left, width - MARGIN.right]);
  const sorted = [...events].sort((a, b) => eventInstant(a).getTime() - eventInstant(b).getTime() || a.id.localeCompare(b.id));
  const laneNames = [...new Set(sorted.map(laneOf))].sort((a, b) => (a === "Strikes and fire" ? -1 : b === "Strikes and fire" ? 1 : 0));

  const placed: PlacedEvent[] = [];
  const lanes: TimelineLayout["lanes"] = [];
  let y = MARGIN.top;
  for (const name of laneNames) {
    const rowEnds: number[] = [];
    const inLane = sorted.filter((e) => laneOf(e) === name);
    const rowsOf = inLane.map((e) => {
      const [a, b] = eventBounds(e);
      const x0 = x(new Date(a ?? b));
      const x1 = x(new Date(b));
      // The label follows the mark (after the bar for a window), or precedes it near the right edge; the row
      // is taken from where the mark and its label start to where they end.
      const fits = Math.max(x0, x1) + 7 + LABEL_ROOM - 8 <= width;
      const start = fits ? x0 : x0 - LABEL_ROOM;
      const end = fits ? Math.max(x0, x1) + LABEL_ROOM : Math.max(x0, x1) + 6;
      let row = rowEnds.findIndex((e) => e <= start);
      if (row === -1) row = rowEnds.length;
      rowEnds[row] = end;
      return { e, x0, x1, row, fits };
    });
    const rows = Math.max(1, rowEnds.length);
    lanes.push({ name, y, height: rows * ROW });
    for (const { e, x0, x1, row, fits } of rowsOf) {
      const after = Math.max(x0, x1) + 7;
      placed.push({
        id: e.id,
        lane: name,
        x0,
        x1,
        labelX: fits ? after : x0 - 7,
        labelAnchor: fits ? "start" : "end",
        y: y + row * ROW + ROW / 2,
        ranged: isRanged(e),
        labels: { local: shortLabel(e, e.zone), utc: shortLabel(e, "UTC"), washington: shortLabel(e, WASHINGTON) },
        iso: eventInstant(e).toISOString(),
        zone: e.zone,
      });
    }
    y += rows * ROW + LANE_GAP;
  }
  const height = Math.ceil(y + MARGIN.bottom);
  const ticks = segments.flatMap((seg) => seg.scale.ticks(utcHour.every(seg.range[1] - seg.range[0] > 200 ? 6 : 12)!)).map((t) => {
    const local = formatInZone(t, axisZone);
    const utc = formatInZone(t, "UTC");
    const wa = formatInZone(t, WASHINGTON);
    return {
      x: x(t),
      iso: t.toISOString(),
      labels: { local: local.clock, utc: utc.clock, washington: wa.clock, localDay: local.day, utcDay: utc.day, washingtonDay: wa.day },
    };
  });
  const breaks = segments.slice(1).map((s, i) => ({ x0: segments[i]!.range[1], x1: s.range[0] }));
  return { width, height, placed, lanes, ticks, x, breaks };
}

/** The bracket from one event to another, labelled with the computed interval and its range. */
export function gapBracket(from: StoryEvent, to: StoryEvent, x: (d: Date) => number) {
  const d = describeInterval(intervalBetween(from, to));
  return { x0: x(eventInstant(from)), x1: x(eventInstant(to)), text: d.text, short: d.short, range: d.range };
}
