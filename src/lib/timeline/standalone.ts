/**
 * A step's timeline as one standalone SVG group, like the map's (map/standalone.ts): inline colours, no classes,
 * the same drawing, window and notes as the live figure, so it can be rasterised or shown without the page's CSS.
 * Pure.
 */
import type { StepFigures } from "../figures";
import type { StoryModel } from "../model";
import type { Palette } from "../palette";
import { svgText } from "../map/standalone";
import { markX } from "./mirror";
import type { LayoutName } from "../map/frame";
import { axisRows, BAR_HEIGHT, DOT_RADIUS, type TimelineDrawing } from "./layout";

/** The timeline of one step in a layout, `drawing.spec.width` × `drawing.height` units. */
export function standaloneTimeline(model: StoryModel, drawing: TimelineDrawing, step: StepFigures, layout: LayoutName, c: Palette): string {
  const d = drawing;
  const note = step.timeline[layout];
  const font = d.spec.font;
  const active = new Set(step.state.events);
  const x = (t: number) => markX(d, t, step.state.window);
  const [ruleFrom, ruleTo] = d.spec.laneNames === "gutter" ? (d.rtl ? [d.plotLeft, d.spec.width - 4] : [4, d.plotRight]) : [d.plotLeft, d.plotRight];
  const text = (tx: number, ty: number, size: number, fill: string, body: string, extra = "") =>
    svgText(`x="${tx}" y="${ty}" font-size="${size}" fill="${fill}"${extra}`, body, model.lang);
  const lanes = [
    ...d.lanes.map((lane) => `<line x1="${ruleFrom}" x2="${ruleTo}" y1="${lane.top}" y2="${lane.top + 0.01}" stroke="${c.rule}"/>`),
    `<line x1="${ruleFrom}" x2="${ruleTo}" y1="${d.laneBottom}" y2="${d.laneBottom + 0.01}" stroke="${c.rule}"/>`,
  ];
  // The names last, with a halo, as on the page (TimelineFigure).
  const names = d.lanes.map((lane) =>
    text(lane.nameX, lane.nameY, d.spec.laneFont, c.muted, lane.name, ` text-anchor="${lane.anchor}" font-weight="600" paint-order="stroke" stroke="${c.bg}" stroke-width="4" stroke-linejoin="round"`),
  );
  const ticks = note.ticks.flatMap((t) => [
    `<line x1="${t.x}" x2="${t.x + 0.01}" y1="${d.laneTop}" y2="${d.laneBottom + 3}" stroke="${c.rule}"/>`,
    text(t.x, d.laneBottom + font * axisRows(d.rtl).time, font, c.muted, t.time, ` text-anchor="${t.anchor}"`),
    text(t.x, d.laneBottom + font * axisRows(d.rtl).day, font, c.muted, t.day, ` text-anchor="${t.anchor}" font-weight="600"`),
  ]);
  // The marks inside the plot only (the live figure clips them there).
  const marks = d.marks.flatMap((m) => {
    const e = model.eventById.get(m.id)!;
    const [xa, xb] = [x(m.start ?? m.end), x(m.end)];
    const [x0, x1] = [Math.min(xa, xb), Math.max(xa, xb)];
    if (x1 < d.plotLeft - 6 || x0 > d.plotRight + 6) return [];
    const on = active.has(m.id);
    const hollow = e.status !== "confirmed";
    const style = `fill="${hollow ? c.card : c.mark}" stroke="${on ? c.activeRing : hollow ? c.mark : "none"}" stroke-width="${on ? 2 : 1.5}"${e.status === "disputed" && !on ? ` stroke-dasharray="3 2"` : ""} opacity="${on ? 1 : 0.55}"`;
    const [a, b] = [Math.max(x0, d.plotLeft - 6), Math.min(x1, d.plotRight + 6)];
    return [m.ranged ? `<rect x="${a.toFixed(1)}" y="${m.y - BAR_HEIGHT / 2}" width="${Math.max(3, b - a).toFixed(1)}" height="${BAR_HEIGHT}" rx="${BAR_HEIGHT / 2}" ${style}/>` : `<circle cx="${xa.toFixed(1)}" cy="${m.y}" r="${DOT_RADIUS}" ${style}/>`];
  });
  const bracket = note.bracket
    ? [`<path d="${note.bracket.path}" fill="none" stroke="${c.fg}"/>`, text(note.bracket.x, note.bracket.y, font, c.fg, `${note.bracket.short}${note.bracket.range ? ` (${note.bracket.range})` : ""}`, ` text-anchor="middle" font-weight="700"`)]
    : [];
  const labels = note.labels.flatMap((l) => [
    `<line x1="${l.leader[0]}" x2="${l.leader[0] + 0.01}" y1="${l.leader[1]}" y2="${l.leader[2]}" stroke="${c.fg}" stroke-dasharray="2 2"/>`,
    text(l.label.x, l.label.y, font, c.fg, l.label.text, ` text-anchor="${l.label.anchor ?? "start"}" font-weight="700"`),
    ...(l.time ? [text(l.time.x, l.time.y, d.spec.timeFont, c.muted, l.time.said + l.time.text, ` text-anchor="${l.time.anchor ?? "start"}"`)] : []),
  ]);
  return [...lanes, ...ticks, ...marks, ...bracket, ...labels, ...names].join("");
}
