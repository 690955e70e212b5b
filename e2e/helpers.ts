import { test as base, expect, type Page } from "@playwright/test";
import axe from "axe-core";

/** Collects console errors and failed requests; call `check()` at the end of a test. */
export function watchPage(page: Page) {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => {
    // ERR_ABORTED is a request the browser cancelled itself (a navigation away), not one that failed to load.
    const error = r.failure()?.errorText ?? "";
    if (!error.includes("ERR_ABORTED")) problems.push(`request failed: ${r.url()} ${error}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return { check: () => expect(problems, problems.join("\n")).toEqual([]) };
}

/** Wait until the story's script runs and shows its first step (src/lib/after-paint.ts starts it after the first paint). */
export async function storyReady(page: Page) {
  await page.locator("story-scrolly[data-ready]").waitFor({ state: "attached" });
}

/** Scroll so that a step's top sits just above the trigger line (the story's data-trigger), as a reader reading it would. */
export async function scrollToStep(page: Page, stepId: string) {
  await storyReady(page);
  await page.evaluate((id) => {
    const el = document.getElementById(id)!;
    const line = Number(document.querySelector<HTMLElement>("story-scrolly")!.dataset["trigger"]);
    scrollTo(0, el.getBoundingClientRect().top + scrollY - innerHeight * (line - 0.1));
  }, stepId);
}

/** The step whose top is the last at or above the trigger line, read from layout as a reader would place it. */
export const stepAtLine = (page: Page) =>
  page.evaluate(() => {
    const line = innerHeight * Number(document.querySelector<HTMLElement>("story-scrolly")!.dataset["trigger"]);
    const steps = [...document.querySelectorAll<HTMLElement>("[data-step]")];
    return steps.filter((s) => s.getBoundingClientRect().top <= line).at(-1)?.id ?? steps[0]!.id;
  });

/** Wait for `n` animation frames to be rendered in the page (what a step change or a lazy load waits for). */
export const frames = (page: Page, n = 2) =>
  page.evaluate((count) => new Promise<void>((done) => {
    const next = (left: number) => (left ? requestAnimationFrame(() => next(left - 1)) : done());
    next(count);
  }), n);

/**
 * Hold back the site's scripts (the story starts after its first paint, src/lib/after-paint.ts) until the returned
 * function is called: for what a reader does before the story runs.
 */
export async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route("**/_astro/*.js", async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

export async function stepIds(page: Page): Promise<string[]> {
  return page.locator("[data-step]").evaluateAll((els) => els.map((e) => e.id));
}

/**
 * axe with no violations, on the whole page or only on the parts `include` names (CSS selectors; those that match
 * nothing are left out); `context` names the state for the message. axe is put in the page once and run as often
 * as asked, reporting violations only: a tour runs it at every step.
 */
export async function expectNoAxeViolations(page: Page, context: string, include: string[] = []) {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (selectors) => {
    const run = (window as unknown as { axe: typeof axe }).axe;
    const parts = selectors.filter((s) => document.querySelector(s));
    const results = await run.run(parts.length ? { include: parts.map((s) => [s]) } : document, { resultTypes: ["violations"] });
    return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  }, include);
  expect(violations, `${context}\n${violations.join("\n")}`).toEqual([]);
}

export { AR_CHAPTERS, CHAPTERS } from "./chapters";

/**
 * The `test` every spec uses: its `page` fails the test on any console error, uncaught exception, failed
 * request or HTTP error, so no test can pass over a broken page.
 */
export const test = base.extend<{ page: Page }>({
  page: async ({ page }, use) => {
    const watch = watchPage(page);
    await use(page);
    watch.check();
  },
});
export { expect };
