import { csvFormatRows } from "d3-dsv";
import type { StoryModel } from "./model";

/** The content as open data: the same facts the story shows, for reuse. Pure. */
export function eventsJson(m: StoryModel) {
  return m.events.map((e) => ({ ...e, sources: e.sources.map((id) => ({ id, url: m.sourceById.get(id)!.url })) }));
}

const COLUMNS = ["id", "label", "time", "time_is", "earliest", "latest", "zone", "kind", "status", "title", "places", "sources", "source_urls"] as const;

/** Events as CSV (RFC 4180 quoting by d3-dsv); lists are joined with "; ". */
export function eventsCsv(m: StoryModel): string {
  const list = (v: readonly string[]) => v.join("; ");
  const rows = m.events.map((e) => [
    e.id,
    e.label,
    e.time ?? "",
    e.timeIs ?? (e.time ? "at" : ""),
    e.timeRange?.[0] ?? "",
    e.timeRange?.[1] ?? "",
    e.zone,
    e.kind,
    e.status,
    e.title,
    list(e.places),
    list(e.sources),
    list(e.sources.map((s) => m.sourceById.get(s)!.url)),
  ]);
  return csvFormatRows([[...COLUMNS], ...rows]) + "\n";
}

export function placesGeoJson(m: StoryModel) {
  return {
    type: "FeatureCollection",
    features: m.places.map((p) => ({
      type: "Feature",
      id: p.id,
      geometry: { type: "Point", coordinates: [p.lon, p.lat] },
      properties: { name: p.name, kind: p.kind, uncertaintyKm: p.uncertaintyKm ?? null, note: p.note ?? null, names: p.names ?? null },
    })),
  };
}
