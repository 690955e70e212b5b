import type { Feature, FeatureCollection, Geometry, MultiLineString } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import topo from "../../data/basemap.topo.json";

/** The prepared Natural Earth layers (see scripts/geo/basemap.ts), as GeoJSON. */
export interface Basemap {
  countries: FeatureCollection<Geometry, { name: string }>;
  rivers: FeatureCollection<MultiLineString>;
  governorates: FeatureCollection<Geometry, { name: string }>;
  inset: FeatureCollection<Geometry, { name: string }>;
}

const t = topo as unknown as Topology<Record<keyof Basemap, GeometryCollection>>;
const layer = <P>(name: keyof Basemap) => feature(t, t.objects[name]) as unknown as FeatureCollection<never, P>;

export const basemap: Basemap = {
  countries: layer("countries"),
  rivers: layer("rivers"),
  governorates: layer("governorates"),
  inset: layer("inset"),
};

export type CountryFeature = Feature<Geometry, { name: string }>;

