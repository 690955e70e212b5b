import { expect, test } from "./helpers";

test.describe("the scroll loop", () => {
  test("the figures are complete SVG before any script runs", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/the-strikes/");
    await expect(page.locator('figure[data-figure="map"] svg path.map__river').first()).toBeAttached();
    await expect(page.locator('figure[data-figure="timeline"] svg [data-event]').first()).toBeAttached();
    await context.close();
  });
});
