/**
 * What the map draws whatever the step: the basemap's paths, the uncertainty areas, the place dots and the event
 * marks, all in the unzoomed frame (MAP_SIZE). Pure: (model, events) → numbers and path strings, which the
 * MapFigure component only turns into SVG and the social cards and stills render standalone.
 */
import { geoConicConformal, geoPath } from "d3-geo";
import { SAID_KINDS, type StoryEvent } from "../../schemas";
import type { StoryModel } from "../model";
import { basemap } from "./basemap";
import { INSET_SIZE } from "./frame";
import { cameraToView } from "./camera";
import { bboxAround, cameraFor, createProjection, MAP_SIZE, OVERVIEW_BBOX } from "./geometry";
import { OVERVIEW_FRAMING } from "./frame";
import { MARK_SPACING } from "./marks";

const r1 = (v: number) => Math.round(v * 10) / 10;
export const projection = createProjection(MAP_SIZE);
/** The locator map in the wide map's corner: the region (Syria, Iraq and their neighbours) at a glance. */
export const insetProjection = geoConicConformal().parallels([30, 38]).rotate([-41, 0]).fitSize([INSET_SIZE.width, INSET_SIZE.height], basemap.inset);

/**
 * The basemap is cut to what the widest camera can show (the overview's, with a margin for the zoom's path between
 * steps): the countries around run far outside it, and every byte of the drawing is in every chapter's HTML.
 */
const reach = (() => {
  const [cx, cy, w] = cameraToView(cameraFor(OVERVIEW_BBOX, projection, OVERVIEW_FRAMING));
  const h = (w * MAP_SIZE.height) / MAP_SIZE.width;
  const m = 1.2;
  return [
    [cx - (w / 2) * m, cy - (h / 2) * m],
    [cx + (w / 2) * m, cy + (h / 2) * m],
  ] as [[number, number], [number, number]];
})();
const clipped = createProjection(MAP_SIZE).clipExtent(reach);
const path = (f: Parameters<ReturnType<typeof geoPath>>[0]) => relativePath(geoPath(clipped).digits(1)(f) ?? "");

/**
 * An absolute path of M/L/Z commands (d3's output) in relative form, to 0.1 unit: "M10,10L12.5,10" → "M10,10l2.5,0".
 * The deltas are taken between rounded points, so no error accumulates. About a third shorter.
 */
export function relativePath(d: string): string {
  let [px, py] = [0, 0];
  let start = [0, 0];
  let out = "";
  for (const [, cmd, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (cmd === "Z") {
      // Closing returns the pen to the subpath's start.
      out += "z";
      [px, py] = start as [number, number];
      continue;
    }
    const [x, y] = args!.split(",").map((v) => Math.round(Number(v) * 10));
    const move = cmd === "M";
    const [dx, dy] = move && out === "" ? [x!, y!] : [x! - px, y! - py];
    out += (move ? "m" : "l") + `${dx / 10},${dy / 10}`.replace(/,-/g, "-");
    [px, py] = [x!, y!];
    if (move) start = [x!, y!];
  }
  return out.replace(/^m/, "M");
}

/** A map point (unzoomed frame) of a lon/lat. */
export const mapPoint = (lon: number, lat: number) => projection([lon, lat])!.map(r1) as [number, number];

export interface MapMark {
  event: string;
  kind: StoryEvent["kind"];
  status: StoryEvent["status"];
  title: string;
  label: string;
  place: string;
  /** The place's map point. */
  at: [number, number];
  /** Where the mark sits from its place point, in screen px (see markOffsets). */
  dx: number;
  dy: number;
}

export interface MapDrawing {
  countries: { name: string; d: string }[];
  governorates: { name: string; d: string }[];
  rivers: string[];
  /** Places known only within a radius: drawn as circles in the zoomed layers. */
  areas: { id: string; name: string; km: number; at: [number, number]; r: number }[];
  /** Place dots, in the overlay. */
  places: { id: string; kind: string; at: [number, number] }[];
  marks: MapMark[];
  inset: { countries: { name: string; d: string }[] };
}

/**
 * Where each event's mark stands from a place's point, in screen px. An offset in px drifts from the place as the
 * map zooms out (nine events at al-Omar once spread 230 px wide, putting the rocket attack across the river), so
 * the marks stay on the place: what happened there first stands on the point itself and what else happened there
 * on either side, in order; what was said about the place shares one slot after them, its marks on top of each other
 * (the callout names each, and each still takes hover and keyboard focus).
 */
export function markOffsets(here: readonly StoryEvent[]): Map<string, number> {
  const happened = here.filter((e) => !SAID_KINDS.has(e.kind));
  // Slots 0, 1, 2, 3… stand at 0, +1, −1, +2… spacings: as near the point as they can be.
  const side = (slot: number) => (slot % 2 ? (slot + 1) / 2 : -slot / 2);
  return new Map(here.map((e) => [e.id, r1(side(SAID_KINDS.has(e.kind) ? happened.length : happened.indexOf(e)) * MARK_SPACING) || 0]));
}

export function mapDrawing(model: StoryModel, events: readonly StoryEvent[]): MapDrawing {
  const radius = (lon: number, lat: number, km: number) => r1(mapPoint(lon, bboxAround(lon, lat, km)[1])[1] - mapPoint(lon, lat)[1]);
  const offsets = new Map(model.places.map((p) => [p.id, markOffsets(events.filter((e) => e.places.includes(p.id)))]));
  const marks = events.flatMap((e) =>
    e.places.map((pid) => {
      const p = model.placeById.get(pid)!;
      return { event: e.id, kind: e.kind, status: e.status, title: e.title, label: e.label, place: pid, at: mapPoint(p.lon, p.lat), dx: offsets.get(pid)!.get(e.id)!, dy: 0 };
    }),
  );
  const insetPath = geoPath(insetProjection).digits(1);
  return {
    countries: basemap.countries.features.map((f) => ({ name: f.properties.name, d: path(f) })).filter((c) => c.d),
    governorates: basemap.governorates.features.map((f) => ({ name: f.properties.name, d: path(f) })).filter((g) => g.d),
    rivers: basemap.rivers.features.map((f) => path(f)).filter(Boolean),
    areas: model.places.filter((p) => p.uncertaintyKm).map((p) => ({ id: p.id, name: p.name, km: p.uncertaintyKm!, at: mapPoint(p.lon, p.lat), r: radius(p.lon, p.lat, p.uncertaintyKm!) })),
    places: model.places.filter((p) => !p.uncertaintyKm && p.kind !== "area").map((p) => ({ id: p.id, kind: p.kind, at: mapPoint(p.lon, p.lat) })),
    marks,
    inset: { countries: basemap.inset.features.map((f) => ({ name: f.properties.name, d: insetPath(f) ?? "" })) },
  };
}
