import { scaleUtc } from "d3-scale";
import { utcHour } from "d3-time";
import type { StoryEvent } from "../../schemas";
import { describeInterval, eventBounds, formatInZone, intervalBetween } from "../time";

export const TIMELINE_SIZE = { width: 800, height: 230 };
const MARGIN = { left: 16, right: 16, top: 40, bottom: 34 };

export type Lane = "military" | "statements";
export const LANE_LABELS: Record<Lane, string> = { military: "Strikes and fire", statements: "Statements and claims" };
export const laneOf = (e: Pick<StoryEvent, "kind">): Lane => (["strike", "attack", "counter-fire"].includes(e.kind) ? "military" : "statements");

export interface PlacedEvent {
  id: string;
  lane: Lane;
  x0: number;
  x1: number;
  y: number;
  ranged: boolean;
  labelLocal: { clock: string; day: string; zone: string; iso: string };
  labelUtc: { clock: string; day: string; iso: string };
}

/** Lay out events on a UTC time scale: pure, sized by its arguments. */
export function layoutTimeline(events: readonly StoryEvent[], size = TIMELINE_SIZE) {
  const bounds = events.flatMap((e) => eventBounds(e));
  const min = Math.min(...bounds.map((d) => d.getTime()));
  const max = Math.max(...bounds.map((d) => d.getTime()));
  const x = scaleUtc()
    .domain([utcHour.floor(new Date(min - 3_600_000)), utcHour.ceil(new Date(max + 3_600_000))])
    .range([MARGIN.left, size.width - MARGIN.right]);
  const laneY: Record<Lane, number> = { military: MARGIN.top + 40, statements: MARGIN.top + 110 };
  // Within a lane, stagger events whose labels would collide into up to three rows.
  const rows: Record<Lane, number[]> = { military: [], statements: [] };
  const placed: PlacedEvent[] = [...events]
    .sort((a, b) => Date.parse(a.time) - Date.parse(b.time))
    .map((e) => {
      const [a, b] = eventBounds(e);
      const lane = laneOf(e);
      const x0 = Math.round(x(a) * 10) / 10;
      const x1 = Math.round(x(b) * 10) / 10;
      let row = rows[lane].findIndex((end) => end < x0 - 4);
      if (row === -1) row = rows[lane].length < 3 ? rows[lane].length : rows[lane].indexOf(Math.min(...rows[lane]));
      rows[lane][row] = Math.max(x1, x0 + 46);
      const local = formatInZone(e.time, e.zone);
      const utc = formatInZone(e.time, "UTC");
      return {
        id: e.id,
        lane,
        x0,
        x1,
        y: laneY[lane] + row * 22,
        ranged: e.timeRange !== undefined,
        labelLocal: local,
        labelUtc: { clock: utc.clock, day: utc.day, iso: utc.iso },
      };
    });
  const ticks = x.ticks(utcHour.every(6)!).map((t) => ({ x: Math.round(x(t) * 10) / 10, utc: formatInZone(t, "UTC") }));
  return { x, placed, ticks, laneY, size };
}

/** The bracket from one event to another, labelled with the computed interval. */
export function gapBracket(from: StoryEvent, to: StoryEvent, x: (d: Date) => number) {
  const d = describeInterval(intervalBetween(from, to));
  return { x0: Math.round(x(new Date(from.time)) * 10) / 10, x1: Math.round(x(new Date(to.time)) * 10) / 10, text: d.text, short: d.short, range: d.range };
}
