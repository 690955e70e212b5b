/**
 * The time a step's timeline shows, as the map's camera frames its space: a window fitted to the step's events
 * (or given by the step's `span`), and the ticks that window's axis carries. Pure.
 */
import { utcDay, utcHour, utcMonth, type TimeInterval } from "d3-time";
import type { StoryEvent } from "../../schemas";
import type { Lang } from "../i18n";
import { eventBounds, eventsDateSpan, zoneOffsetMinutes } from "../time";

import type { Window } from "./axis";
export type { Window } from "./axis";

const HOUR = 3_600_000;
/** The narrowest window shown, so a single moment sits in some context. */
const MIN_SPAN = 4 * HOUR;
/** Room left on each side of a step's events, as a share of their span. */
const PAD = 0.14;

/** The instants an event spans (a point is one instant; a "by" time its bound). */
const extent = (e: Pick<StoryEvent, "time" | "timeIs" | "timeRange">) => eventBounds(e).filter((t): t is number => t !== null);

/** A window around the given events: their extent, widened to MIN_SPAN and padded. */
export function fitWindow(events: readonly Pick<StoryEvent, "time" | "timeIs" | "timeRange">[]): Window {
  const ts = events.flatMap(extent);
  let [a, b] = [Math.min(...ts), Math.max(...ts)];
  if (b - a < MIN_SPAN) [a, b] = [(a + b) / 2 - MIN_SPAN / 2, (a + b) / 2 + MIN_SPAN / 2];
  const pad = (b - a) * PAD;
  return [Math.round(a - pad), Math.round(b + pad)];
}

/**
 * The story's main stretch: the largest group of events with no gap over three days between them (the night of
 * the strikes and what followed, not February's context). What a step without events shows.
 */
export function mainWindow(events: readonly Pick<StoryEvent, "time" | "timeIs" | "timeRange">[]): Window {
  const sorted = [...events].sort((x, y) => Math.min(...extent(x)) - Math.min(...extent(y)));
  const groups: (typeof sorted)[] = [];
  let end = -Infinity;
  for (const e of sorted) {
    const [s, t] = [Math.min(...extent(e)), Math.max(...extent(e))];
    if (s - end > 3 * 24 * HOUR) groups.push([]);
    groups.at(-1)!.push(e);
    end = Math.max(end, t);
  }
  return fitWindow(groups.reduce((a, g) => (g.length > a.length ? g : a)));
}

/**
 * The dates the timeline's title names for a window: the story's main stretch ("28–30 June 2021"), or, for a
 * window outside it (February's context), the dates of the events in that window, so the title never names days
 * the axis does not show.
 */
export function windowDates(events: readonly Pick<StoryEvent, "time" | "timeIs" | "timeRange">[], w: Window, zone: string, lang: Lang): string {
  const main = mainWindow(events);
  const within = (v: Window) => events.filter((e) => extent(e).some((t) => t >= v[0] && t <= v[1]));
  const own = w[1] < main[0] || w[0] > main[1] ? within(w) : [];
  return eventsDateSpan(own.length ? own : within(main), zone, lang);
}

const INTERVALS: [TimeInterval, number][] = [
  [utcHour.every(1)!, HOUR],
  [utcHour.every(2)!, 2 * HOUR],
  [utcHour.every(3)!, 3 * HOUR],
  [utcHour.every(6)!, 6 * HOUR],
  [utcHour.every(12)!, 12 * HOUR],
  [utcDay, 24 * HOUR],
  [utcDay.every(2)!, 48 * HOUR],
  [utcDay.every(7)!, 7 * 24 * HOUR],
  [utcMonth, 30 * 24 * HOUR],
];

/**
 * Tick instants for a window drawn `widthPx` wide: round hours (or days) in `zone`, at least `minGapPx` apart.
 * `daily` is true when the ticks are whole days (the axis then writes days, not clocks).
 */
export function windowTicks([start, end]: Window, widthPx: number, zone: string, minGapPx = 64): { ticks: number[]; daily: boolean } {
  const perPx = (end - start) / widthPx;
  const [interval, ms] = INTERVALS.find(([, ms], i) => ms / perPx >= (i >= 5 ? 1.45 : 1) * minGapPx) ?? INTERVALS.at(-1)!;
  // Aligned to the zone's round hours: shift into the zone, take the UTC interval, shift back.
  const offset = zoneOffsetMinutes(zone, new Date(start)) * 60_000;
  const ticks = interval.range(new Date(start + offset), new Date(end + offset + 1)).map((d) => d.getTime() - offset);
  return { ticks: ticks.filter((t) => t >= start && t <= end), daily: ms >= 24 * HOUR };
}
