import { expect, scrollToStep, stepIds, test } from "./helpers";

test.describe("the scroll loop", () => {
  test("scrolling through a chapter changes the active step and the figure's state with it", async ({ page }) => {
    await page.goto("/the-strikes/");
    const story = page.locator("story-scrolly");
    const map = page.locator('figure[data-figure="map"]');
    const ids = await stepIds(page);
    expect(ids.length).toBeGreaterThanOrEqual(3);

    const seenViews = new Set<string>();
    for (const id of ids) {
      await scrollToStep(page, id);
      await expect(story).toHaveAttribute("data-active-step", id);
      await expect(page.locator(`[data-step="${id}"]`)).toHaveAttribute("aria-current", "step");
      await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
      const view = await page.locator(`[data-step="${id}"]`).getAttribute("data-view");
      await expect(map).toHaveAttribute("data-view", view!);
      seenViews.add(view!);
    }
    // The figure really changed along the way, not only the attribute on the story.
    expect(seenViews.size).toBeGreaterThan(1);
  });

  test("the figures are complete SVG before any script runs", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/the-strikes/");
    await expect(page.locator('figure[data-figure="map"] svg path.map__river').first()).toBeAttached();
    await expect(page.locator('figure[data-figure="timeline"] svg [data-event]').first()).toBeAttached();
    await context.close();
  });
});
