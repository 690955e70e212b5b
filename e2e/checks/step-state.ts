/** What a step sets, once it is active: the story's and the map's whole state, then the step's own notes. */
import { expect, type Page } from "@playwright/test";
import { scrollToStep } from "../helpers";

/** The step's notes, and only its, shown on the figures. */
const shownNotes = (page: Page) => page.locator("[data-note][data-shown]").evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("data-note")))]);

/** Scroll to the step as a reader would and wait until it has arrived: active, the figures moved, its notes shown. */
export async function settle(page: Page, id: string) {
  await scrollToStep(page, id);
  await expect(page.locator("story-scrolly")).toHaveAttribute("data-active-step", id);
  await expect.poll(() => shownNotes(page)).toEqual([id]);
}

/**
 * The settled step `id` has set its whole state: aria-current on it alone, the figure it is about, the map's view
 * and camera, its events active on the map, and a callout for each of them in this layout. Returns the map's
 * transform, to tell that the figure really moved between steps.
 */
export async function expectStepState(page: Page, where: string, id: string, layout: "wide" | "narrow"): Promise<string> {
  const map = page.locator('[data-figure="map"]');
  const step = page.locator(`[data-step="${id}"]`);
  await expect(step).toHaveAttribute("aria-current", "step");
  await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
  await expect(page.locator("story-scrolly")).toHaveAttribute("data-focus", (await step.getAttribute("data-focus"))!);
  await expect(map).toHaveAttribute("data-view", (await step.getAttribute("data-view"))!);
  const events = ((await step.getAttribute("data-events")) ?? "").split(" ").filter(Boolean);
  const active = await map.locator(".mark[data-active]").evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("data-event")))]);
  const mappable = await map.locator(".mark").evaluateAll((els, ev) => [...new Set(els.map((e) => e.getAttribute("data-event")))].filter((e) => ev.includes(e!)), events);
  expect(active.sort(), `${where}: the events active on the map`).toEqual(mappable.sort());
  // The camera has arrived at the step's precomputed transform.
  const [k] = (await step.getAttribute("data-camera"))!.split(",").map(Number);
  await expect.poll(async () => Number((await map.locator(".map__layers").getAttribute("transform"))?.match(/scale\(([\d.]+)\)/)?.[1]), { timeout: 3000 }).toBeCloseTo(k!, 2);
  // The step's notes exist in both figures for this layout, and only they are shown.
  await expect(page.locator(`[data-note="${id}"][data-layout="${layout}"]`)).toHaveCount(2);
  expect(await shownNotes(page)).toEqual([id]);
  // Each event with a place is named in a callout on the map.
  for (const e of mappable) await expect(map.locator(`[data-note="${id}"][data-layout="${layout}"] [data-callout-event="${e}"]`), `${where} ${e}`).toHaveCount(1);
  return (await map.locator(".map__layers").getAttribute("transform")) ?? "";
}
