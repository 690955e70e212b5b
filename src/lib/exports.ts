import type { StoryModel } from "./model";

/** The content as open data: the same facts the story shows, for reuse. Pure. */
export function eventsJson(m: StoryModel) {
  return m.events.map((e) => ({ ...e, sources: e.sources.map((id) => ({ id, url: m.sourceById.get(id)!.url })) }));
}

const csvCell = (v: unknown) => {
  const s = v === undefined || v === null ? "" : Array.isArray(v) ? v.join("; ") : String(v);
  return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function eventsCsv(m: StoryModel): string {
  const cols = ["id", "time", "earliest", "latest", "zone", "kind", "status", "title", "places", "sources", "source_urls"] as const;
  const rows = m.events.map((e) =>
    [e.id, e.time, e.timeRange?.[0], e.timeRange?.[1], e.zone, e.kind, e.status, e.title, e.places, e.sources, e.sources.map((s) => m.sourceById.get(s)!.url)].map(csvCell).join(","),
  );
  return [cols.join(","), ...rows].join("\n") + "\n";
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
