import { describe, expect, it } from "vitest";
import { compareByTime, describeInterval, eventCell, eventClock, eventTimeText, formatInZone, intervalBetween, shortLabel, zoneLabel, type Timed } from "./time";
import { resolveZone } from "./zones";

const strikes = { time: "2021-06-28T01:00:00+03:00", timeRange: ["2021-06-28T01:00:00+03:00", "2021-06-28T02:00:00+03:00"] as [string, string], zone: "Asia/Damascus" };
const rockets = { time: "2021-06-28T19:44:00+03:00", zone: "Asia/Damascus" };

describe("zone conversion through Intl", () => {
  it("shows the rocket attack at 19:44 local, 16:44 UTC, 12:44 in Washington", () => {
    expect(formatInZone(rockets.time, resolveZone("local", rockets.zone)).clock).toBe("19:44");
    expect(formatInZone(rockets.time, resolveZone("utc", rockets.zone)).clock).toBe("16:44");
    expect(formatInZone(rockets.time, resolveZone("washington", rockets.zone)).clock).toBe("12:44");
  });

  it("puts the strikes on Monday locally and on Sunday evening in Washington (the day changes)", () => {
    const local = formatInZone(strikes.time, "Asia/Damascus");
    const washington = formatInZone(strikes.time, "America/New_York");
    const utc = formatInZone(strikes.time, "UTC");
    expect([local.clock, local.day]).toEqual(["01:00", "Mon 28 Jun"]);
    expect([washington.clock, washington.day]).toEqual(["18:00", "Sun 27 Jun"]);
    expect([utc.clock, utc.day]).toEqual(["22:00", "Sun 27 Jun"]);
  });

  it("writes the zone beside the time, with the offset in force that day", () => {
    const instant = new Date(rockets.time);
    expect(zoneLabel("Asia/Damascus", instant)).toBe("Syria time (UTC+3)");
    expect(zoneLabel("America/New_York", instant)).toBe("Washington time (EDT, UTC−4)");
    expect(zoneLabel("UTC", instant)).toBe("UTC");
    // Syria's summer time: in January 2021 Damascus was UTC+2.
    expect(zoneLabel("Asia/Damascus", new Date("2021-01-15T12:00:00Z"))).toBe("Syria time (UTC+2)");
  });

  it("gives an ISO datetime with the zone's offset", () => {
    expect(formatInZone(rockets.time, "America/New_York").iso).toBe("2021-06-28T12:44-04:00");
    expect(formatInZone(rockets.time, "UTC").iso).toBe("2021-06-28T16:44Z");
  });
});

describe("intervals", () => {
  it("computes the gap from the strikes to the rockets with its range", () => {
    const i = intervalBetween(strikes, rockets);
    expect(describeInterval(i).text).toBe("about 18 hours (17 h 44 min – 18 h 44 min)");
  });

  it("is exact when neither event has a range", () => {
    const i = intervalBetween({ time: "2021-06-28T01:00:00+03:00" }, rockets);
    expect(describeInterval(i).text).toBe("18 h 44 min");
  });
});

describe('"by" times and windows', () => {
  const statement: Timed = { time: "2021-06-27T20:04:00-04:00", timeIs: "by" };
  const coalition: Timed = { timeRange: ["2021-06-28T19:44:00+03:00", "2021-06-29T00:13:00+03:00"] };

  it("bounds an interval on the side a \"by\" time leaves open", () => {
    // Online by 20:04 EDT: the statement can have come any time before, so from it the interval is at least…
    const from = describeInterval(intervalBetween(statement, rockets));
    expect(from).toMatchObject({ text: "at least 16 h 40 min", bound: "at least" });
    // …and up to it from the strikes, at most.
    expect(describeInterval(intervalBetween(strikes, statement)).text).toBe("at most 2 h 4 min");
    expect(intervalBetween(statement, { time: "2021-06-28T12:48:00+03:00", timeIs: "by" })).toEqual({ min: null, max: null });
  });

  it("never writes a single time for a window with no better estimate, and orders it by its start", () => {
    expect(eventClock(coalition, "Asia/Damascus")).toBe("Mon 19:44–Tue 00:13");
    expect(eventClock({ timeRange: ["2021-06-28T01:00:00+03:00", "2021-06-29T00:00:00+03:00"] }, "Asia/Damascus")).toBe("01:00–24:00");
    expect(eventClock({ timeRange: ["2021-06-28T01:00:00+03:00", "2021-06-29T00:00:00+03:00"] }, "UTC")).toBe("Sun 22:00–Mon 21:00");
    expect(eventClock({ timeRange: ["2021-06-28T06:00:00+03:00", "2021-06-28T12:00:00+03:00"] }, "Asia/Damascus")).toBe("06:00–12:00");
    // A whole day is written as that day, which "00:00–24:00" would leave out; in another zone it is a window.
    const wholeDay = { timeRange: ["2021-06-29T00:00:00+03:00", "2021-06-30T00:00:00+03:00"] as [string, string], zone: "Asia/Damascus" };
    expect(eventClock(wholeDay, "Asia/Damascus")).toBe("Tue 29 Jun");
    expect(shortLabel(wholeDay, "Asia/Damascus")).toBe("Tue 29 Jun UTC+3");
    expect(eventClock(wholeDay, "Asia/Damascus", "ar")).toBe("الثلاثاء، ٢٩ يونيو");
    expect(eventClock(wholeDay, "UTC")).toBe("Mon 21:00–Tue 21:00");
    expect(eventTimeText(coalition, "Asia/Damascus")).toBe("between 19:44 on Mon 28 Jun and 00:13 on Tue 29 Jun");
    expect(eventCell(coalition, "UTC")).toBe("Mon 28 Jun, 16:44–21:13");
    const late = { id: "late", time: "2021-06-28T23:00:00+03:00" };
    expect([late, { id: "coalition", ...coalition }].sort(compareByTime).map((e) => e.id)).toEqual(["coalition", "late"]);
  });

  it('writes "by", "about" and a window\'s best estimate on the clock', () => {
    expect(shortLabel(statement, "America/New_York")).toBe("by 20:04 EDT");
    expect(eventTimeText({ time: "2021-02-25T18:00:00-05:00", timeIs: "about" }, "Asia/Damascus")).toBe("about 01:00 on Fri 26 Feb");
    expect(eventClock(strikes, "Asia/Damascus")).toBe("≈01:00");
    expect(shortLabel(rockets, "Asia/Tokyo")).toBe("01:44 UTC+9");
  });

  it("names the day when the time falls on another date than the axis beside it", () => {
    // The War Powers letter, by 18:32 in Washington on 29 June: 01:32 on Wed 30 June on a Syria-time axis.
    const letter = { time: "2021-06-29T18:32:00-04:00", timeIs: "by" as const };
    expect(shortLabel(letter, "America/New_York", "en", "Asia/Damascus")).toBe("by Tue 18:32 EDT");
    expect(shortLabel(letter, "America/New_York", "en", "America/New_York")).toBe("by 18:32 EDT");
    expect(shortLabel(rockets, "Asia/Damascus", "en", "Asia/Damascus")).toBe("19:44 UTC+3");
    expect(shortLabel(rockets, "America/New_York", "en", "Asia/Damascus")).toBe("12:44 EDT");
    // A window within one day on another date keeps both clocks after the day.
    const evening = { timeRange: ["2021-06-29T17:00:00-04:00", "2021-06-29T18:00:00-04:00"] as [string, string] };
    expect(shortLabel(evening, "America/New_York", "en", "Asia/Damascus")).toBe("Tue 17:00–18:00 EDT");
  });
});
