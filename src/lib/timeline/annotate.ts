/**
 * What the timeline writes at one step, in one layout: each of the step's events named in the band above the
 * lanes (its label, then its time), joined to its mark by a leader; the bracket between the story's two events
 * when the step is about them; and the axis ticks of the step's window. Decided at build time so that no two
 * texts overlap and none leaves the drawing. Pure.
 */
import type { StoryEvent } from "../../schemas";
import { box, Occupancy, overlaps, textBox, within, type Box } from "../placement";
import { textWidth } from "../text-width";
import { describeInterval, eventBounds, formatInZone, intervalBetween, shortLabel, type Timed } from "../time";
import { saidPrefix, widestTime } from "../map/annotate";
import { AXIS_ZONE } from "../zones";
import type { Lang } from "../i18n";
import { tickDayTexts, timeX, type Window } from "./axis";
import type { TimelineDrawing } from "./layout";
import { windowTicks } from "./window";

export interface TimelineLabel {
  event: string;
  /** The name; its text runs from x rightwards, or leftwards ("end") in a mirrored, right-to-left timeline. */
  label: { x: number; y: number; text: string; anchor?: "start" | "end" };
  /** The event's time after its name, where the line has room for it (the table and the map give it too);
   *  `said` before it for something said (map/annotate.ts, saidPrefix). */
  time: { x: number; y: number; said: string; text: string; timed: Timed & { zone: string }; anchor?: "start" | "end" } | null;
  leader: [x: number, y1: number, y2: number];
}

export interface TimelineTick {
  t: number;
  x: number;
  anchor: "start" | "middle" | "end";
  time: string;
  day: string;
}

export interface TimelineAnnotation {
  labels: TimelineLabel[];
  ticks: TimelineTick[];
  /** Whole days on the axis (the ticks write days, not clocks). */
  daily: boolean;
  bracket: { path: string; x: number; y: number; short: string; range: string | null } | null;
}



export function annotateTimeline(
  drawing: TimelineDrawing,
  events: readonly StoryEvent[],
  window: Window,
  gap: { from: StoryEvent; to: StoryEvent } | null,
  lang: Lang = "en",
): TimelineAnnotation {
  const { spec, plotLeft, plotRight } = drawing;
  const font = spec.font;
  const x = (t: number) => timeX(t, window, plotLeft, plotRight);
  const taken = new Occupancy(box(2, drawing.bandTop - 2, spec.width - 2, drawing.laneTop), 2);
  const rowBaseline = (row: number) => drawing.bandTop + (spec.bandRows - row) * spec.rowHeight - spec.rowHeight * 0.3;
  const rowBox = (row: number, x0: number, w: number) => textBox(x0, rowBaseline(row), w, font, "start");

  let bracket: TimelineAnnotation["bracket"] = null;
  if (gap) {
    const d = describeInterval(intervalBetween(gap.from, gap.to), lang);
    const [x0, x1] = [x(eventBounds(gap.from)[0] ?? eventBounds(gap.from)[1]), x(eventBounds(gap.to)[0] ?? eventBounds(gap.to)[1])];
    // The range in brackets where the plot is wide enough for it (the table and the prose always give it).
    const full = d.range ? `${d.short} (${d.range})` : d.short;
    const range = d.range && textWidth(full, font, "bold") <= plotRight - plotLeft - 8 ? d.range : null;
    const w = textWidth(range ? full : d.short, font, "bold");
    const row = spec.bandRows - 1;
    const cx = Math.min(Math.max((x0 + x1) / 2, plotLeft + w / 2), plotRight - w / 2);
    const y = rowBaseline(row);
    const lineY = y + font * 0.45;
    taken.add(textBox(cx, y, w, font, "middle"), box(x0, lineY - 1, x1, lineY + 1));
    bracket = { path: `M${x0},${drawing.laneTop - 3}V${lineY}H${x1}V${drawing.laneTop - 3}`, x: r1(cx), y: r1(y), short: d.short, range };
  }

  const items = events.map((e) => {
    const mark = drawing.marks.find((m) => m.id === e.id)!;
    return { e, mark, ax: Math.min(Math.max(x(mark.start ?? mark.end), plotLeft), plotRight) };
  });
  // Rightmost first takes the lowest row, so the leaders of the marks to its left pass clear of it; if that
  // leaves one without room, the other order.
  const band: Band = { font, timeFont: spec.timeFont, lang, rows: spec.bandRows, taken, rowBaseline, rowBox };
  const labels = placeLabels([...items].sort((a, b) => b.ax - a.ax), band) ?? placeLabels([...items].sort((a, b) => a.ax - b.ax), band);
  if (!labels) throw new Error(`timeline (${spec.name}): no room in the label band for ${events.map((e) => `"${e.label}"`).join(", ")}; set the step's span`);

  const { ticks: instants, daily } = windowTicks(window, plotRight - plotLeft, AXIS_ZONE);
  const xs = instants.map(x);
  const days = tickDayTexts(
    instants.map((t) => formatInZone(new Date(t), AXIS_ZONE, lang).day),
    xs,
    font,
  );
  const ticks = instants.map((t, i): TimelineTick => {
    const f = formatInZone(new Date(t), AXIS_ZONE, lang);
    // Anchored so that the wider of its two lines (the clock, or the day under it) stays in the drawing.
    const half = Math.max(textWidth(daily ? f.day : f.clock, font), daily ? 0 : textWidth(days[i]!, font, "bold")) / 2;
    const anchor = xs[i]! - half < 2 ? "start" : xs[i]! + half > spec.width - 2 ? "end" : "middle";
    return { t, x: xs[i]!, anchor, time: daily ? f.day : f.clock, day: daily ? "" : days[i]! };
  });
  return { labels, ticks, daily, bracket };
}

type Item = { e: StoryEvent; mark: { y: number }; ax: number };
/** The label band: its rows, what already sits in it (the bracket), where a row's text goes. */
interface Band {
  lang: Lang;
  font: number;
  timeFont: number;
  rows: number;
  taken: Occupancy;
  rowBaseline: (row: number) => number;
  rowBox: (row: number, x0: number, w: number) => Box;
}

/**
 * Each item's name in the band, or null when they cannot all have room: searched depth-first, so an early name
 * gives up its time (or moves) when that is what lets a later one fit.
 */
function placeLabels(items: Item[], { lang, font, timeFont, rows, taken: base, rowBaseline, rowBox }: Band): TimelineLabel[] | null {
  const region = base.region;
  /** `time`: where the time is written (its start and row), or null for the name alone. */
  type Choice = { row: number; x0: number; time: { x: number; row: number } | null; box: Box; leader: Box };
  const options = items.map(({ e, mark, ax }) => {
    const labelW = textWidth(e.label, font, "bold");
    const timeW = textWidth(widestTime(e, lang), timeFont);
    const leader = (row: number) => box(ax - 1, rowBaseline(row) + font * 0.3, ax + 1, mark.y - 5);
    const starts = (w: number) => [ax + 4, ax - 4 - w, Math.min(Math.max(ax - w / 2, region.x0), region.x1 - w)];
    const rowsFrom = (first: number) => Array.from({ length: rows - first }, (_, i) => first + i);
    // The name and its time on one line, starting just right of the mark's line, ending just left of it (leaving
    // the line clear for a leader from above), or over it.
    const oneLine = rowsFrom(0).flatMap((row) =>
      starts(labelW + 8 + timeW).map((x0): Choice => ({ row, x0, time: { x: x0 + labelW + 8, row }, box: rowBox(row, x0, labelW + 8 + timeW), leader: leader(row) })),
    );
    // Where that is too wide: the time on the row under the name, beside the leader, or over it (the leader then
    // starts under the time); else the name alone.
    const under = Math.min(Math.max(ax - timeW / 2, region.x0), region.x1 - timeW);
    const twoLines = rowsFrom(1).flatMap((row) =>
      starts(labelW).flatMap((x0) =>
        [ax + 4, ax - 4 - timeW, under].map((tx): Choice => {
          const [a, b] = [rowBox(row, x0, labelW), rowBox(row - 1, tx, timeW)];
          return { row, x0, time: { x: tx, row: row - 1 }, box: box(Math.min(a.x0, b.x0), a.y0, Math.max(a.x1, b.x1), b.y1), leader: leader(tx === under ? row - 1 : row) };
        }),
      ),
    );
    const alone = rowsFrom(0).flatMap((row) => starts(labelW).map((x0): Choice => ({ row, x0, time: null, box: rowBox(row, x0, labelW), leader: leader(row) })));
    return [...oneLine, ...twoLines, ...alone].filter((c) => within(c.box, region) && !base.boxes.some((b) => overlaps(c.box, b, base.margin)));
  });
  const chosen: Choice[] = [];
  const fits = (c: Choice) =>
    chosen.every((o) => !overlaps(c.box, o.box, base.margin) && !overlaps(c.leader, o.box) && !overlaps(o.leader, c.box));
  const search = (i: number): boolean => {
    if (i === items.length) return true;
    for (const c of options[i]!) {
      if (!fits(c)) continue;
      chosen.push(c);
      if (search(i + 1)) return true;
      chosen.pop();
    }
    return false;
  };
  if (!search(0)) return null;
  return items.map(({ e, ax }, i) => {
    const c = chosen[i]!;
    const y = r1(rowBaseline(c.row));
    return {
      event: e.id,
      label: { x: r1(c.x0), y, text: e.label },
      time: c.time ? { x: r1(c.time.x), y: r1(rowBaseline(c.time.row)), said: saidPrefix(e, lang), text: shortLabel(e, e.zone, lang, AXIS_ZONE), timed: timedOf(e) } : null,
      leader: [r1(ax), r1(c.leader.y0), r1(c.leader.y1)],
    };
  });
}

const timedOf = (e: StoryEvent): Timed & { zone: string } => ({ zone: e.zone, ...(e.time ? { time: e.time } : {}), ...(e.timeIs ? { timeIs: e.timeIs } : {}), ...(e.timeRange ? { timeRange: e.timeRange } : {}) });

function r1(v: number) {
  return Math.round(v * 10) / 10;
}
