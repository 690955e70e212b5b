import { expect, holdScripts, stepIds, test } from "./helpers";

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

test.describe("loading", () => {
  // The chapter reads whole before its script (figures drawn at build time), so the script waits for the first
  // paint (src/lib/after-paint.ts); an embed view may load off screen and unpainted, so it fetches its own at once.
  test("a chapter paints its text before it fetches its script, and the script then runs", async ({ page }) => {
    for (const path of ["/the-rockets/", "/ar/the-strikes/"]) {
      await page.goto(path);
      await page.waitForFunction(() => customElements.get("story-scrolly") !== undefined);
      const t = await page.evaluate(() => ({
        fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
        scripts: performance.getEntriesByType("resource").filter((r) => new URL(r.name).pathname.endsWith(".js")).map((r) => r.startTime),
      }));
      expect(t.fcp, path).not.toBeNull();
      expect(t.scripts.length, path).toBeGreaterThan(0);
      for (const start of t.scripts) expect(start, `${path}: a script requested before the first contentful paint`).toBeGreaterThan(t.fcp!);
      // And it is the story's engine that runs: the next step button takes the reader on.
      const first = await page.locator("[data-step]").first().getAttribute("id");
      await page.locator("[data-step-next]").click();
      await expect(page.locator("story-scrolly")).not.toHaveAttribute("data-active-step", first!);
    }
  });

  test("step buttons pressed before the script has started take the reader on once it starts", async ({ page }) => {
    const release = await holdScripts(page);
    await page.goto("/the-rockets/");
    const ids = await stepIds(page);
    const story = page.locator("story-scrolly");
    await page.locator("[data-step-next]").click();
    await page.locator("[data-step-next]").click();
    await expect(story).toHaveAttribute("data-pending-steps", "2");
    release();
    await expect(story).toHaveAttribute("data-active-step", ids[2]!);
    await expect(story).not.toHaveAttribute("data-pending-steps");
    await expect(page.locator(`#${ids[2]}`)).toHaveAttribute("aria-current", "step");
  });

  test("a step button pressed as the script is defined, before it shows its first step, is taken once", async ({ page }) => {
    // The press comes the moment the element is defined: its buttons answer, its first step is not shown yet.
    await page.addInitScript(() => {
      void customElements.whenDefined("story-scrolly").then(() => document.querySelector<HTMLButtonElement>("[data-step-next]")!.click());
    });
    for (const path of ["/embed/the-rockets/", "/the-strikes/"]) {
      await page.goto(path);
      const ids = await stepIds(page);
      await expect(page.locator("story-scrolly")).toHaveAttribute("data-ready", "");
      await expect(page.locator("story-scrolly"), path).toHaveAttribute("data-active-step", ids[1]!);
      await expect(page.locator("story-scrolly")).not.toHaveAttribute("data-pending-steps");
    }
  });

  // A browser may paint while the page is still being parsed: the step buttons, last in the graphic, may not be
  // there yet. When they arrive nothing already painted may move (a layout shift).
  test("the figures keep their place whether or not the step buttons have arrived", async ({ page }) => {
    for (const path of ["/embed/the-strikes/", "/ar/the-rockets/"]) {
      await page.goto(path);
      const boxes = () =>
        page.evaluate(() =>
          [...document.querySelectorAll(".story__graphic > .figure, .story__graphic > .figure > *")].map((e) => {
            const r = e.getBoundingClientRect();
            return `${e.className && typeof e.className === "string" ? e.className : e.tagName} ${r.x},${r.y},${r.width}x${r.height}`;
          }),
        );
      const whole = await boxes();
      await page.evaluate(() => document.querySelector(".story__graphic > .step-nav")!.remove());
      expect(await boxes(), path).toEqual(whole);
    }
  });

  test("the step buttons show together: a nav parsed only up to its first button is not shown, so nothing in it moves", async ({ page }) => {
    for (const path of ["/embed/ar/the-hours-between/", "/the-rockets/"]) {
      await page.goto(path);
      const nav = page.locator(".story__graphic > .step-nav");
      await expect(nav).toBeVisible();
      // As a first paint mid-parse would find it: the first button and nothing after it.
      await page.evaluate(() => {
        const nav = document.querySelector(".story__graphic > .step-nav")!;
        while (nav.lastElementChild !== nav.firstElementChild) nav.lastElementChild!.remove();
      });
      await expect(nav.locator("[data-step-prev]"), path).toBeHidden();
    }
  });

  test("the timeline's head shows whole: parsed only up to some of its zone choices, it is not shown, so its title does not move", async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    for (const path of ["/embed/ar/the-hours-between/", "/the-rockets/"]) {
      await page.goto(path);
      // (A chapter's phone may hide the whole timeline at its first step, by the step's focus: the head's own style.)
      const head = page.locator('[data-figure="timeline"] .timeline__head');
      await expect(head).toHaveCSS("visibility", "visible");
      // As a first paint mid-parse would find it: the head with its zone control's name and first choice, and
      // nothing after the head yet.
      await page.evaluate(() => {
        const head = document.querySelector('[data-figure="timeline"] .timeline__head')!;
        const zone = head.querySelector("[data-zone-control]")!;
        while (zone.children.length > 2) zone.lastElementChild!.remove();
        while (head.nextElementSibling) head.nextElementSibling.remove();
      });
      await expect(head, path).toHaveCSS("visibility", "hidden");
    }
  });

  test("an embed view fetches its script at once", async ({ page }) => {
    await page.goto("/embed/the-rockets/");
    await expect(page.locator('script[type="module"][src]')).toHaveCount(1);
    await expect(page.locator("script[data-module]")).toHaveCount(0);
  });
});
