import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readContentFiles } from "./load";
import { formatProblems } from "./problem";
import { validateContent } from "./validate";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const result = validateContent(readContentFiles(root));

describe("the project's own content", () => {
  it("has no problems", () => {
    expect(result.problems.length ? formatProblems(result.problems) : "").toBe("");
  });

  it("gives every event, quote and place used by a chapter a source with a URL", () => {
    const data = result.data!;
    const sources = new Map(data.sources.map((s) => [s.id, s]));
    const events = new Map(data.events.map((e) => [e.id, e]));
    const quotes = new Map(data.quotes.map((q) => [q.id, q]));
    const places = new Map(data.places.map((p) => [p.id, p]));
    const urlOf = (id: string) => sources.get(id)?.url ?? "";
    expect(result.chapters.length).toBeGreaterThan(0);
    for (const chapter of result.chapters) {
      for (const use of chapter.scan.uses) {
        for (const [prop, { value }] of Object.entries(use.props)) {
          const ids = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
          if (prop === "event" || prop === "events" || prop === "from" || prop === "to") {
            for (const id of ids) {
              const event = events.get(id);
              expect(event, `${chapter.file}:${use.line} event ${id}`).toBeDefined();
              expect(event!.sources.map(urlOf).every((u) => /^https?:\/\//.test(u))).toBe(true);
            }
          }
          if (use.name === "Quote" && prop === "id") {
            const quote = quotes.get(ids[0]!);
            expect(quote, `${chapter.file}:${use.line} quote ${ids[0]}`).toBeDefined();
            expect(urlOf(quote!.source)).toMatch(/^https?:\/\//);
          }
          if ((use.name === "Place" && prop === "id") || prop === "view") {
            for (const id of ids.filter((i) => i !== "overview")) {
              expect(places.get(id), `${chapter.file}:${use.line} place ${id}`).toBeDefined();
              // A place is marked on the map through the events that happen there: each must be sourced.
              const sourced = data.events.some((e) => e.places.includes(id)) || /GeoNames|Wikipedia/.test(places.get(id)!.note ?? "");
              expect(sourced, `place ${id} has a coordinate source or a sourced event`).toBe(true);
            }
          }
        }
      }
    }
  });
});
