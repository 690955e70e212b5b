import { ARABIC } from "./checks/right-to-left";
import { settle } from "./checks/step-state";
import { AR_CHAPTERS, expect, expectNoAxeViolations, stepIds, test } from "./helpers";

// The Arabic edition as its reader meets it: right to left, in Arabic, linked to the English both ways. (Its
// timeline's order, its labels whole and in order, its figures' legibility and axe at every step are in
// tour.spec.ts; its reader paths and the zone check run with the English ones in e2e/engines/scenarios.ts.)

const PAGES = ["", "about/", "sources/", ...AR_CHAPTERS.map((c) => `${c}/`)];

test("every English page has its Arabic twin, right to left, and each links the other (hreflang) both ways", async ({ page }) => {
  const alternate = async (lang: string) => {
    const href = await page.locator(`link[rel="alternate"][hreflang="${lang}"]`).getAttribute("href");
    return href && new URL(href, page.url()).pathname;
  };
  for (const path of PAGES) {
    await page.goto(`/${path}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    expect(await alternate("ar"), `/${path} links its Arabic twin`).toBe(`/ar/${path}`);
    await page.goto(`/ar/${path}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    expect(await alternate("en"), `/ar/${path} links its English twin`).toBe(`/${path}`);
    expect(await alternate("ar"), `/ar/${path} names itself`).toBe(`/ar/${path}`);
    await expect(page.locator("h1")).toHaveText(ARABIC);
    await expect(page.locator("a[data-lang-switch]")).toHaveAttribute("href", new RegExp(`^/${path.replace(/\//g, "\\/")}(#.*)?$`));
  }
  // The other renditions of a chapter in Arabic: embed, static, stills, social card, oEmbed.
  for (const path of ["/embed/ar/the-rockets/", "/embed/ar/map/", "/embed/ar/timeline/", "/static/ar/the-rockets/"]) {
    await page.goto(path);
    await expect(page.locator("html"), path).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html"), path).toHaveAttribute("lang", "ar");
  }
  for (const path of ["/og/ar-the-rockets.png", "/img/ar/the-rockets/dusk.png", "/img/ar/the-rockets/dusk.svg", "/img/ar/the-rockets/narrow/dusk.svg", "/oembed/ar/the-rockets.json"]) {
    const r = await page.request.get(path);
    expect(r.status(), path).toBe(200);
  }
  const oembed = await (await page.request.get("/oembed/ar/the-rockets.json")).json();
  expect(oembed.html).toContain("/embed/ar/the-rockets/");
  expect(oembed.title).toMatch(ARABIC);
});

test("the language switch keeps the reader's step, both ways", async ({ page }) => {
  await page.goto("/the-rockets/");
  await settle(page, "next-day");
  await page.locator("a[data-lang-switch]").click();
  await expect(page).toHaveURL(/\/ar\/the-rockets\/#next-day$/);
  await expect(page.locator("story-scrolly")).toHaveAttribute("data-active-step", "next-day");
  await settle(page, "return-fire");
  await page.locator("a[data-lang-switch]").click();
  await expect(page).toHaveURL(/\/the-rockets\/#return-fire$/);
  await expect(page.locator("story-scrolly")).toHaveAttribute("data-active-step", "return-fire");
});

test("the step controls, progress and announcements speak Arabic, in Arabic digits", async ({ page }) => {
  await page.goto("/ar/the-rockets/");
  const steps = await stepIds(page);
  await settle(page, steps[1]!);
  const live = page.locator("[aria-live]").filter({ hasText: ARABIC });
  await expect(live.first()).toContainText(`${(2).toLocaleString("ar-u-nu-arab")}`);
  await expect(page.locator('[aria-current="step"]')).toHaveAttribute("id", steps[1]!);
  // One numbering system throughout: no Latin digit in what the edition writes itself (times, dates, counts,
  // steps, scale, axis, table, tooltips), only in names that carry digits ("T-4", "F-15", "Deir Ezzor 24").
  const written = await page.evaluate(() =>
    [
      ...document.querySelectorAll(
        ".step-nav__position, time, [data-live], .timeline__table td:first-child, .map__scale-label, .timeline__clock, .timeline__axis text, .callout text, [data-figure] title",
      ),
    ].map((e) => e.textContent ?? ""),
  );
  expect(written.length).toBeGreaterThan(20);
  const stray = written.filter((w) => /[0-9]/.test(w.replace(/T-4|UTC|F-1[56]|دير الزور 24/g, "")));
  expect(stray, `Latin digits in what the Arabic edition writes:\n${stray.join("\n")}`).toEqual([]);
  expect(written.filter((w) => !/[\u0600-\u06FF]/.test(w) && /[a-z]{3}/i.test(w)), "English words in the Arabic edition's figures").toEqual([]);
});

test("a quote we have only in English is marked as our translation, the English one click away", async ({ page }) => {
  await page.goto("/ar/the-rockets/");
  const quote = page.locator('[data-quote="marotto-initial"]');
  await expect(quote).toHaveAttribute("data-our-translation", "");
  await expect(quote.locator("blockquote")).toHaveText(ARABIC);
  const original = quote.locator("details.quote__original");
  await expect(original.locator("summary")).toBeVisible();
  await expect(original.locator('[lang="en"]')).toBeHidden();
  await original.locator("summary").click();
  await expect(original.locator('[lang="en"]')).toBeVisible();
  await expect(original.locator('[lang="en"]')).toContainText("Coalition");
});

test.describe("axe in Arabic", () => {
  for (const scheme of ["light", "dark"] as const) {
    test(`no violations on the Arabic index, about, sources and static pages (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ["/ar/", "/ar/about/", "/ar/sources/", "/static/ar/the-rockets/", "/embed/ar/the-strikes/"]) {
        await page.goto(path);
        await expectNoAxeViolations(page, `${path} (${scheme})`);
      }
    });
  }
});
