import { describe, expect, it } from "vitest";
import { decodeEventTime, decodeStep, encodeEventTime, encodeStep, TRIGGER_LINE, type StepState } from "./codec";

const state: StepState = {
  step: "the-clock",
  view: "albukamal+al-omar",
  camera: { k: 2.077, x: -437.4, y: -120.5 },
  scale: { px: 88, label: "20 km" },
  locator: [71.2, 40.5, 9.8, 6.1],
  events: ["us-airstrikes", "rocket-attack"],
  places: ["al-omar", "albukamal"],
  window: [1624831200000, 1624912200000],
  dates: "28 – 30 June 2021",
  focus: "timeline",
  alt: 'Map of the river, with "quotes" & ampersands',
};
const attrs = (record: Record<string, string>) => (name: string) => record[name] ?? null;

describe("the step codec", () => {
  it("reads back exactly what the build wrote", () => {
    expect(decodeStep(attrs(encodeStep(state)))).toEqual(state);
    const empty = { ...state, events: [], places: [], focus: "map" as const };
    expect(decodeStep(attrs(encodeStep(empty)))).toEqual(empty);
  });

  it("writes the attributes the contract names", () => {
    expect(Object.keys(encodeStep(state))).toEqual(["data-step", "data-view", "data-camera", "data-scale", "data-locator", "data-events", "data-places", "data-window", "data-dates", "data-focus", "data-alt"]);
  });

  it("reads a step without a locator box as width 0 (the client then leaves the locator alone)", () => {
    const { "data-locator": _, ...without } = encodeStep(state);
    expect(decodeStep(attrs(without))!.locator).toEqual([0, 0, 0, 0]);
    expect(decodeStep(attrs({ ...encodeStep(state), "data-locator": "1,2,x,4" }))!.locator).toEqual([0, 0, 0, 0]);
  });

  it("rejects an element that is not a whole step", () => {
    const good = encodeStep(state);
    for (const broken of [{ ...good, "data-camera": "0,1,2" }, { ...good, "data-window": "5,2" }, { ...good, "data-step": "" }]) expect(decodeStep(attrs(broken))).toBeNull();
  });

  it("carries an event's time in any form: a moment, a bound, a window", () => {
    for (const e of [
      { zone: "Asia/Damascus", time: "2021-06-28T19:44:00+03:00", timeIs: "about" as const },
      { zone: "America/New_York", time: "2021-06-27T20:04:00-04:00", timeIs: "by" as const },
      { zone: "Asia/Damascus", timeRange: ["2021-06-28T19:44:00+03:00", "2021-06-29T00:13:00+03:00"] as [string, string] },
    ]) {
      const back = decodeEventTime(attrs(encodeEventTime(e)))!;
      expect(back.zone).toBe(e.zone);
      expect(back.timeIs).toBe(e.timeIs);
      expect(back.time && Date.parse(back.time)).toBe(e.time && Date.parse(e.time));
      expect(back.timeRange?.map(Date.parse)).toEqual(e.timeRange?.map(Date.parse));
    }
    expect(decodeEventTime(attrs({ "data-zone-local": "UTC" }))).toBeNull();
  });

  it("declares the trigger line once, for the client, the stylesheet and the tests", () => {
    expect(TRIGGER_LINE).toBeGreaterThan(0.4);
    expect(TRIGGER_LINE).toBeLessThan(0.7);
  });
});
