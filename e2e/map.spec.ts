import { CHAPTERS, expect, scrollToStep, stepIds, test } from "./helpers";

test("each step of every chapter sets the story and the map to its whole state, with no two labels overlapping", async ({ page }) => {
  test.slow();
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
      const view = (await step.getAttribute("data-view"))!;
      await expect(map).toHaveAttribute("data-view", view);
      seenViews.add(view);
      const events = ((await step.getAttribute("data-events")) ?? "").split(" ").filter(Boolean);
      const active = await map.locator(".mark[data-active]").evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("data-event")))]);
      const mappable = await map.locator(".mark").evaluateAll((els, ev) => [...new Set(els.map((e) => e.getAttribute("data-event")))].filter((e) => ev.includes(e!)), events);
      expect(active.sort(), `${slug}#${id}`).toEqual(mappable.sort());
      // The camera arrives at the step's precomputed transform.
      const [k] = (await step.getAttribute("data-camera"))!.split(",").map(Number);
      await expect.poll(async () => Number((await map.locator(".map__layers").getAttribute("transform"))?.match(/scale\(([\d.]+)\)/)?.[1]), { timeout: 3000 }).toBeCloseTo(k!, 2);
      // Once there, the labels shown are exactly the step's (chosen at build time not to collide at its camera)…
      const labels = ((await step.getAttribute("data-labels")) ?? "").split(" ").filter(Boolean).sort();
      await expect.poll(() => map.locator("[data-label]:not([data-hidden])").evaluateAll((els) => els.map((e) => e.getAttribute("data-label")).sort())).toEqual(labels);
      const left = ((await step.getAttribute("data-labels-left")) ?? "").split(" ").filter(Boolean).sort();
      expect(await map.locator("[data-label][data-left]").evaluateAll((els) => els.map((e) => e.getAttribute("data-label")).sort())).toEqual(left);
      // …and none overlaps another on screen.
      const boxes = await map.locator(".map__label:not([data-hidden])").evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.top, r.right, r.bottom] as const));
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          expect(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3], `labels ${i} and ${j} overlap at ${slug}#${id}`).toBe(false);
        }
    }
  }
  // The figure really changed along the way, not only the attribute on the story.
  expect(seenViews.size).toBeGreaterThan(3);
});
