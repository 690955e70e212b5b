import { describe, expect, it } from "vitest";
import { buildModel } from "./model";
import { eventsCsv, placesGeoJson } from "./exports";

const model = buildModel({
  places: [{ id: "al-omar", name: "al-Omar oil field", lon: 40.5758, lat: 35.1517, kind: "oilfield" }],
  sources: [{ id: "mt", outlet: "Military Times", title: "T", url: "https://example.org/a", published: "2021-06-28", kind: "news", language: "en" }],
  events: [{ id: "rocket-attack", label: "Rockets hit al-Omar", title: 'Rockets, "at dusk"', summary: "s", kind: "attack", time: "2021-06-28T19:44:00+03:00", zone: "Asia/Damascus", places: ["al-omar"], status: "confirmed", sources: ["mt"] }],
  quotes: [],
  story: { title: "t", dek: "d", byline: "b", published: "2026-11-24", figures: { map: "m", timeline: "t", gap: { from: "rocket-attack", to: "rocket-attack" } }, corrections: [] },
});

describe("open data exports", () => {
  it("writes CSV with quoting and source URLs", () => {
    const csv = eventsCsv(model).split("\n");
    expect(csv[0]).toBe("id,label,time,time_is,earliest,latest,zone,kind,status,title,places,sources,source_urls");
    expect(csv[1]).toBe('rocket-attack,Rockets hit al-Omar,2021-06-28T19:44:00+03:00,at,,,Asia/Damascus,attack,confirmed,"Rockets, ""at dusk""",al-omar,mt,https://example.org/a');
  });
  it("writes places as GeoJSON points in lon, lat order", () => {
    expect(placesGeoJson(model).features[0]!.geometry.coordinates).toEqual([40.5758, 35.1517]);
  });
});
