import type { Page } from "@playwright/test";
import { CHAPTERS, expect, expectNoAxeViolations, scrollToStep, stepIds, test } from "./helpers";

// The Arabic edition as its reader meets it: right to left, in Arabic, linked to the English both ways, its
// timeline running right to left and its Arabic labels whole and in order. (Its reader paths and the zone check
// run with the English ones in e2e/engines/scenarios.ts; its figures' legibility in figures.spec.ts.)

const PAGES = ["", "about/", "sources/", ...CHAPTERS.map((c) => `${c}/`)];
const ARABIC = /[\u0600-\u06FF]/;

async function settle(page: Page, id: string) {
  await scrollToStep(page, id);
  await expect(page.locator("story-scrolly")).toHaveAttribute("data-active-step", id);
  await expect.poll(() => page.locator("[data-note][data-shown]").evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("data-note")))])).toEqual([id]);
}

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
  // steps, scale, axis, table, tooltips), only in names that carry digits ("T-4", "CC BY 4.0", "Deir Ezzor 24").
  const written = await page.evaluate(() =>
    [
      ...document.querySelectorAll(
        ".step-nav__position, time, [data-live], .timeline__table td:first-child, .map__scale-label, .timeline__clock, .timeline__axis text, .callout text, [data-figure] title",
      ),
    ].map((e) => e.textContent ?? ""),
  );
  expect(written.length).toBeGreaterThan(20);
  const stray = written.filter((w) => /[0-9]/.test(w.replace(/T-4|UTC|F-1[56]/g, "")));
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

for (const slug of CHAPTERS) {
  test(`ar/${slug}: the timeline puts earlier events to the right, and no Arabic label is cut or reversed`, async ({ page }) => {
    test.slow();
    await page.goto(`/ar/${slug}/`);
    for (const id of await stepIds(page)) {
      await settle(page, id);
      const where = `ar/${slug}#${id}`;
      // Every pair of marks in the visible window, with different times: the earlier one is to the right.
      const marks = await page.evaluate(() => {
        const plot = document.querySelector('[data-figure="timeline"] svg')!.getBoundingClientRect();
        return [...document.querySelectorAll<SVGGElement>('[data-figure="timeline"] .timeline__event')]
          .map((g) => {
            const shape = g.querySelector(".timeline__point, .timeline__range")!.getBoundingClientRect();
            const t = Date.parse(g.dataset["start"] ?? g.dataset["time"] ?? "");
            return { event: g.dataset["event"]!, t, ranged: g.hasAttribute("data-ranged"), left: shape.left, right: shape.right, mid: (shape.left + shape.right) / 2 };
          })
          .filter((m) => m.right > plot.left && m.left < plot.right && m.right - m.left > 0);
      });
      for (const a of marks)
        for (const b of marks) {
          if (a.t >= b.t || a.ranged || b.ranged) continue;
          expect(a.mid, `${where}: ${a.event} (earlier) is right of ${b.event}`).toBeGreaterThan(b.mid);
        }
      // Each Arabic text in the figures: whole (inside its figure, not cut by a clip) and in reading order, its
      // first letter to the right of its last.
      const labels = await page.evaluate((arabic) => {
        const re = new RegExp(arabic);
        const out: { text: string; inside: boolean; firstRight: number; lastLeft: number; width: number }[] = [];
        for (const figure of document.querySelectorAll<HTMLElement>("[data-figure]")) {
          const box = figure.getBoundingClientRect();
          for (const el of figure.querySelectorAll<SVGTextElement>("text")) {
            const text = el.textContent ?? "";
            const r = el.getBoundingClientRect();
            if (!re.test(text) || r.width < 2 || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
            // The first and last Arabic letters of the label's first run of Arabic.
            const first = text.search(re);
            let last = first;
            while (last + 1 < text.length && /[\u0600-\u06FF\s]/.test(text[last + 1]!)) last++;
            while (/\s/.test(text[last]!)) last--;
            if (last <= first || el.getNumberOfChars() !== text.length) continue;
            const a = el.getExtentOfChar(first);
            const z = el.getExtentOfChar(last);
            const m = el.getScreenCTM()!;
            out.push({ text, inside: r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1, firstRight: (a.x + a.width) * m.a + m.e, lastLeft: z.x * m.a + m.e, width: r.width });
          }
        }
        return out;
      }, ARABIC.source);
      expect(labels.length, `${where}: the figures have Arabic labels`).toBeGreaterThan(0);
      for (const l of labels) {
        expect(l.inside, `${where}: "${l.text}" is inside its figure`).toBe(true);
        expect(l.firstRight, `${where}: "${l.text}" reads right to left`).toBeGreaterThan(l.lastLeft);
      }
    }
  });
}

test.describe("axe in Arabic", () => {
  for (const scheme of ["light", "dark"] as const) {
    for (const slug of CHAPTERS) {
      test(`no violations at any step of ar/${slug} (${scheme})`, async ({ page }) => {
        test.slow();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`/ar/${slug}/`);
        for (const id of await stepIds(page)) {
          await scrollToStep(page, id);
          await expect(page.locator("story-scrolly")).toHaveAttribute("data-active-step", id);
          await expectNoAxeViolations(page, `ar/${slug}#${id} (${scheme})`);
        }
      });
    }
    test(`no violations on the Arabic index, about, sources and static pages (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ["/ar/", "/ar/about/", "/ar/sources/", "/static/ar/the-rockets/", "/embed/ar/the-strikes/"]) {
        await page.goto(path);
        await expectNoAxeViolations(page, `${path} (${scheme})`);
      }
    });
  }
});
