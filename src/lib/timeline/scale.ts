import { scaleUtc, type ScaleTime } from "d3-scale";
import { utcHour } from "d3-time";

/** A stretch of time drawn on the axis, between breaks. */
export interface AxisSegment {
  domain: [Date, Date];
  range: [number, number];
  scale: ScaleTime<number, number>;
}

/** Two stretches of time further apart than this are drawn apart, with a break between them. */
export const BREAK_AFTER_MS = 3 * 24 * 3_600_000;
/** Width of a segment that holds only context (an event weeks before the story), px. */
const CONTEXT_WIDTH = 96;
/** Space between two segments, where the break is drawn, px. */
export const BREAK_GAP = 22;

/**
 * A time scale with breaks: the instants are grouped into stretches (a gap over BREAK_AFTER_MS starts a new one),
 * each padded and given its own part of [x0, x1]; the largest stretch takes what the others leave. So an event
 * four months earlier sits beside the night of the strikes without squeezing it. Pure.
 */
export function brokenTimeScale(instants: readonly number[], [x0, x1]: [number, number], pad = { before: 2 * 3_600_000, after: 3_600_000 }) {
  const sorted = [...instants].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const t of sorted) {
    const last = groups.at(-1);
    if (last && t - last.at(-1)! <= BREAK_AFTER_MS) last.push(t);
    else groups.push([t]);
  }
  const spans = groups.map((g) => [utcHour.floor(new Date(g[0]! - pad.before)), utcHour.ceil(new Date(g.at(-1)! + pad.after))] as [Date, Date]);
  const main = spans.reduce((best, s, i) => (+s[1] - +s[0] > +spans[best]![1] - +spans[best]![0] ? i : best), 0);
  const room = x1 - x0 - (spans.length - 1) * BREAK_GAP - (spans.length - 1) * CONTEXT_WIDTH;
  let at = x0;
  const segments: AxisSegment[] = spans.map((domain, i) => {
    const width = i === main ? room : CONTEXT_WIDTH;
    const range: [number, number] = [at, at + width];
    at += width + BREAK_GAP;
    return { domain, range, scale: scaleUtc().domain(domain).range(range) };
  });
  const segmentOf = (d: Date) => segments.find((s) => d <= s.domain[1]) ?? segments.at(-1)!;
  const x = (d: Date) => Math.round(segmentOf(d).scale(d) * 10) / 10;
  return { segments, x };
}
