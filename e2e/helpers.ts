import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

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

/** Scroll so that a step's top sits just above the trigger line, as a reader reading it would. */
export async function scrollToStep(page: Page, stepId: string) {
  // The story's script starts after the first paint (src/lib/after-paint.ts): act once it runs.
  await page.locator("story-scrolly[data-ready]").waitFor({ state: "attached" });
  await page.evaluate((id) => {
    const el = document.getElementById(id)!;
    const top = el.getBoundingClientRect().top + scrollY;
    scrollTo(0, top - innerHeight * 0.45);
  }, stepId);
}

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

/** axe with no violations; `context` names the state for the message. */
export async function expectNoAxeViolations(page: Page, context: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  expect(summary, `${context}\n${summary.join("\n")}`).toEqual([]);
}

export const CHAPTERS = ["before-the-strikes", "the-strikes", "the-hours-between", "the-rockets", "the-war-of-claims"] as const;

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
