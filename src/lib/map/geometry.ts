import { geoConicConformal, geoDistance, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, Geometry } from "geojson";
import type { Place } from "../../schemas";
import type { Box } from "../placement";
import { MAP_SIZE, type Camera, type Size } from "./camera";

export type BBox = [west: number, south: number, east: number, north: number];
export { cameraTransform, MAP_SIZE, pinTransform, screenPoint, type Camera, type Size } from "./camera";
/** What "overview" frames: Damascus to Baghdad, the corridor between. */
export const OVERVIEW_BBOX: BBox = [36.0, 32.9, 44.6, 36.6];
/** Closest zoom allowed, so a single point does not fill the frame. */
export const MAX_ZOOM = 12;
/** Radius framed around a single place with no uncertainty, in km. */
export const POINT_FRAME_KM = 22;
const EARTH_KM = 6371;

const bboxFeature = ([w, s, e, n]: BBox): Feature<Geometry> => ({
  type: "Feature",
  properties: {},
  geometry: {
    type: "Polygon",
    // Densified edges so the conic projection's curved parallels are framed correctly; clockwise, as
    // d3-geo reads a counter-clockwise ring as the rest of the globe.
    coordinates: [
      [
        ...Array.from({ length: 9 }, (_, i) => [w + ((e - w) * i) / 8, n] as [number, number]),
        ...Array.from({ length: 9 }, (_, i) => [e - ((e - w) * i) / 8, s] as [number, number]),
        [w, n],
      ],
    ],
  },
});

/** The projection of every map: conformal conic centred on the corridor, fitted to the overview. */
export function createProjection(size: Size = MAP_SIZE): GeoProjection {
  return geoConicConformal()
    .parallels([33, 36])
    .rotate([-40.5, 0])
    .fitExtent(
      [
        [0, 0],
        [size.width, size.height],
      ],
      bboxFeature(OVERVIEW_BBOX),
    );
}

/** An SVG path generator for `projection` with fixed precision (stable, small HTML). */
export function pathFor(projection: GeoProjection, digits = 1) {
  return geoPath(projection).digits(digits);
}

/** A lon/lat box around a point, `km` in each direction. */
export function bboxAround(lon: number, lat: number, km: number): BBox {
  const dLat = (km / EARTH_KM) * (180 / Math.PI);
  const dLon = dLat / Math.cos((lat * Math.PI) / 180);
  return [lon - dLon, lat - dLat, lon + dLon, lat + dLat];
}

/** The smallest box holding all the boxes. */
export function unionBBox(boxes: BBox[]): BBox {
  return boxes.reduce<BBox>(
    (a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
}

/** What a step's `view` prop frames, in lon/lat. */
export type View = { kind: "overview" } | { kind: "places"; ids: string[] } | { kind: "bbox"; bbox: BBox };

/** Read a `view` prop as written by an editor (validated before this runs). */
export function parseView(value: unknown): View {
  if (value === undefined || value === "overview") return { kind: "overview" };
  if (typeof value === "string") return { kind: "places", ids: [value] };
  if (Array.isArray(value) && value.length === 4 && value.every((v) => typeof v === "number")) {
    return { kind: "bbox", bbox: value as BBox };
  }
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return { kind: "places", ids: value as string[] };
  throw new Error(`not a view: ${JSON.stringify(value)}`);
}

/** The name of a view, as written on `data-view`: "overview", "al-omar", "albukamal+al-omar", "bbox:40,34,41,35". */
export function viewName(view: View): string {
  if (view.kind === "overview") return "overview";
  if (view.kind === "places") return view.ids.join("+");
  return `bbox:${view.bbox.join(",")}`;
}

export function viewBBox(view: View, places: ReadonlyMap<string, Place>): BBox {
  if (view.kind === "overview") return OVERVIEW_BBOX;
  if (view.kind === "bbox") return view.bbox;
  return unionBBox(
    view.ids.map((id) => {
      const p = places.get(id);
      if (!p) throw new Error(`unknown place ${id}`);
      return bboxAround(p.lon, p.lat, Math.max(POINT_FRAME_KM, (p.uncertaintyKm ?? 0) * 1.6));
    }),
  );
}

/** The camera that fits `bbox` into `region` of the frame (centred there), never closer than MAX_ZOOM. */
export function cameraFor(bbox: BBox, projection: GeoProjection, region: Box): Camera {
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(bboxFeature(bbox));
  const k = Math.min(MAX_ZOOM, (region.x1 - region.x0) / (x1 - x0), (region.y1 - region.y0) / (y1 - y0));
  const round = (v: number) => Math.round(v * 1000) / 1000;
  const [cx, cy] = [(region.x0 + region.x1) / 2, (region.y0 + region.y1) / 2];
  return { k: round(k), x: round(cx - (k * (x0 + x1)) / 2), y: round(cy - (k * (y0 + y1)) / 2) };
}

/** Great-circle distance in km between two lon/lat points. */
export function distanceKm(a: [number, number], b: [number, number]): number {
  return geoDistance(a, b) * EARTH_KM;
}

/** A "nice" scale bar for a camera: its length in px on screen (of the MAP_SIZE frame) and its label. */
export function scaleBar(projection: GeoProjection, camera: Camera, size: Size = MAP_SIZE, targetPx = 110) {
  const centre = projection.invert!([(size.width / 2 - camera.x) / camera.k, (size.height / 2 - camera.y) / camera.k])!;
  const east = projection.invert!([(size.width / 2 - camera.x + targetPx) / camera.k, (size.height / 2 - camera.y) / camera.k])!;
  const kmPerTarget = distanceKm(centre, east);
  const nice = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500].filter((n) => n <= kmPerTarget).at(-1) ?? 1;
  return { px: Math.round((targetPx * nice) / kmPerTarget), km: nice, label: `${nice} km` };
}

/** Which side of a line (a river) a point lies on: "left" or "right" looking along the line from west to east. */
export function sideOfLine(line: [number, number][], point: [number, number]): { side: "north-east" | "south-west"; distanceKm: number } {
  let best = { d: Infinity, cross: 0 };
  for (let i = 1; i < line.length; i++) {
    let a = line[i - 1]!;
    let b = line[i]!;
    if (b[0] < a[0]) [a, b] = [b, a];
    const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
    const t = Math.max(0, Math.min(1, ((point[0] - a[0]) * dx + (point[1] - a[1]) * dy) / (dx * dx + dy * dy || 1)));
    const nearestPoint: [number, number] = [a[0] + t * dx, a[1] + t * dy];
    const d = distanceKm(point, nearestPoint);
    if (d < best.d) best = { d, cross: dx * (point[1] - a[1]) - dy * (point[0] - a[0]) };
  }
  return { side: best.cross > 0 ? "north-east" : "south-west", distanceKm: Math.round(best.d * 10) / 10 };
}
