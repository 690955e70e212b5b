import { describe, expect, it } from "vitest";
import { formatProblems } from "./problem";
import { validateContent, type ContentFiles } from "./validate";

// A small, valid content set; each test breaks one thing and asserts the message an editor sees.
const places = `- id: albukamal
  name: Albukamal
  lon: 40.9367
  lat: 34.4536
  kind: town
- id: al-omar
  name: al-Omar oil field
  lon: 40.5758
  lat: 35.1517
  kind: oilfield
`;
const sources = `- id: militarytimes
  outlet: Military Times
  title: No injuries in rocket attack on US troops in Syria
  url: https://www.militarytimes.com/x/
  published: 2021-06-28
  kind: news
  language: en
- id: tasnim
  outlet: Tasnim
  title: Report
  url: https://www.jpost.com/x
  published: 2021-06-28
  kind: state-media
  language: en
  via: militarytimes
`;
const events = `- id: us-airstrikes
  title: Strikes
  summary: US strikes.
  kind: strike
  time: 2021-06-28T01:00:00+03:00
  timeRange: [2021-06-28T01:00:00+03:00, 2021-06-28T02:00:00+03:00]
  zone: Asia/Damascus
  places: [albukamal]
  status: confirmed
  sources: [militarytimes]
  label: US airstrikes
- id: rocket-attack
  title: Rockets
  summary: Rockets at al-Omar.
  kind: attack
  time: 2021-06-28T19:44:00+03:00
  zone: Asia/Damascus
  places: [al-omar]
  status: confirmed
  sources: [militarytimes]
  label: Rockets hit al-Omar
`;
const quotes = `- id: marotto-initial
  text: Initial report, at approx. 7:44 PM local time.
  speaker: Col. Wayne Marotto
  source: militarytimes
  event: rocket-attack
  status: confirmed
`;
const story = `title: T
dek: D
byline: B
published: 2026-11-24
figures:
  map: Map
  timeline: Timeline
  gap: { from: us-airstrikes, to: rocket-attack }
corrections: []
`;
const chapter = `---
title: One
dek: Dek
order: 1
summary: Summary.
---

<Step id="first" event="us-airstrikes" view="albukamal">
Strikes at <Time event="us-airstrikes" /> near <Place id="albukamal" />.
</Step>

<Quote id="marotto-initial" />

<Step id="second" events={["rocket-attack"]} view={["albukamal", "al-omar"]}>
<Elapsed from="us-airstrikes" to="rocket-attack" /> later. <Source id="militarytimes" />
</Step>
`;

function files(over: Partial<Record<"places" | "sources" | "events" | "quotes" | "story", string>> & { chapters?: string[] } = {}): ContentFiles {
  const f = (name: string, text: string) => ({ file: `content/${name}.yaml`, text });
  return {
    places: f("places", over.places ?? places),
    sources: f("sources", over.sources ?? sources),
    events: f("events", over.events ?? events),
    quotes: f("quotes", over.quotes ?? quotes),
    story: f("story", over.story ?? story),
    chapters: (over.chapters ?? [chapter]).map((text, i) => ({ file: `content/chapters/ch-${i + 1}.mdx`, slug: `ch-${i + 1}`, text })),
  };
}
const report = (over: Parameters<typeof files>[0]) => formatProblems(validateContent(files(over)).problems);
const problemsOf = (over: Parameters<typeof files>[0]) => validateContent(files(over)).problems;

describe("valid content", () => {
  it("passes with no problems and yields the data", () => {
    const r = validateContent(files());
    expect(r.problems).toEqual([]);
    expect(r.data?.events.map((e) => e.id)).toEqual(["us-airstrikes", "rocket-attack"]);
    expect(r.chapters[0]?.scan.uses.map((u) => u.name)).toEqual(["Step", "Time", "Place", "Quote", "Step", "Elapsed", "Source"]);
  });
});

describe("unknown ids", () => {
  it("in a component prop inside MDX: file:line:column, the value, and the nearest ids", () => {
    const bad = chapter.replace('<Step id="second" events={["rocket-attack"]}', '<Step id="second" events={["rocket-atack"]}');
    expect(report({ chapters: [bad] })).toContain(
      'content/chapters/ch-1.mdx:14:19  <Step events={[…]}>: unknown event "rocket-atack". Did you mean "rocket-attack"?',
    );
  });

  it("in a single-id prop", () => {
    const bad = chapter.replace('<Place id="albukamal" />', '<Place id="abukamal" />');
    expect(report({ chapters: [bad] })).toContain('content/chapters/ch-1.mdx:9:55  <Place id="…">: unknown place "abukamal". Did you mean "albukamal"?');
  });

  it("in a step view", () => {
    const bad = chapter.replace('view="albukamal"', 'view="al-omr"');
    expect(report({ chapters: [bad] })).toMatch(/ch-1\.mdx:8:\d+ {2}<Step view="…">: unknown place "al-omr"\. Did you mean "al-omar"\?/);
  });

  it("in YAML cross-references", () => {
    const bad = events.replace("places: [al-omar]", "places: [al-omar, deir-ezzor]");
    expect(report({ events: bad })).toContain('content/events.yaml:18:21  "rocket-attack" places: unknown place "deir-ezzor".');
    const badQuote = quotes.replace("source: militarytimes", "source: military-times");
    expect(report({ quotes: badQuote })).toContain('content/quotes.yaml:4:11  "marotto-initial" source: unknown source "military-times". Did you mean "militarytimes"?');
    const badVia = sources.replace("via: militarytimes", "via: jpost");
    expect(report({ sources: badVia })).toContain('content/sources.yaml:15:8  "tasnim" via: unknown source "jpost".');
  });

  it("for an unknown component, suggesting the right name", () => {
    expect(report({ chapters: [chapter.replace("<Quote id=", "<Qoute id=")] })).toContain(
      'content/chapters/ch-1.mdx:12:1  unknown component <Qoute>. Did you mean "Quote"?',
    );
  });

  it("for an unknown prop", () => {
    expect(report({ chapters: [chapter.replace('<Time event="us-airstrikes" />', '<Time evnt="us-airstrikes" />')] })).toContain(
      '<Time> has no prop "evnt". Did you mean "event"?',
    );
  });
});

describe("duplicates", () => {
  it("reports a duplicate id with the line of the first", () => {
    const dup = places + places.split("- id: al-omar")[0]!;
    expect(report({ places: dup })).toContain('content/places.yaml:11:7  duplicate id "albukamal" (first used on line 1)');
  });

  it("reports a duplicate step id in a chapter", () => {
    const bad = chapter.replace('<Step id="second"', '<Step id="first"');
    expect(report({ chapters: [bad] })).toContain('content/chapters/ch-1.mdx:14:7  duplicate step id "first" in this chapter (first on line 8)');
  });
});

describe("times, zones, coordinates, sources, URLs, quotes", () => {
  it("rejects a time without an offset", () => {
    const bad = events.replace("time: 2021-06-28T19:44:00+03:00", "time: 2021-06-28T19:44:00");
    expect(report({ events: bad })).toContain('content/events.yaml:16:9  "rocket-attack": time: a time needs its UTC offset');
  });

  it("rejects an unknown IANA zone", () => {
    const bad = events.replace("zone: Asia/Damascus\n  places: [al-omar]", "zone: Asia/Damscus\n  places: [al-omar]");
    expect(report({ events: bad })).toContain('content/events.yaml:17:9  "rocket-attack": zone: "Asia/Damscus" is not an IANA time zone; did you mean "Asia/Damascus"?');
  });

  it("rejects an unknown zone in <Time>", () => {
    const bad = chapter.replace('<Time event="us-airstrikes" />', '<Time event="us-airstrikes" zone="washingtn" />');
    expect(report({ chapters: [bad] })).toContain('content/chapters/ch-1.mdx:9:40  <Time zone="…">: "washingtn" is not a zone: use local, utc, washington or an IANA name; did you mean "washington"?');
  });

  it("rejects longitude and latitude out of range", () => {
    const bad = places.replace("lon: 40.9367", "lon: 409.367").replace("lat: 35.1517", "lat: 135.1517");
    const r = report({ places: bad });
    expect(r).toContain('content/places.yaml:3:8  "albukamal": lon: longitude must be between -180 and 180');
    expect(r).toContain('content/places.yaml:9:8  "al-omar": lat: latitude must be between -90 and 90');
  });

  it("rejects an event with no source", () => {
    const bad = events.replace("  sources: [militarytimes]\n  label: US airstrikes", "  sources: []\n  label: US airstrikes");
    expect(report({ events: bad })).toContain('content/events.yaml:10:12  "us-airstrikes": sources: an event needs at least one source');
  });

  it("rejects a non-http URL", () => {
    const bad = sources.replace("url: https://www.militarytimes.com/x/", "url: ftp://example.org/x");
    expect(report({ sources: bad })).toContain('content/sources.yaml:4:8  "militarytimes": url: a URL must start with http:// or https://');
  });

  it("rejects a quote over 60 words, saying how many it has", () => {
    const long = Array.from({ length: 61 }, (_, i) => `word${i}`).join(" ");
    const bad = quotes.replace("text: Initial report, at approx. 7:44 PM local time.", `text: ${long}`);
    expect(report({ quotes: bad })).toContain('content/quotes.yaml:2:9  "marotto-initial": text: a quote has at most 60 words; this one has 61');
  });

  it("rejects a bad chapter frontmatter field at its line", () => {
    const bad = chapter.replace("order: 1", "order: first");
    expect(report({ chapters: [bad] })).toMatch(/content\/chapters\/ch-1\.mdx:4:8 {2}order: /);
  });
});

describe("MDX hygiene", () => {
  it("rejects imports and code, with where they are", () => {
    const bad = chapter.replace("<Quote id", 'import X from "./x.js"\n\n{1 + 1}\n\n<Quote id');
    const r = report({ chapters: [bad] });
    expect(r).toContain("content/chapters/ch-1.mdx:12:1  chapters need no import or export lines");
    expect(r).toContain('content/chapters/ch-1.mdx:14:1  chapters hold no code: "{1 + 1}" is not allowed');
  });

  it("reports an MDX syntax error at its position", () => {
    const bad = chapter.replace("</Step>\n\n<Quote", "</Stpe>\n\n<Quote");
    expect(report({ chapters: [bad] })).toMatch(/content\/chapters\/ch-1\.mdx:10:1 {2}MDX syntax: Unexpected closing tag `<\/Stpe>`/);
  });
});

describe("several problems at once", () => {
  it("reports every problem across files in one pass, sorted by file and line", () => {
    const problems = problemsOf({
      places: places.replace("lat: 34.4536", "lat: 340"),
      events: events.replace("time: 2021-06-28T19:44:00+03:00", "time: 2021-06-28 19:44"),
      chapters: [chapter.replace('view="albukamal"', 'view="nowhere"'), chapter.replace("order: 1", "order: 2").replace('<Quote id="marotto-initial" />', '<Quote id="nope" />')],
    });
    const files = new Set(problems.map((p) => p.file));
    expect(files).toEqual(new Set(["content/places.yaml", "content/events.yaml", "content/chapters/ch-1.mdx", "content/chapters/ch-2.mdx"]));
    const text = formatProblems(problems);
    expect(text).toMatch(/^The content has \d+ problems\./);
    expect(text.indexOf("content/chapters/ch-1.mdx")).toBeLessThan(text.indexOf("content/places.yaml"));
  });
});

describe("every bad value in the editors' guide names itself, where it is, and the nearest good value", () => {
  const second = (field: string, value: string) => events.replace(/(- id: rocket-attack[\s\S]*?)\n  label: Rockets hit al-Omar/, `$1\n  label: Rockets hit al-Omar\n  ${field}: ${value}`);

  it("zones, kinds, statuses, timeIs and languages suggest the nearest word", () => {
    expect(report({ events: events.replace("zone: Asia/Damascus\n  places: [al-omar]", "zone: Asia/Damascas\n  places: [al-omar]") })).toContain(
      'content/events.yaml:17:9  "rocket-attack": zone: "Asia/Damascas" is not an IANA time zone; did you mean "Asia/Damascus"?',
    );
    expect(report({ events: events.replace("kind: attack", "kind: atack") })).toContain('"rocket-attack": kind: "atack" is not an event kind; did you mean "attack"?');
    expect(report({ events: events.replace("status: confirmed\n  sources: [militarytimes]\n  label: Rockets", "status: confirmd\n  sources: [militarytimes]\n  label: Rockets") })).toContain(
      '"rocket-attack": status: "confirmd" is not a status; did you mean "confirmed"?',
    );
    expect(report({ events: second("timeIs", "bye") })).toContain('"rocket-attack": timeIs: "bye" is not a way a time can be known; did you mean "by"?');
    expect(report({ sources: sources.replace("language: en\n- id: tasnim", "language: eng\n- id: tasnim") })).toMatch(
      /content\/sources\.yaml:7:13 {2}"militarytimes": language: "eng" is not a language code; did you mean "en"/,
    );
    expect(report({ places: places.replace("kind: town", "kind: twon") })).toContain('"albukamal": kind: "twon" is not a place kind; did you mean "town"?');
    expect(report({ sources: sources.replace("kind: news", "kind: newz") })).toContain('"militarytimes": kind: "newz" is not a source kind; did you mean "news"?');
  });

  it("names the value of a malformed time, a coordinate out of range and a label that is too long", () => {
    expect(report({ events: events.replace("time: 2021-06-28T19:44:00+03:00", "time: 2021-06-28T19:44:00") })).toContain(
      'content/events.yaml:16:9  "rocket-attack": time: a time needs its UTC offset, e.g. 2021-06-28T19:44:00+03:00 (or Z for UTC); got "2021-06-28T19:44:00"',
    );
    expect(report({ places: places.replace("lon: 40.9367", "lon: 409.367") })).toContain('"albukamal": lon: longitude must be between -180 and 180; got 409.367');
    expect(report({ events: events.replace("label: Rockets hit al-Omar", "label: Rockets hit the US base at the al-Omar oil field") })).toContain(
      '"rocket-attack": label: a label has at most 32 characters; "Rockets hit the US base at the al-Omar oil field" has 48',
    );
  });

  it("asks for a time or a window, and keeps a \"by\" time alone", () => {
    const noTime = events.replace("  time: 2021-06-28T19:44:00+03:00\n", "");
    expect(report({ events: noTime })).toContain('"rocket-attack": time: give a time, or a timeRange [earliest, latest] when only a window is known');
    const byWithRange = events.replace("  time: 2021-06-28T01:00:00+03:00\n", "  time: 2021-06-28T01:00:00+03:00\n  timeIs: by\n");
    expect(report({ events: byWithRange })).toContain('"us-airstrikes": timeIs: a "by" time is already a bound: give time alone, without timeRange');
    // A window alone is valid: no single time is invented for it.
    expect(problemsOf({ events: events.replace("  time: 2021-06-28T01:00:00+03:00\n", "") })).toEqual([]);
  });

  it("requires each quote's own status, and a zone for a said date", () => {
    const noStatus = quotes.replace("  status: confirmed\n", "");
    expect(report({ quotes: noStatus })).toMatch(/content\/quotes\.yaml:1:3 {2}"marotto-initial": status: is required/);
    const badStatus = quotes.replace("  status: confirmed\n", "  status: disputd\n");
    expect(report({ quotes: badStatus })).toContain('"marotto-initial": status: "disputd" is not a status; did you mean "disputed"?');
    const dateNoZone = quotes.replace("  event: rocket-attack\n", "  said: 2021-06-28\n");
    expect(report({ quotes: dateNoZone })).toContain("\"marotto-initial\": said: a said date needs the speaker's zone");
    expect(problemsOf({ quotes: quotes.replace("  event: rocket-attack\n", "  said: 2021-06-28\n  zone: Asia/Baghdad\n") })).toEqual([]);
    expect(report({ quotes: quotes.replace("  event: rocket-attack\n", "  event: rocket-attack\n  said: 28 June\n") })).toContain('"marotto-initial": said:');
  });

  it("refuses an <Elapsed> between two \"by\" times, and one that runs backwards", () => {
    const bothBy = events
      .replace("  time: 2021-06-28T01:00:00+03:00\n  timeRange: [2021-06-28T01:00:00+03:00, 2021-06-28T02:00:00+03:00]\n", "  time: 2021-06-28T01:00:00+03:00\n  timeIs: by\n")
      .replace("  time: 2021-06-28T19:44:00+03:00\n", "  time: 2021-06-28T19:44:00+03:00\n  timeIs: by\n");
    expect(report({ events: bothBy })).toContain('<Elapsed>: both "us-airstrikes" and "rocket-attack" are known only as "by" times, so the interval between them has no bound');
    const backwards = chapter.replace('<Elapsed from="us-airstrikes" to="rocket-attack" />', '<Elapsed from="rocket-attack" to="us-airstrikes" />');
    expect(report({ chapters: [backwards] })).toContain('<Elapsed>: "us-airstrikes" comes before "rocket-attack"; swap from and to');
  });

  it("reads expression props from the parsed expression: literals only, negative numbers allowed", () => {
    const box = chapter.replace('view={["albukamal", "al-omar"]}', "view={[40.2, 34.3, 41.2, -35.3]}");
    expect(report({ chapters: [box] })).toContain("a box is [west, south, east, north] in degrees, with west < east and south < north");
    const code = chapter.replace('view={["albukamal", "al-omar"]}', 'view={places.map((p) => p)}');
    expect(report({ chapters: [code] })).toContain('<Step view={places.map((p) => p)}>: only a quoted string, a number or a plain list like ["a", "b"] is allowed here');
    const templated = chapter.replace('view={["albukamal", "al-omar"]}', "view={[`albukamal`]}");
    expect(report({ chapters: [templated] })).toContain("only a quoted string, a number or a plain list");
    expect(problemsOf({ chapters: [chapter.replace('view={["albukamal", "al-omar"]}', "view={['albukamal', \"al-omar\",]}")] })).toEqual([]);
  });
});

describe("translations", () => {
  const arabic = `---
title: واحد
dek: مقدمة
summary: ملخص.
---

<Step id="first" event="us-airstrikes" view="albukamal">
ضربات في <Time event="us-airstrikes" /> قرب <Place id="albukamal" />.
</Step>

<Step id="second" events={["rocket-attack"]} view={["albukamal", "al-omar"]}>
بعد <Elapsed from="us-airstrikes" to="rocket-attack" />. <Source id="militarytimes" />
</Step>
`;
  const withArabic = (chapters: { slug: string; text: string }[], pages: { slug: string; text: string }[] = []): ContentFiles => ({
    ...files(),
    translated: {
      ar: {
        chapters: chapters.map((c) => ({ ...c, file: `content/ar/chapters/${c.slug}.mdx` })),
        pages: pages.map((p) => ({ ...p, file: `content/ar/pages/${p.slug}.mdx` })),
      },
    },
  });

  it("a translation with the original's steps is published; missing fields are warnings that name the entry", () => {
    const r = validateContent(withArabic([{ slug: "ch-1", text: arabic }]));
    expect(r.problems).toEqual([]);
    expect(r.translations.map((t) => `${t.lang}/${t.slug}`)).toEqual(["ar/ch-1"]);
    const warnings = r.warnings.map((w) => `${w.file} ${w.message}`);
    expect(warnings).toContainEqual(expect.stringMatching(/content\/events\.yaml "us-airstrikes": no ar label, title, summary yet/));
    expect(warnings).toContainEqual(expect.stringMatching(/content\/places\.yaml "albukamal": no ar name/));
  });

  it("steps in another order: an error at the step's line naming both ids", () => {
    const swapped = arabic.replace('<Step id="first"', '<Step id="XX"').replace('<Step id="second"', '<Step id="first"').replace('<Step id="XX"', '<Step id="second"');
    expect(formatProblems(validateContent(withArabic([{ slug: "ch-1", text: swapped }])).problems)).toContain(
      'content/ar/chapters/ch-1.mdx:7:1  step 1 is "second" but step 1 of content/chapters/ch-1.mdx is "first": a translation keeps the original\'s steps, same ids, same order',
    );
  });

  it("a missing step: an error naming it", () => {
    const short = arabic.slice(0, arabic.indexOf('<Step id="second"'));
    expect(formatProblems(validateContent(withArabic([{ slug: "ch-1", text: short }])).problems)).toContain('has 1 steps; content/chapters/ch-1.mdx has 2: missing "second"');
  });

  it("a translation of a chapter that does not exist: an error with the nearest name", () => {
    expect(formatProblems(validateContent(withArabic([{ slug: "ch-2", text: arabic }])).problems)).toContain('a translation of a chapter that does not exist: no chapters/ch-2.mdx. Did you mean "ch-1"?');
  });

  it("an untranslated chapter and a draft are warnings, not published", () => {
    const none = validateContent(withArabic([]));
    expect(none.problems).toEqual([]);
    expect(none.translations).toEqual([]);
    expect(none.warnings.map((w) => `${w.file} ${w.message}`)).toContainEqual("content/ar/chapters/ch-1.mdx content/chapters/ch-1.mdx is not translated into ar yet: that edition links to the English chapter");
    const draft = validateContent(withArabic([{ slug: "ch-1", text: arabic.replace("summary: ملخص.", "summary: ملخص.\ndraft: true") }]));
    expect(draft.problems).toEqual([]);
    expect(draft.translations).toEqual([]);
    expect(draft.warnings.map((w) => `${w.file} ${w.message}`)).toContainEqual("content/ar/chapters/ch-1.mdx a draft (draft: true), not published yet: that edition links to the English chapter");
  });

  it("a translation's components are checked like the original's", () => {
    const bad = arabic.replace('<Place id="albukamal" />', '<Place id="abukamal" />');
    expect(formatProblems(validateContent(withArabic([{ slug: "ch-1", text: bad }])).problems)).toContain('content/ar/chapters/ch-1.mdx:8:52  <Place id="…">: unknown place "abukamal". Did you mean "albukamal"?');
  });
});
