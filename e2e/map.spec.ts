import { CHAPTERS, expect, scrollToStep, stepIds, test } from "./helpers";

test("each step of every chapter sets the story and the map to its whole state, then shows what it writes", async ({ page }, info) => {
  test.slow();
  const layout = info.project.name === "phone" ? "narrow" : "wide";
  const map = page.locator('[data-figure="map"]');
  const seenViews = new Set<string>();
  for (const slug of CHAPTERS) {
    await page.goto(`/${slug}/`);
    for (const id of await stepIds(page)) {
      await scrollToStep(page, id);
      const step = page.locator(`[data-step="${id}"]`);
      await expect(page.locator("story-scrolly")).toHaveAttribute("data-active-step", id);
      await expect(step).toHaveAttribute("aria-current", "step");
      await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
      await expect(page.locator("story-scrolly")).toHaveAttribute("data-focus", (await step.getAttribute("data-focus"))!);
      const view = (await step.getAttribute("data-view"))!;
      await expect(map).toHaveAttribute("data-view", view);
      seenViews.add(view);
      const events = ((await step.getAttribute("data-events")) ?? "").split(" ").filter(Boolean);
      const active = await map.locator(".mark[data-active]").evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("data-event")))]);
      const mappable = await map.locator(".mark").evaluateAll((els, ev) => [...new Set(els.map((e) => e.getAttribute("data-event")))].filter((e) => ev.includes(e!)), events);
      expect(active.sort(), `${slug}#${id}`).toEqual(mappable.sort());
      // The camera arrives at the step's precomputed transform…
      const [k] = (await step.getAttribute("data-camera"))!.split(",").map(Number);
      await expect.poll(async () => Number((await map.locator(".map__layers").getAttribute("transform"))?.match(/scale\(([\d.]+)\)/)?.[1]), { timeout: 3000 }).toBeCloseTo(k!, 2);
      // …and then only this step's notes are shown, in both figures.
      await expect(page.locator(`[data-note="${id}"][data-layout="${layout}"]`)).toHaveCount(2);
      await expect.poll(() => page.locator("[data-note][data-shown]").evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("data-note")))])).toEqual([id]);
      // Each event with a place is named in a callout on the map.
      for (const e of mappable) await expect(map.locator(`[data-note="${id}"][data-layout="${layout}"] [data-callout-event="${e}"]`), `${slug}#${id} ${e}`).toHaveCount(1);
    }
  }
  // The figure really changed along the way, not only the attribute on the story.
  expect(seenViews.size).toBeGreaterThan(3);
});
