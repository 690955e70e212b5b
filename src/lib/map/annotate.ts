/**
 * What the map writes at one step, in one layout, decided at build time: a callout at the place of each of the
 * step's events (its label, its time, its status; events at one place stacked in one callout), then the names of
 * places, areas and countries where they still fit. Nothing overlaps, nothing leaves the layout's visible region
 * or covers its chrome, and every text is at least 12 px on screen (the layout's font sizes). Pure.
 */
import { SAID_KINDS, type StoryEvent } from "../../schemas";
import { getEvent, type StoryModel } from "../model";
import { box, Occupancy, textBox, type Box } from "../placement";
import { textWidth } from "../text-width";
import { shortLabel, type Timed } from "../time";
import { AXIS_ZONE, WASHINGTON } from "../zones";
import { COMMA, DIR, type Lang } from "../i18n";
import { STRINGS } from "../strings";
import { screenPoint, type Camera } from "./camera";
import type { MapDrawing } from "./drawing";
import { mapPoint } from "./drawing";
import { chromeBoxes, type MapLayout } from "./frame";
import { MARK_REACH, MARK_SCALE } from "./marks";

/** The least camera zoom at which areas of control are named (the overview is 0.6; the corridor 1.1). */
const AREA_MIN_ZOOM = 1;

export const STATUS_SYMBOL = { confirmed: "●", claimed: "◐", disputed: "◇" } as const;

export interface CalloutLine {
  event: string;
  /** Lines run from the box's left edge (anchor start), or, right to left, from its right edge (end). */
  anchor: "start" | "end";
  label: { x: number; y: number; text: string };
  /** The event's time (shown in the reader's chosen zone) and status, one line under the label; `said` goes
   *  before the time of something said ("said 06:00–12:00 UTC+3"), so it does not read as when it happened. */
  meta: { x: number; y: number; said: string; time: string; status: StoryEvent["status"]; statusText: string; timed: Timed & { zone: string }; statusY?: number };
}

export interface Callout {
  /** The places it speaks for (several when their marks stand close together). */
  places: string[];
  box: Box;
  /** From the callout's edge to the marks of each place. */
  leaders: [number, number, number, number][];
  lines: CalloutLine[];
}

export interface MapText {
  kind: "place" | "area" | "country";
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  active: boolean;
}

export interface MapAnnotation {
  callouts: Callout[];
  texts: MapText[];
  /** Places whose dot is shown: those named here or pointed at by a callout (a dot without a name says nothing). */
  named: string[];
}

/** Where the step is, as the annotation needs it: its camera, its events and the places they highlight. */
export interface MapStepView {
  camera: Camera;
  events: readonly string[];
  places: readonly string[];
  scalePx: number;
}

const COUNTRY_NAMES = [
  { id: "syria" as const, lon: 38.2, lat: 35.6 },
  { id: "iraq" as const, lon: 43.2, lat: 33.9 },
];
/** Letter spacing of country names, in em: none in Arabic, whose letters join. */
export const countrySpacing = (lang: Lang) => (lang === "ar" ? 0 : 0.3);
/** Places whose marks stand closer than this on screen share a callout. */
const CLUSTER = 70;
const RANK = { city: 3, town: 4, oilfield: 2, base: 2, airbase: 3, "border-crossing": 5, facility: 4, area: 6 } as const;

/** "said " before the time of a statement, claim or report (its time is when it was said), else nothing. */
export const saidPrefix = (e: StoryEvent, lang: Lang = "en") => (SAID_KINDS.has(e.kind) ? `${STRINGS[lang].said} ` : "");

/** The widest the time can be written in the zones offered, with room for a reader's own (unknown at build time). */
export function widestTime(e: StoryEvent, lang: Lang = "en"): string {
  // Each zone as the zone control writes it: the axis follows a chosen zone, so only "local" may add a day.
  const texts = [e.zone, "UTC", WASHINGTON].map((z) => shortLabel(e, z, lang, z === e.zone ? AXIS_ZONE : z));
  return saidPrefix(e, lang) + texts.reduce((a, b) => (b.length > a.length ? b : a)) + "000";
}

export function annotateMap(model: StoryModel, drawing: MapDrawing, step: MapStepView, layout: MapLayout): MapAnnotation {
  const { font } = layout;
  const lang = model.lang;
  const rtl = DIR[lang] === "rtl";
  const words = STRINGS[lang];
  const taken = new Occupancy(layout.visible, layout.name === "wide" ? 4 : 6);
  taken.add(...chromeBoxes(layout, step.scalePx));
  const screen = (at: [number, number]) => screenPoint(step.camera, at[0], at[1]);
  const active = new Set(step.events);

  // The active marks and dots are not to be covered.
  const activeMarks = drawing.marks.filter((m) => active.has(m.event));
  // Half the widest mark's extent (the strike's burst), with half a unit of stroke, drawn ×MARK_SCALE.
  const markSize = (Math.max(...Object.values(MARK_REACH)) + 0.5) * MARK_SCALE;
  for (const m of activeMarks) {
    const [x, y] = screen(m.at);
    // Each mark covers its own shape (and half its widest stroke), no more.
    const r = MARK_REACH[m.kind] * MARK_SCALE + 1.5;
    taken.add(box(x + m.dx - r, y + m.dy - r, x + m.dx + r, y + m.dy + r), box(x - 7, y - 7, x + 7, y + 7));
  }

  // Callouts: one per place, the step's events there stacked in order of time; places whose marks stand close
  // together on screen share one callout, with a leader to each.
  /** `at`: the place each of `events` is called out at. */
  type Group = { places: string[]; anchors: [number, number][]; dots: [number, number][]; events: StoryEvent[]; at: string[] };
  const groups: Group[] = [];
  for (const id of step.events) {
    const e = getEvent(model, id);
    const place = e.places.find((p) => drawing.marks.some((m) => m.event === id && m.place === p));
    if (!place) continue;
    const marks = activeMarks.filter((m) => m.place === place);
    const [px, py] = screen(marks[0]!.at);
    const anchor: [number, number] = [px + (Math.min(...marks.map((m) => m.dx)) + Math.max(...marks.map((m) => m.dx))) / 2, py + marks[0]!.dy];
    const near = groups.find((g) => g.anchors.some(([x, y]) => Math.hypot(x - anchor[0], y - anchor[1]) < CLUSTER));
    if (near) {
      if (!near.places.includes(place)) near.places.push(place), near.anchors.push(anchor), near.dots.push([px, py]);
      near.events.push(e), near.at.push(place);
    } else groups.push({ places: [place], anchors: [anchor], dots: [[px, py]], events: [e], at: [place] });
  }
  const pad = layout.name === "wide" ? 8 : rtl ? 7 : 9;
  // Arabic lines need a little more lead: its letters' dots and marks reach further above and below the Latin's.
  const [lineLabel, lineMeta] = rtl ? [font.callout * 1.18, font.meta * (layout.name === "wide" ? 1.5 : 1.4)] : [font.callout * 1.15, font.meta * 1.18];
  const callouts: Callout[] = [];
  /** Place one group's callout where there is room; false if there is none. */
  const placeCallout = ({ places, anchors, dots, events }: Group): boolean => {
    // The cluster's extent on screen: its marks (on and beside their places) and its dots.
    const [minX, maxX] = [Math.min(...anchors.map(([x]) => x)) - markSize, Math.max(...anchors.map(([x]) => x)) + markSize];
    const [minY, maxY] = [Math.min(...anchors.map(([, y]) => y)) - markSize, Math.max(...anchors.map(([, y]) => y), ...dots.map(([, y]) => y)) + 8];
    const [ax, ay] = [(minX + maxX) / 2, (minY + maxY) / 2];
    // Under each label, its time and status on one line; where that is too wide for the layout (over 70% of a
    // laptop's map, nearly all of a phone's: a window across days, spelled out in Arabic), the status on a line of
    // its own; where the callout then finds no room, the
    // status by its symbol alone (the key explains it), on the time's line.
    const status = (e: StoryEvent) => `${STATUS_SYMBOL[e.status]} ${words.status[e.status]}`;
    const labelW = (e: StoryEvent) => textWidth(e.label, font.callout, "bold");
    const forms = [
      { meta: "line" as const, lines: 1, width: (e: StoryEvent) => Math.max(labelW(e), textWidth(`${widestTime(e, lang)}· ${status(e)}`, font.meta)) },
      { meta: "split" as const, lines: 2, width: (e: StoryEvent) => Math.max(labelW(e), textWidth(widestTime(e, lang), font.meta), textWidth(status(e), font.meta)) },
      { meta: "symbol" as const, lines: 1, width: (e: StoryEvent) => Math.max(labelW(e), textWidth(`${widestTime(e, lang)}· ${STATUS_SYMBOL[e.status]}`, font.meta)) },
    ].filter((f) => f.meta !== "line" || Math.max(...events.map(f.width)) + 2 * pad <= (layout.visible.x1 - layout.visible.x0) * (layout.name === "wide" ? 0.7 : 0.96));
    const g = 12;
    /** Around the marks, nearest first: above, below, the sides and the corners, then further out. */
    const around = (w: number, h: number) => {
      const candidates = [1, 1.9, 2.8].flatMap((d) =>
        [
          [ax - w / 2, minY - d * g - h],
          [ax - w / 2, maxY + d * g + 6],
          [maxX + d * g + 4, ay - h / 2],
          [minX - d * g - 4 - w, ay - h / 2],
          [maxX + d * g, minY - d * g - h],
          [minX - d * g - w, minY - d * g - h],
          [maxX + d * g, maxY + d * 8],
          [minX - d * g - w, maxY + d * 8],
        ].map(([x0, y0]) => ({ box: box(x0!, y0!, x0! + w, y0! + h) })),
      );
      // Above or below, slid sideways to stay in view when the marks are near an edge.
      const slid = (y0: number) => box(Math.min(Math.max(ax - w / 2, layout.visible.x0 + 2), layout.visible.x1 - 2 - w), y0, 0, 0);
      for (const d of [1, 1.9, 2.8]) for (const c of [slid(minY - d * g - h), slid(maxY + d * g + 6)]) candidates.push({ box: box(c.x0, c.y0, c.x0 + w, c.y0 + h) });
      // Last, against the top or the bottom edge of what is visible, slid likewise (a leader reaches it).
      for (const c of [slid(layout.visible.y0 + 1), slid(layout.visible.y1 - 1 - h)]) candidates.push({ box: box(c.x0, c.y0, c.x0 + w, c.y0 + h) });
      return candidates;
    };
    let placed: { pick: { box: Box }; form: (typeof forms)[number] } | null = null;
    for (const form of forms) {
      const w = Math.max(...events.map(form.width)) + 2 * pad;
      const h = events.length * (lineLabel + lineMeta * form.lines) + 2 * pad;
      const pick = taken.take(around(w, h));
      if (pick) {
        placed = { pick, form };
        break;
      }
    }
    if (!placed) return false;
    const { pick, form } = placed;
    const b = pick.box;
    const lines = events.map((e, i): CalloutLine => {
      const top = b.y0 + pad + i * (lineLabel + lineMeta * form.lines);
      const label = { x: r1(rtl ? b.x1 - pad : b.x0 + pad), y: r1(top + font.callout * 0.85), text: e.label };
      const timed = { zone: e.zone, ...(e.time ? { time: e.time } : {}), ...(e.timeIs ? { timeIs: e.timeIs } : {}), ...(e.timeRange ? { timeRange: e.timeRange } : {}) };
      const metaY = top + lineLabel + font.meta * 0.9;
      const meta = { x: label.x, y: r1(metaY), said: saidPrefix(e, lang), time: shortLabel(e, e.zone, lang, AXIS_ZONE), status: e.status, statusText: form.meta === "symbol" ? "" : words.status[e.status], timed, ...(form.meta === "split" ? { statusY: r1(metaY + lineMeta) } : {}) };
      return { event: e.id, anchor: rtl ? "end" : "start", label, meta };
    });
    // Each leader runs from the box's nearest edge point to the marks of one place.
    const leaders = anchors.map(([x, y]): [number, number, number, number] => [r1(Math.min(Math.max(x, b.x0), b.x1)), r1(Math.min(Math.max(y, b.y0), b.y1)), r1(x), r1(y)]);
    callouts.push({ places, box: { x0: r1(b.x0), y0: r1(b.y0), x1: r1(b.x1), y1: r1(b.y1) }, leaders, lines });
    return true;
  };
  for (const group of groups) {
    if (placeCallout(group)) continue;
    // Places too close to share a callout that finds no room: each its own, smaller one, placed apart.
    const alone = group.places.map((place, i): Group => {
      const events = group.events.filter((_, j) => group.at[j] === place);
      return { places: [place], anchors: [group.anchors[i]!], dots: [group.dots[i]!], events, at: events.map(() => place) };
    });
    if (alone.length > 1 && alone.every(placeCallout)) continue;
    throw new Error(`map (${layout.name}): no room for the callout at ${group.places.join(", ")} (${group.events.map((e) => e.id).join(", ")}); widen the step's view`);
  }

  // Names, where they still fit: the step's places first, then areas of control, towns by rank, countries last.
  const texts: MapText[] = [];
  const focus = new Set(step.places);
  // A shaded circle the step shows (a place known only roughly) says what it is, under it or above it.
  for (const a of drawing.areas.filter((a) => focus.has(a.id))) {
    const [x, y] = screen(a.at);
    const r = a.r * step.camera.k;
    const size = font.label;
    const lead = size * 1.2;
    const lines = areaLines(model.placeById.get(a.id)!.name, words.approx, lang);
    const w = Math.max(...lines.map((t) => textWidth(t, size)));
    const gap = size * 0.4;
    const middle = y + size * 0.35 - lead / 2;
    const pick = taken.take(
      [
        { x, top: y + r + size * 1.1, anchor: "middle" as const },
        { x, top: y - r - gap - lead, anchor: "middle" as const },
        { x: x + r + gap, top: middle, anchor: "start" as const },
        { x: x - r - gap, top: middle, anchor: "end" as const },
        // Where a callout stands beside the circle: a little further off, under it or over it.
        ...[1, 2, 3].flatMap((k) => [
          { x, top: y + r + size * 1.1 + k * lead, anchor: "middle" as const },
          { x, top: y - r - gap - (k + 1) * lead, anchor: "middle" as const },
        ]),
      ].map((o) => {
        const x0 = o.anchor === "start" ? o.x : o.anchor === "end" ? o.x - w : o.x - w / 2;
        return { ...o, box: box(x0, o.top - size, x0 + w, o.top + lead + size * 0.3) };
      }),
    );
    if (pick) lines.forEach((t, i) => texts.push({ kind: "area", id: a.id, text: t, x: r1(pick.x), y: r1(pick.top + i * lead), anchor: pick.anchor, active: false }));
  }
  const candidates = model.places
    .filter((p) => !p.uncertaintyKm)
    .map((p) => ({ p, priority: focus.has(p.id) ? 0 : p.kind === "area" ? 1 : RANK[p.kind] }))
    .sort((a, b) => a.priority - b.priority || a.p.id.localeCompare(b.p.id));
  for (const { p } of candidates) {
    const [x, y] = screen(mapPoint(p.lon, p.lat));
    if (p.kind === "area") {
      // Zoomed out, the two banks are a few pixels apart and a name cannot say which one it means.
      if (step.camera.k < AREA_MIN_ZOOM) continue;
      // Two lines ("Government and militias" / "(west bank, approx.)"), written on the side the data names.
      const [head, tail] = areaLines(p.name, words.approx, lang);
      const size = font.label;
      const anchor = ({ left: "end", centre: "middle", right: "start" } as const)[p.labelSide ?? "centre"];
      const lead = size * 1.2;
      const boxes = [head, tail].map((t, i) => textBox(x, y + i * lead, textWidth(t, size), size, anchor));
      const pick = taken.take([{ box: box(Math.min(...boxes.map((b) => b.x0)), boxes[0]!.y0, Math.max(...boxes.map((b) => b.x1)), boxes[1]!.y1) }]);
      if (pick) [head, tail].forEach((t, i) => texts.push({ kind: "area", id: p.id, text: t, x: r1(x), y: r1(y + i * lead), anchor, active: false }));
      continue;
    }
    const size = font.label;
    const w = textWidth(p.name, size, focus.has(p.id) ? "bold" : "regular");
    // Beside the dot, above or below it; a place the step is about may stand further off, clear of its marks.
    // Beside the dot (first on the side a line of the language starts from), above or below it.
    const sides = (d: number) => [
      { anchor: "start" as const, x: x + d, y: y + size * 0.3 },
      { anchor: "end" as const, x: x - d, y: y + size * 0.3 },
    ];
    const options = (focus.has(p.id) ? [0.55, 1.6, 2.8] : [0.55])
      .flatMap((k) => {
        const d = size * k;
        return [
          ...(rtl ? sides(d).reverse() : sides(d)),
          { anchor: "middle" as const, x, y: y + d + size * 0.8 },
          { anchor: "middle" as const, x, y: y - d },
          { anchor: "start" as const, x: x + d * 0.7, y: y + d * 0.7 + size * 0.8 },
          { anchor: "end" as const, x: x - d * 0.7, y: y + d * 0.7 + size * 0.8 },
        ];
      })
      .map((o) => ({ ...o, box: textBox(o.x, o.y, w, size, o.anchor) }))
      // A name that belongs on one bank or side is not written across its dot onto the other.
      .filter((o) => (p.labelSide === "right" ? o.box.x0 >= x - 2 : p.labelSide === "left" ? o.box.x1 <= x + 2 : true));
    const pick = taken.take(options);
    if (pick) texts.push({ kind: "place", id: p.id, text: p.name, x: r1(pick.x), y: r1(pick.y), anchor: pick.anchor, active: focus.has(p.id) });
  }
  for (const c of COUNTRY_NAMES) {
    const [x, y] = screen(mapPoint(c.lon, c.lat));
    const text = words.countries[c.id];
    const w = textWidth(text, font.country, "regular", countrySpacing(lang));
    const pick = taken.take([{ box: textBox(x, y, w, font.country, "middle") }]);
    if (pick) texts.push({ kind: "country", id: c.id, text, x, y, anchor: "middle", active: false });
  }
  const named = new Set([...callouts.flatMap((c) => c.places), ...texts.filter((t) => t.kind === "place").map((t) => t.id)]);
  return { callouts, texts, named: [...named].sort() };
}

/** "SDF-held (east bank)" → ["SDF-held", "(east bank, approx.)"]: an area's name and how sure its line is. */
export function areaLines(name: string, approx = "approx.", lang: Lang = "en"): [string, string] {
  const m = /^(.*?)\s*\((.*)\)$/.exec(name);
  const comma = COMMA[lang];
  return m ? [m[1]!, `(${m[2]}${comma} ${approx})`] : [name, `(${approx})`];
}

function r1(v: number) {
  return Math.round(v * 10) / 10;
}
