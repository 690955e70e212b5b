import { CHAPTERS, expect, expectNoAxeViolations, scrollToStep, stepIds, test } from "./helpers";

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
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 900);
    await page.waitForTimeout(300);
    const expected = await page.evaluate(() => {
      const line = innerHeight * 0.55;
      let id = "";
      for (const s of document.querySelectorAll<HTMLElement>("[data-step]")) if (s.getBoundingClientRect().top <= line) id = s.id;
      return id || document.querySelector<HTMLElement>("[data-step]")!.id;
    });
    await expect(page.locator(story)).toHaveAttribute("data-active-step", expected);
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -900);
    const first = (await stepIds(page))[0]!;
    await expect(page.locator(story)).toHaveAttribute("data-active-step", first);
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
    await page.waitForTimeout(500);
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
    const ids = await stepIds(page);
    const next = page.getByRole("button", { name: "Next step" });
    for (const id of ids.slice(1)) {
      await next.focus();
      await page.keyboard.press("Enter");
      await expect(page.locator(story)).toHaveAttribute("data-active-step", id);
    }
    await expect(next).toBeDisabled();
    await page.getByRole("button", { name: "Previous step" }).click();
    await expect(page.locator(story)).toHaveAttribute("data-active-step", ids.at(-2)!);
  });

  test("no global key is captured", async ({ page }) => {
    await page.goto("/the-rockets/");
    const before = await page.locator(story).getAttribute("data-active-step");
    for (const key of ["ArrowRight", "ArrowLeft", "j", "k", "n", "p"]) await page.keyboard.press(key);
    await page.waitForTimeout(200);
    await expect(page.locator(story)).toHaveAttribute("data-active-step", before!);
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
    await expect(page.locator(story)).toHaveClass(/is-debug/);
  });
});

test.describe("JS off", () => {
  test("every step reads in order with its static graphic description", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const slug of CHAPTERS) {
      await page.goto(`/${slug}/`);
      const steps = page.locator("[data-step]");
      const n = await steps.count();
      expect(n).toBeGreaterThan(2);
      for (let i = 0; i < n; i++) {
        await steps.nth(i).scrollIntoViewIfNeeded();
        await expect(steps.nth(i)).toBeVisible();
        await expect(steps.nth(i).locator(".step__alt")).toBeVisible();
      }
      await expect(page.locator('[data-figure="map"] .map__svg')).toBeVisible();
    }
    await context.close();
  });
});

test.describe("axe", () => {
  // Every step state of every chapter, light on both viewports and dark on the desktop one (the colours are
  // the same on both; the layout is what differs).
  for (const scheme of ["light", "dark"] as const) {
    for (const slug of CHAPTERS) {
      test(`no violations at any step of ${slug} (${scheme})`, async ({ page }, info) => {
        test.skip(scheme === "dark" && info.project.name === "phone", "dark mode is checked on the desktop viewport");
        test.slow();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`/${slug}/`);
        for (const id of await stepIds(page)) {
          await scrollToStep(page, id);
          await expect(page.locator(story)).toHaveAttribute("data-active-step", id);
          await expectNoAxeViolations(page, `${slug}#${id} (${scheme})`);
        }
      });
    }
  }

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
