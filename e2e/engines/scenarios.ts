/**
 * The reader's essential paths, written once and run in every engine (driver.ts): Chromium in the Playwright suite
 * (e2e/engines.spec.ts), Firefox and WebKit through WebDriver (run.ts). Each checks what a reader would see.
 */
import { AR_CHAPTERS, CHAPTERS } from "../chapters";
import { check, waitFor, type Driver } from "./driver";

/**
 * The editions a reader can read: the English at the root, the Arabic under /ar/ (right to left, its own digits).
 * `zoneTimes` is the rocket attack's time under the map's callout, as the reader sees it, per zone choice.
 */
export const EDITIONS = [
  { lang: "en", prefix: "", chapters: CHAPTERS, zoneTimes: { utc: "16:44 UTC", washington: "12:44 EDT", local: "19:44 UTC+3" } },
  { lang: "ar", prefix: "/ar", chapters: AR_CHAPTERS, zoneTimes: { utc: "١٦:٤٤ غرينتش", washington: "١٢:٤٤ غرينتش−٤", local: "١٩:٤٤ غرينتش+٣" } },
] as const;
type Edition = (typeof EDITIONS)[number];
/** A laptop and a phone (WebKitGTK's window cannot be narrower than about 450 px: it gets the phone layout there). */
export const VIEWPORTS: [number, number][] = [
  [1440, 900],
  [390, 844],
];

export interface Where {
  /** The site as this engine loads it. */
  site: string;
  /** A newsroom's page on another origin (e2e/hosts/). */
  host: string;
}

export interface Scenario {
  name: string;
  /** false: run with JavaScript off. */
  javaScript?: boolean;
  /** The viewports it runs at (default both). */
  viewports?: [number, number][];
  run(d: Driver, where: Where): Promise<void>;
}

/** The step the story shows, once its script runs (data-ready); before that, null (the page's first step is only drawn). */
const activeStep = (d: Driver, frame?: string) =>
  d.evaluate(() => {
    const story = document.querySelector<HTMLElement>("story-scrolly");
    return story?.hasAttribute("data-ready") ? (story.dataset["activeStep"] ?? null) : null;
  }, null, frame);
const stepIds = (d: Driver, frame?: string) => d.evaluate(() => [...document.querySelectorAll<HTMLElement>("[data-step]")].map((e) => e.id), null, frame);

/** Wait until the story has started (its element has set itself up) and shows `id`. */
const onStep = (d: Driver, id: string, frame?: string) => waitFor(`the active step (wanted ${id})`, () => activeStep(d, frame), (v) => v === id);

/** Put a step's top just above the reading line, as a reader reading it would. */
const scrollToStep = (d: Driver, id: string) =>
  d.evaluate((i) => {
    const el = document.getElementById(i)!;
    scrollTo(0, el.getBoundingClientRect().top + scrollY - innerHeight * 0.45);
  }, id);

/** Start recording every step the story makes active, in order. */
const record = (d: Driver) =>
  d.evaluate(() => {
    const el = document.querySelector<HTMLElement>("story-scrolly")!;
    const w = window as unknown as { __steps: string[]; __stepObserver?: MutationObserver };
    w.__steps = [el.dataset["activeStep"]!];
    w.__stepObserver?.disconnect();
    w.__stepObserver = new MutationObserver(() => w.__steps.push(el.dataset["activeStep"]!));
    w.__stepObserver.observe(el, { attributes: true, attributeFilter: ["data-active-step"] });
  }, null);
const recorded = (d: Driver) => d.evaluate(() => (window as unknown as { __steps: string[] }).__steps.filter((s, i, all) => s !== all[i - 1]), null);

/**
 * Scroll the page 45% of a screen at a time to one end, as a reader's thumb would: each position is painted (two
 * animation frames) before the next, as it is when a person scrolls. Steps stand at least 60% of a screen apart, so
 * the line stops in each; the story must show each as it passes (a short card once went unseen while moving, when
 * scrollama watched the cards themselves: src/client/window-trigger.ts). The whole sweep runs inside the
 * page, one script per direction (a WebDriver round trip per position made a chapter's sweep take seconds).
 */
async function scrollThrough(d: Driver, direction: 1 | -1) {
  const reached = await d.evaluate(async (dir) => {
    const atEnd = () => (dir > 0 ? scrollY + innerHeight >= document.documentElement.scrollHeight - 2 : scrollY <= 0);
    for (let i = 0; i < 400 && !atEnd(); i++) {
      scrollBy(0, dir * innerHeight * 0.45);
      // Painted, and the frame after it run to its end: the step read in that frame (the story asks for it once
      // the position has been rendered) is shown before the next scroll.
      await new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)));
      await new Promise((later) => setTimeout(later, 0));
    }
    return atEnd();
  }, direction);
  if (!reached) throw new Error("the page never reached its end");
}

const inOrder = (e: Edition, slug: string): Scenario => ({
  name: `${e.prefix.slice(1) || "en"}/${slug}: every step activates in order, scrolling down and back up`,
  async run(d, { site }) {
    await d.goto(`${site}${e.prefix}/${slug}/`);
    const ids = await stepIds(d);
    await onStep(d, ids[0]!);
    await record(d);
    await scrollThrough(d, 1);
    await onStep(d, ids.at(-1)!);
    check(JSON.stringify(await recorded(d)) === JSON.stringify(ids), `down: steps went ${JSON.stringify(await recorded(d))}, not ${JSON.stringify(ids)}`);
    const current = await d.evaluate(() => document.querySelector('[aria-current="step"]')?.id ?? null, null);
    check(current === ids.at(-1), `down: aria-current is on ${current}`);
    await record(d);
    await scrollThrough(d, -1);
    await onStep(d, ids[0]!);
    const up = await recorded(d);
    check(JSON.stringify(up) === JSON.stringify([...ids].reverse()), `up: steps went ${JSON.stringify(up)}, not ${JSON.stringify([...ids].reverse())}`);
  },
});

/** The paths every edition must keep, in its own addresses, words and digits. */
const editionScenarios = (e: Edition): Scenario[] => [
  ...e.chapters.map((slug) => inOrder(e, slug)),
  {
    name: `${e.lang}: a deep link lands on its step, and a reload mid-page stays on the step being read`,
    async run(d, { site }) {
      await d.goto(`${site}${e.prefix}/the-rockets/#next-day`);
      await onStep(d, "next-day");
      await d.goto(`${site}${e.prefix}/the-strikes/`);
      const ids = await stepIds(d);
      const middle = ids[Math.floor(ids.length / 2)]!;
      await onStep(d, ids[0]!);
      await scrollToStep(d, middle);
      await onStep(d, middle);
      await d.reload();
      await onStep(d, middle);
    },
  },
  {
    name: `${e.lang}: a jump to the bottom lands on the last step`,
    async run(d, { site }) {
      await d.goto(`${site}${e.prefix}/the-war-of-claims/`);
      const ids = await stepIds(d);
      await onStep(d, ids[0]!);
      await d.evaluate(() => scrollTo(0, document.documentElement.scrollHeight), null);
      await onStep(d, ids.at(-1)!);
    },
  },
  {
    name: `${e.lang}: the zone control writes the rocket attack's time as 19:44 local, 16:44 UTC, 12:44 in Washington`,
    async run(d, { site }) {
      await d.goto(`${site}${e.prefix}/the-rockets/`);
      await onStep(d, "dusk");
      // The callout on the map at this step: the label the reader sees, and the time under it.
      const shownTime = () =>
        d.evaluate(() => {
          const label = [...document.querySelectorAll<SVGTextElement>("[data-shown] [data-callout-event='rocket-attack']")].find((t) => t.getBoundingClientRect().width > 0);
          return label?.nextElementSibling?.textContent?.trim() ?? null;
        }, null);
      for (const zone of ["utc", "washington", "local"] as const) {
        const text = e.zoneTimes[zone];
        await d.click(`[data-zone-control] input[value="${zone}"]`);
        await waitFor(`the rocket attack's time in ${zone}`, shownTime, (t) => t?.includes(text) ?? false);
      }
    },
  },
  {
    name: `${e.lang}: with JavaScript off every chapter reads in order, its figures after the text`,
    javaScript: false,
    async run(d, { site }) {
      for (const slug of e.chapters) {
        await d.goto(`${site}${e.prefix}/${slug}/`);
        const page = await d.evaluate(() => {
          const steps = [...document.querySelectorAll<HTMLElement>("[data-step]")].map((s) => s.getBoundingClientRect());
          const graphic = document.querySelector(".story__graphic")!.getBoundingClientRect();
          const rows = document.querySelectorAll(".timeline__table tbody tr").length;
          // Each step's description of its graphic, and the map, are shown.
          const shown = (el: Element | null) => !!el && el.getBoundingClientRect().height > 0 && getComputedStyle(el).visibility !== "hidden";
          const alts = [...document.querySelectorAll("[data-step]")].map((s) => shown(s.querySelector(".step__alt")));
          const map = shown(document.querySelector('[data-figure="map"] .map__svg'));
          return { tops: steps.map((r) => r.top), heights: steps.map((r) => r.height), lastBottom: steps.at(-1)!.bottom, graphicTop: graphic.top, rows, alts, map, scripted: customElements.get("story-scrolly") !== undefined };
        }, null);
        check(!page.scripted, `${slug}: the page's script ran: JavaScript is not off`);
        check(page.heights.length > 2 && page.heights.every((h) => h > 20), `${slug}: a step is not shown`);
        check(page.alts.every(Boolean), `${slug}: a step's description of its graphic is not shown`);
        check(page.map, `${slug}: the map is not shown`);
        check(page.tops.every((t, i) => i === 0 || t > page.tops[i - 1]!), `${slug}: the steps are not in reading order`);
        check(page.graphicTop >= page.lastBottom - 1, `${slug}: the figures do not follow the text`);
        check(page.rows > 0, `${slug}: the timeline's table is empty`);
      }
    },
  },
];

export const SCENARIOS: Scenario[] = [
  ...EDITIONS.flatMap(editionScenarios),
  {
    name: "a chapter embedded with /embed.js on another origin sizes its iframe and follows the host page's scroll",
    viewports: [[1440, 900]],
    async run(d, { host }) {
      const frame = "iframe[data-story-embed]";
      await d.goto(`${host}/script.html`);
      const heights = () => d.evaluate((sel) => Math.round(document.querySelector(sel)!.getBoundingClientRect().height), frame);
      const content = () => d.evaluate(() => Math.ceil(document.documentElement.scrollHeight), null, frame);
      await waitFor("the iframe's height", heights, (h) => h > 1500, 10_000);
      await waitFor("the iframe's height against its content's", async () => Math.abs((await heights()) - (await content())), (gap) => gap <= 4, 10_000);
      const ids = await stepIds(d, frame);
      for (const id of [ids[1]!, ids[Math.floor(ids.length / 2)]!, ids.at(-1)!]) {
        const top = await d.evaluate((i) => document.getElementById(i)!.getBoundingClientRect().top, id, frame);
        await d.evaluate(
          ({ sel, y }) => {
            const el = document.querySelector(sel)!;
            scrollTo(0, el.getBoundingClientRect().top + scrollY + y - innerHeight * 0.45);
          },
          { sel: frame, y: top },
        );
        await onStep(d, id, frame);
      }
    },
  },
];
