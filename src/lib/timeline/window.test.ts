import { describe, expect, it } from "vitest";
import { formatInZone } from "../time";
import { tickDayTexts, timeX } from "./axis";
import { fitWindow, mainWindow, windowDates, windowTicks } from "./window";

const H = 3_600_000;
const strikes = { time: "2021-06-28T01:00:00+03:00", timeRange: ["2021-06-28T01:00:00+03:00", "2021-06-28T02:00:00+03:00"] as [string, string] };
const rockets = { time: "2021-06-28T19:44:00+03:00" };
const february = { time: "2021-02-25T18:00:00-05:00", timeIs: "about" as const };

describe("timeline windows", () => {
  it("fits a window around a step's events, with room on both sides", () => {
    const [a, b] = fitWindow([strikes, rockets]);
    expect(a).toBeLessThan(Date.parse(strikes.timeRange[0]));
    expect(b).toBeGreaterThan(Date.parse(rockets.time));
    expect(b - a).toBeLessThan(24 * H);
  });

  it("widens a single moment to a few hours of context", () => {
    const [a, b] = fitWindow([rockets]);
    expect(b - a).toBeGreaterThanOrEqual(4 * H);
    expect((a + b) / 2).toBe(Date.parse(rockets.time));
  });

  it("takes the story's main stretch, not February's context, for a step with no events", () => {
    const [a] = mainWindow([february, strikes, rockets]);
    expect(new Date(a).getUTCMonth()).toBe(5);
  });

  it("names in the title the days a step's axis shows: the main stretch, or February's own date at its step", () => {
    const events = [february, strikes, rockets];
    const dates = (w: [number, number], lang: "en" | "ar" = "en") => windowDates(events, w, "Asia/Damascus", lang);
    expect(dates(fitWindow([strikes]))).toBe("28 June 2021");
    expect(dates(fitWindow([strikes, rockets]))).toBe("28 June 2021");
    expect(dates(mainWindow(events))).toBe("28 June 2021");
    expect(dates(fitWindow([february]))).toBe("26 February 2021");
    expect(dates(fitWindow([february]), "ar")).toMatch(/^[٠-٩]+ (فبراير|شباط) [٠-٩]+$/);
  });

  it("puts ticks on round hours of the axis's zone, far enough apart", () => {
    const w = fitWindow([strikes, rockets]);
    const { ticks, daily } = windowTicks(w, 700, "Asia/Damascus");
    expect(daily).toBe(false);
    for (const t of ticks) expect(formatInZone(new Date(t), "Asia/Damascus").clock).toMatch(/^\d\d:00$/);
    const xs = ticks.map((t) => timeX(t, w, 0, 700));
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(64);
  });

  it("writes a tick's day where the day changes, and on the first tick only when it does not crowd the next day", () => {
    expect(tickDayTexts(["Sun 27 Jun", "Sun 27 Jun", "Mon 28 Jun", "Mon 28 Jun"], [0, 100, 200, 300], 13)).toEqual(["Sun 27 Jun", "", "Mon 28 Jun", ""]);
    expect(tickDayTexts(["Sun 27 Jun", "Mon 28 Jun"], [0, 64], 13)).toEqual(["", "Mon 28 Jun"]);
  });
});
