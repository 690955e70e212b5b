import { CHAPTERS, expect, expectNoAxeViolations, frames, scrollToStep, stepAtLine, stepIds, storyReady, test } from "./helpers";

const story = "story-scrolly";

test.describe("the scroll engine never shows the wrong state", () => {
  test("a jump to the bottom lands on the last step with its whole state (scrollama #26)", async ({ page }) => {
    await page.goto("/the-strikes/");
    const ids = await stepIds(page);
    const last = ids.at(-1)!;
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    await expect(page.locator(story)).toHaveAttribute("data-active-step", last);
    const lastStep = page.locator(`[data-step="${last}"]`);
    await expect(page.locator('[data-figure="map"]')).toHaveAttribute("data-view", (await lastStep.getAttribute("data-view"))!);
    for (const id of ((await lastStep.getAttribute("data-events")) ?? "").split(" ").filter(Boolean)) {
      await expect(page.locator(`[data-figure="timeline"] svg [data-event="${id}"]`)).toHaveAttribute("data-active", "");
    }
  });

  test("fast scrolling down and up, in big wheel jumps, always ends on the step under the trigger line", async ({ page }) => {
    await page.goto("/the-war-of-claims/");
    await storyReady(page);
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 900);
    // Once the page is at rest (the same scroll position on two reads), the story shows the step under the line.
    let last = -1;
    await expect.poll(async () => {
      const [y, active, atLine] = [await page.evaluate(() => scrollY), await page.locator(story).getAttribute("data-active-step"), await stepAtLine(page)];
      const still = y === last;
      last = y;
      return still && active === atLine;
    }, { intervals: [150] }).toBe(true);
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -900);
    const first = (await stepIds(page))[0]!;
    await expect(page.locator(story)).toHaveAttribute("data-active-step", first);
  });

  // scrollama's own known issues, on the page's own window where scrollama triggers the steps.
  test("scrollama triggers the steps of a chapter page, at the one trigger line", async ({ page }) => {
    await page.goto("/the-strikes/");
    await storyReady(page);
    const ids = await stepIds(page);
    // scrollama watches one band per step, from its top to the next step's: the bands tile the story.
    await expect(page.locator("[data-step-band][data-scrollama-index]")).toHaveCount(ids.length);
    const bands = await page.locator("[data-step-band]").evaluateAll((els) => els.map((e) => [e.getAttribute("data-step-band"), e.getBoundingClientRect().top + scrollY, e.getBoundingClientRect().bottom + scrollY] as const));
    expect(bands.map(([id]) => id)).toEqual(ids);
    const tops = await page.locator("[data-step]").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top + scrollY));
    bands.forEach(([, top, bottom], i) => {
      expect(Math.abs(top - tops[i]!)).toBeLessThan(1);
      if (i + 1 < bands.length) expect(Math.abs(bottom - tops[i + 1]!)).toBeLessThan(1);
    });
    // A step crossing the line by a few pixels, with no further scroll (no rest to back it up), becomes active.
    const target = ids[2]!;
    await page.evaluate((id) => {
      const line = innerHeight * Number(document.querySelector<HTMLElement>("story-scrolly")!.dataset["trigger"]);
      scrollTo(0, document.getElementById(id)!.getBoundingClientRect().top + scrollY - line + 4);
    }, target);
    await expect(page.locator(story)).toHaveAttribute("data-active-step", target);
    expect(await stepAtLine(page)).toBe(target);
  });

  test("jumps over several steps, up and down, land on the step under the line (scrollama #26)", async ({ page }) => {
    await page.goto("/the-rockets/");
    await storyReady(page);
    const ids = await stepIds(page);
    for (const id of [ids.at(-2)!, ids[1]!, ids.at(-1)!, ids[0]!]) {
      await page.evaluate((i) => document.getElementById(i)!.scrollIntoView({ block: "start", behavior: "instant" }), id);
      const expected = await stepAtLine(page);
      await expect(page.locator(story), `jumped to ${id}`).toHaveAttribute("data-active-step", expected);
    }
  });

  test("a step taller than the viewport stays active while it is read through, and gives way to the next at the line", async ({ page }) => {
    await page.goto("/the-strikes/");
    await storyReady(page);
    const ids = await stepIds(page);
    // The tallest step, in a viewport shorter than it.
    const heights = await page.locator("[data-step]").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    const i = heights.indexOf(Math.max(...heights.slice(0, -1)));
    const width = page.viewportSize()!.width;
    await page.setViewportSize({ width, height: Math.max(320, Math.floor(heights[i]! * 0.6)) });
    const [tall, next] = [ids[i]!, ids[i + 1]!];
    const box = await page.locator(`#${tall}`).evaluate((el) => ({ top: el.getBoundingClientRect().top + scrollY, height: el.getBoundingClientRect().height }));
    expect(box.height).toBeGreaterThan(page.viewportSize()!.height);
    const line = await page.evaluate(() => innerHeight * Number(document.querySelector<HTMLElement>("story-scrolly")!.dataset["trigger"]));
    // Its top past the line, then its middle at the line: the step fills the screen and stays active.
    for (const y of [box.top - line + 10, box.top + box.height / 2 - line, box.top + box.height - line - 10]) {
      await page.evaluate((to) => scrollTo(0, to), y);
      await expect(page.locator(story)).toHaveAttribute("data-active-step", tall);
    }
    // The next step's top reaching the line hands over to it.
    const nextTop = await page.locator(`#${next}`).evaluate((el) => el.getBoundingClientRect().top + scrollY);
    await page.evaluate((to) => scrollTo(0, to), nextTop - line + 10);
    await expect(page.locator(story)).toHaveAttribute("data-active-step", next);
  });

  test("scrolling a little at a time to the very bottom ends on the last step", async ({ page }) => {
    await page.goto("/the-war-of-claims/");
    await storyReady(page);
    const last = (await stepIds(page)).at(-1)!;
    // The last step can reach the line: the page leaves room below it.
    const room = await page.evaluate((id) => {
      const line = innerHeight * Number(document.querySelector<HTMLElement>("story-scrolly")!.dataset["trigger"]);
      const max = document.documentElement.scrollHeight - innerHeight;
      return max - (document.getElementById(id)!.getBoundingClientRect().top + scrollY - line);
    }, last);
    expect(room).toBeGreaterThanOrEqual(0);
    while (!(await page.evaluate(() => scrollY + innerHeight >= document.documentElement.scrollHeight - 2))) await page.mouse.wheel(0, 400);
    await expect(page.locator(story)).toHaveAttribute("data-active-step", last);
    await expect(page.locator(`#${last}`)).toHaveAttribute("aria-current", "step");
  });

  test("a deep link restores that step on load (#56, #70, #141)", async ({ page }) => {
    await page.goto("/the-rockets/#local-accounts");
    await expect(page.locator(story)).toHaveAttribute("data-active-step", "local-accounts");
    await expect(page.locator("#local-accounts")).toHaveAttribute("aria-current", "step");
    await expect(page.locator('[data-figure="map"]')).toHaveAttribute("data-view", "al-mayadin");
    await expect(page.locator("#local-accounts")).toBeInViewport();
  });

  test("a reload mid-page restores the step being read", async ({ page }) => {
    await page.goto("/the-strikes/");
    await scrollToStep(page, "what-was-hit");
    await expect(page.locator(story)).toHaveAttribute("data-active-step", "what-was-hit");
    await page.reload();
    await expect(page.locator(story)).toHaveAttribute("data-active-step", "what-was-hit");
    await expect(page.locator('[data-figure="map"]')).toHaveAttribute("data-view", "border-strike-area");
  });

  test("an anchor jump does not flash the steps in between (#78)", async ({ page }) => {
    await page.goto("/the-strikes/");
    await page.evaluate(() => {
      const el = document.querySelector("story-scrolly")!;
      (window as unknown as { seen: string[] }).seen = [];
      new MutationObserver(() => (window as unknown as { seen: string[] }).seen.push(el.getAttribute("data-active-step")!)).observe(el, {
        attributes: true,
        attributeFilter: ["data-active-step"],
      });
      location.hash = "#where-they-part";
    });
    await expect(page.locator(story)).toHaveAttribute("data-active-step", "where-they-part");
    // The step has arrived (its notes show once the map and the timeline have moved there), and a frame more.
    await expect(page.locator('[data-figure="map"] [data-note="where-they-part"][data-shown]').first()).toBeAttached();
    await frames(page);
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen).toEqual(["where-they-part"]);
  });

  test("resizing or rotating keeps the step being read", async ({ page }) => {
    await page.goto("/the-rockets/#return-fire");
    await expect(page.locator(story)).toHaveAttribute("data-active-step", "return-fire");
    const size = page.viewportSize()!;
    // Rotate: the layout reflows; the step under the trigger line is still the one being read.
    await page.setViewportSize({ width: size.height, height: size.width });
    await scrollToStep(page, "return-fire");
    await expect(page.locator(story)).toHaveAttribute("data-active-step", "return-fire");
    await expect(page.locator('[data-figure="map"]')).toHaveAttribute("data-view", "al-omar+al-mayadin");
    await page.setViewportSize(size);
    await expect(page.locator(story)).toHaveAttribute("data-active-step", "return-fire");
  });

  test("back and forward keep the reader's position and step", async ({ page }) => {
    await page.goto("/the-rockets/");
    await scrollToStep(page, "next-day");
    await expect(page.locator(story)).toHaveAttribute("data-active-step", "next-day");
    const y = await page.evaluate(() => scrollY);
    await page.goto("/the-war-of-claims/");
    await page.goBack();
    await expect(page.locator(story)).toHaveAttribute("data-active-step", "next-day");
    expect(Math.abs((await page.evaluate(() => scrollY)) - y)).toBeLessThan(40);
    await page.goForward();
    await expect(page).toHaveURL(/the-war-of-claims/);
  });
});

test.describe("keyboard, screen readers, motion", () => {
  test("next/previous step controls move through the steps in order", async ({ page }) => {
    await page.goto("/the-rockets/");
    await storyReady(page);
    const ids = await stepIds(page);
    const next = page.getByRole("button", { name: "Next step" });
    for (const id of ids.slice(1)) {
      await next.focus();
      await page.keyboard.press("Enter");
      await expect(page.locator(story)).toHaveAttribute("data-active-step", id);
    }
    await expect(next).toBeDisabled();
    // From the keyboard too: with a pointer click, one phone run in four under load ended at the story's top
    // (Playwright may scroll a sticky panel's button "into view" before it clicks; not seen from the keyboard).
    const previous = page.getByRole("button", { name: "Previous step" });
    await previous.focus();
    await page.keyboard.press("Enter");
    await expect(page.locator(story)).toHaveAttribute("data-active-step", ids.at(-2)!);
    // The page takes the reader there, and stays: the step under the line is the one shown.
    await expect.poll(() => stepAtLine(page)).toBe(ids.at(-2)!);
  });

  test("no global key is captured", async ({ page }) => {
    await page.goto("/the-rockets/");
    // Once the story runs (a key pressed before would prove nothing).
    await storyReady(page);
    const before = await page.locator(story).getAttribute("data-active-step");
    const scrolled = await page.evaluate(() => scrollY);
    for (const key of ["ArrowRight", "ArrowLeft", "j", "k", "n", "p"]) await page.keyboard.press(key);
    // A key's handler would have asked for a step by now: the story shows a step in the frame after it is asked.
    await frames(page, 3);
    await expect(page.locator(story)).toHaveAttribute("data-active-step", before!);
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
  });

  test("each step's graphic state is announced once, politely, from its alt", async ({ page }) => {
    await page.goto("/the-strikes/");
    const live = page.locator("[data-live]");
    await expect(live).toHaveAttribute("aria-live", "polite");
    await scrollToStep(page, "where-they-part");
    await expect(live).toHaveText((await page.locator("#where-they-part").getAttribute("data-alt"))!);
    await scrollToStep(page, "the-strikes");
    const generated = (await page.locator("#the-strikes").getAttribute("data-alt"))!;
    expect(generated).toContain("US airstrikes at the Iraq–Syria border");
    await expect(live).toHaveText(generated);
  });

  test("figures have accessible names, the one a step is about is in view, and the headings form an outline", async ({ page }) => {
    await page.goto("/the-strikes/");
    await expect(page.getByRole("figure", { name: /map/i })).toBeVisible();
    await expect(page.getByRole("figure", { name: /who did what/i })).toBeAttached();
    await scrollToStep(page, "the-reason");
    await expect(page.getByRole("figure", { name: /who did what/i })).toBeVisible();
    await expect(page.locator("h1")).toHaveCount(1);
  });

  test.describe("reduced motion", () => {
    test.use({ reducedMotion: "reduce" });
    test("the camera jumps to the step's view with no animation", async ({ page }) => {
      await page.goto("/the-strikes/");
      await scrollToStep(page, "the-strikes");
      await expect(page.locator(story)).toHaveAttribute("data-active-step", "the-strikes");
      const [k, x, y] = (await page.locator("#the-strikes").getAttribute("data-camera"))!.split(",").map(Number);
      const transform = await page.locator(".map__layers").getAttribute("transform");
      expect(transform).toBe(`translate(${x!.toFixed(2)},${y!.toFixed(2)}) scale(${k!.toFixed(4)})`);
    });
  });

  test("the reading-progress indicator advances", async ({ page }) => {
    await page.goto("/the-strikes/");
    const bar = page.locator("[data-progress]");
    const value = () => bar.evaluate((el) => (el as HTMLProgressElement).value);
    await expect(bar).toHaveAccessibleName("Reading progress");
    const start = await value();
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight / 2));
    await expect.poll(value).toBeGreaterThan(start);
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    await expect.poll(value).toBe(100);
  });

  test("?debug shows the trigger line and step boundaries", async ({ page }) => {
    await page.goto("/the-strikes/?debug");
    await storyReady(page);
    // A dashed line across the viewport at the trigger line, and an outline around each step.
    const line = await page.locator(story).evaluate((el) => {
      const after = getComputedStyle(el, "::after");
      return { top: parseFloat(after.top), style: after.borderTopStyle, width: parseFloat(after.borderTopWidth), position: after.position, expected: innerHeight * Number((el as HTMLElement).dataset["trigger"]) };
    });
    expect(line).toMatchObject({ style: "dashed", position: "fixed" });
    expect(line.width).toBeGreaterThan(0);
    expect(Math.abs(line.top - line.expected)).toBeLessThan(1);
    const outlines = await page.locator("[data-step]").evaluateAll((els) => els.map((e) => getComputedStyle(e).outlineStyle));
    expect(outlines.every((o) => o === "dotted")).toBe(true);
    // Without ?debug, neither.
    await page.goto("/the-strikes/");
    await storyReady(page);
    expect(await page.locator(story).evaluate((el) => getComputedStyle(el, "::after").borderTopStyle)).not.toBe("dashed");
  });
});

// With JS off every chapter reads in order, each step with its graphic's description: e2e/engines/scenarios.ts,
// in every engine.

test.describe("axe", () => {
  // Every step state of every chapter, in both schemes, is checked by tour.spec.ts.
  test("no violations with JS off", async ({ browser }) => {
    test.slow();
    // axe needs script to run, so "JS off" here means: none of the site's scripts load.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route("**/*.js", (route) => route.abort());
    for (const path of ["/", "/sources/", "/about/", ...CHAPTERS.map((s) => `/${s}/`)]) {
      await page.goto(path);
      await expectNoAxeViolations(page, `${path} without JS`);
    }
    await context.close();
  });
});
