import { describe, expect, it } from "vitest";
import type { StoryEvent } from "../../schemas";
import { gapBracket, layoutTimeline } from "./layout";

const ev = (id: string, kind: StoryEvent["kind"], time: string, extra: Partial<StoryEvent> = {}): StoryEvent => ({
  id, label: id, title: id, summary: id, kind, time, zone: "Asia/Damascus", places: [], status: "confirmed", sources: ["s"], ...extra,
});
const strikes = ev("us-airstrikes", "strike", "2021-06-28T01:00:00+03:00", { timeRange: ["2021-06-28T01:00:00+03:00", "2021-06-28T02:00:00+03:00"] });
const rockets = ev("rocket-attack", "attack", "2021-06-28T19:44:00+03:00");
const statement = ev("pentagon-statement", "statement", "2021-06-27T20:04:00-04:00", { zone: "America/New_York", party: "US", timeIs: "by" });
const iraq = ev("iraq-condemnation", "statement", "2021-06-28T12:48:00+03:00", { zone: "Asia/Baghdad", party: "Iraq" });

describe("timeline layout", () => {
  const layout = layoutTimeline([rockets, statement, strikes, iraq]);
  const byId = Object.fromEntries(layout.placed.map((p) => [p.id, p]));

  it("orders events in time along x", () => {
    expect(byId["us-airstrikes"]!.x0).toBeLessThan(byId["pentagon-statement"]!.x0);
    expect(byId["pentagon-statement"]!.x0).toBeLessThan(byId["iraq-condemnation"]!.x0);
    expect(byId["iraq-condemnation"]!.x0).toBeLessThan(byId["rocket-attack"]!.x0);
  });

  it("puts military events in one lane and each party's statements in its own", () => {
    expect(layout.lanes.map((l) => l.name)).toEqual(["Strikes and fire", "US", "Iraq"]);
    expect(byId["us-airstrikes"]!.lane).toBe(byId["rocket-attack"]!.lane);
    expect(byId["pentagon-statement"]!.y).not.toBe(byId["iraq-condemnation"]!.y);
  });

  it("draws a time range as a range", () => {
    expect(byId["us-airstrikes"]!.ranged).toBe(true);
    expect(byId["us-airstrikes"]!.x1).toBeGreaterThan(byId["us-airstrikes"]!.x0);
    expect(byId["rocket-attack"]!.x1).toBe(byId["rocket-attack"]!.x0);
  });

  it("labels each event in every zone, with the zone", () => {
    expect(byId["rocket-attack"]!.labels).toEqual({ local: "19:44 UTC+3", utc: "16:44 UTC", washington: "12:44 EDT" });
    expect(byId["pentagon-statement"]!.labels.local).toBe("by 20:04 EDT");
  });

  it("marks day changes on the axis in each zone", () => {
    const midnightUtc = layout.ticks.find((t) => t.labels.utc === "00:00")!;
    expect(midnightUtc.labels.utcDay).toBe("Mon 28 Jun");
    expect(midnightUtc.labels.washingtonDay).toBe("Sun 27 Jun");
    expect(midnightUtc.labels.local).toBe("03:00");
  });

  it("computes the gap bracket from the data", () => {
    const b = gapBracket(strikes, rockets, layout.x);
    expect(b.text).toBe("about 18 hours (17 h 44 min – 18 h 44 min)");
    expect(b.x1).toBeGreaterThan(b.x0);
  });

  it("breaks the axis for an event months away instead of squeezing the night of the strikes", () => {
    const february = ev("feb-2021-strike", "strike", "2021-02-25T18:00:00-05:00", { timeIs: "about" });
    const withContext = layoutTimeline([february, rockets, statement, strikes, iraq]);
    expect(withContext.breaks).toHaveLength(1);
    const at = Object.fromEntries(withContext.placed.map((p) => [p.id, p]));
    expect(at["feb-2021-strike"]!.x0).toBeLessThan(withContext.breaks[0]!.x0);
    // The June night keeps most of the width: strikes to rockets spans at least half of it.
    expect(at["rocket-attack"]!.x0 - at["us-airstrikes"]!.x0).toBeGreaterThan(withContext.width / 2);
  });
});
