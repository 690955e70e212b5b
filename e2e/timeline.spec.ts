import { expect, expectNoAxeViolations, holdScripts, scrollToStep, test } from "./helpers";

const timeline = '[data-figure="timeline"]';
const rocketLabel = `${timeline} [data-event="rocket-attack"] .timeline__label`;

test.describe("timeline: time zones", () => {
  test.use({ timezoneId: "Asia/Tokyo" });

  test("switching the zone relabels the rocket attack: 19:44 local, 16:44 UTC, 12:44 Washington, 01:44 for a reader in Tokyo", async ({ page }) => {
    await page.goto("/the-rockets/");
    const figure = page.locator(timeline);
    await expect(figure).toHaveAttribute("data-zone", "local");
    await expect(page.locator(rocketLabel)).toContainText("19:44");
    await expect(page.locator(rocketLabel)).toContainText("UTC+3");

    for (const [zone, clock, label] of [
      ["utc", "16:44", "UTC"],
      ["washington", "12:44", "EDT"],
      ["reader", "01:44", "UTC+9"],
      ["local", "19:44", "UTC+3"],
    ] as const) {
      await figure.locator(`[data-zone-control] input[value="${zone}"]`).check();
      await expect(figure).toHaveAttribute("data-zone", zone);
      await expect(page.locator(rocketLabel)).toContainText(clock);
      await expect(page.locator(rocketLabel)).toContainText(label);
    }
  });

  test("a claim's time says it is when it was said, in every zone: the US count of 34 rockets, a whole day", async ({ page }) => {
    await page.goto("/the-rockets/#next-day");
    await expect(page.locator("story-scrolly")).toHaveAttribute("data-active-step", "next-day");
    // The map's callout: its first meta line under the label.
    const callout = page.locator('[data-figure="map"] .map__note[data-shown] .callout__label[data-callout-event="us-rocket-count"] + .callout__meta').first();
    for (const [zone, text] of [
      ["local", "said Tue 29 Jun UTC+3"],
      ["utc", "said Mon 21:00–Tue 21:00 UTC"],
      ["local", "said Tue 29 Jun UTC+3"],
    ] as const) {
      await page.locator(`${timeline} [data-zone-control] input[value="${zone}"]`).check();
      await expect(callout).toContainText(text);
    }
  });

  test("a zone chosen before the script has started is applied when it starts", async ({ page }) => {
    // The script waits for the first paint (src/lib/after-paint.ts); hold it back until the reader has chosen.
    const release = await holdScripts(page);
    await page.goto("/the-rockets/");
    const figure = page.locator(timeline);
    await figure.locator('[data-zone-control] input[value="utc"]').check();
    await expect(figure).toHaveAttribute("data-zone", "local");
    release();
    await expect(figure).toHaveAttribute("data-zone", "utc");
    await expect(page.locator(rocketLabel)).toContainText("16:44 UTC");
  });

  test("the zone control is a keyboard-operable radio group with the zone words as values", async ({ page }) => {
    await page.goto("/the-rockets/");
    const radios = page.locator(`${timeline} [data-zone-control] input[type=radio]`);
    await expect(radios).toHaveCount(4);
    expect(await radios.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(["local", "utc", "washington", "reader"]);
    await radios.first().focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.locator(timeline)).toHaveAttribute("data-zone", "utc");
    await page.keyboard.press("ArrowRight");
    await expect(page.locator(timeline)).toHaveAttribute("data-zone", "washington");
    await expect(page.locator(rocketLabel)).toContainText("12:44");
  });

  test("the strikes fall on Sunday in Washington and Monday locally (day change on the axis and in the table)", async ({ page }) => {
    await page.goto("/the-strikes/");
    const row = page.locator(`${timeline} tr[data-row-event="us-airstrikes"]`);
    await expect(row.locator("td").first()).toContainText("Mon 28 Jun");
    await page.locator(`${timeline} [data-zone-control] input[value="washington"]`).check();
    await expect(row.locator("td").first()).toContainText("Sun 27 Jun");
    await expect(row.locator("td").first()).toContainText("18:00");
  });
});

test.describe("timeline: what it shows", () => {
  test("each event is one element holding its mark and its visible time label; a window is drawn as a range", async ({ page }) => {
    await page.goto("/the-strikes/");
    const strikes = page.locator(`${timeline} svg [data-event="us-airstrikes"]`);
    await expect(strikes.locator("rect.timeline__range")).toHaveCount(1);
    await expect(strikes.locator(".timeline__label")).toContainText("≈");
    await expect(page.locator(`${timeline} svg [data-event="rocket-attack"] circle`)).toHaveCount(1);
    // Something said is dated by when it was said, in its quiet label too, as on the map's callouts.
    const claim = page.locator(`${timeline} svg [data-event="sana-child-claim"] .timeline__label`);
    await expect(claim).toContainText("SANA: a child killed · said ");
    await expect(strikes.locator(".timeline__label")).not.toContainText("said");
  });

  test("the title names the days the axis shows: 28–30 June, and February's date at the February step", async ({ page }) => {
    await page.goto("/before-the-strikes/");
    const title = page.locator(`${timeline} .timeline__title`);
    const june = /^Who did what, who said what: 28\s?–\s?30 June 2021$/;
    await expect(title).toHaveText(june);
    await scrollToStep(page, "february");
    await expect(title).toHaveText("Who did what, who said what: 26 February 2021");
    // The figure's accessible name follows.
    await expect(page.locator(timeline)).toHaveAccessibleName("Who did what, who said what: 26 February 2021");
    await scrollToStep(page, "the-militias");
    await expect(title).toHaveText(june);
  });

  test("the gap bracket carries the interval computed from the data, with its range", async ({ page }) => {
    await page.goto("/the-hours-between/");
    await scrollToStep(page, "the-clock");
    // The bracket is written for each layout; the one in use is shown once the window has arrived.
    const bracket = page.locator(`${timeline} [data-note][data-shown] [data-gap="us-airstrikes:rocket-attack"]`).filter({ visible: true });
    await expect(bracket).toHaveText("about 18 hours (17 h 44 min – 18 h 44 min)");
    // The same computation in the prose.
    await expect(page.locator("#the-clock .elapsed").first()).toHaveText("about 18 hours (17 h 44 min – 18 h 44 min)");
  });

  test("each layout has its own drawing: the marks stand on their rows in the one on screen, also after the screen crosses the breakpoint", async ({ page }) => {
    await page.goto("/the-rockets/");
    await scrollToStep(page, "next-day");
    // Where each mark is drawn, and where its row in the drawing on screen puts it (that drawing's own scale).
    const placed = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<SVGGElement>('[data-figure="timeline"] .timeline__event')].map((g) => {
          const drawing = g.closest<SVGSVGElement>(".timeline__drawing")!;
          const layout = drawing.dataset["layout"]!;
          const ctm = drawing.getScreenCTM()!;
          const shape = g.querySelector(".timeline__point, .timeline__range")!.getBoundingClientRect();
          return { event: g.dataset["event"], layout, shown: drawing.checkVisibility(), y: (shape.top + shape.bottom) / 2, rowY: ctm.d * Number(g.dataset[layout === "wide" ? "yWide" : "yNarrow"]) + ctm.f };
        }),
      );
    const check = async (layout: string) => {
      const marks = await placed();
      expect(marks.length).toBeGreaterThan(10);
      for (const m of marks) {
        expect([m.event, m.layout, m.shown]).toEqual([m.event, layout, true]);
        expect(Math.abs(m.y - m.rowY), `${m.event} on its row`).toBeLessThan(1);
      }
      // The still copy drawn for a reader without script is gone once the live marks are there.
      await expect(page.locator(`${timeline} .timeline__ghost`)).toHaveCount(0);
    };
    const size = page.viewportSize()!;
    const [now, other] = size.width >= 960 ? (["wide", "narrow"] as const) : (["narrow", "wide"] as const);
    await check(now);
    await page.setViewportSize(other === "wide" ? { width: 1440, height: 900 } : { width: 390, height: 844 });
    await scrollToStep(page, "next-day");
    await expect.poll(async () => (await placed())[0]?.layout).toBe(other);
    await check(other);
  });

  test("read without script, the timeline is the drawing for the screen, whole, with the first step's marks", async ({ browser, viewport }) => {
    // A context of its own, script off, at this project's screen size.
    const context = await browser.newContext({ javaScriptEnabled: false, viewport });
    try {
      const page = await context.newPage();
      await page.goto("/the-rockets/");
      const box = await page.evaluate(() => {
        const svg = document.querySelector<SVGSVGElement>('[data-figure="timeline"] .timeline__svg')!;
        const shown = [...document.querySelectorAll<SVGSVGElement>(".timeline__drawing")].filter((d) => d.checkVisibility());
        const [, , w, h] = (shown[0]?.getAttribute("viewBox") ?? "").split(" ");
        const marks = [...(shown[0]?.querySelectorAll<SVGGElement>(":is(.timeline__event, .timeline__ghost)") ?? [])];
        return { drawings: shown.map((d) => d.dataset["layout"]), ratio: getComputedStyle(svg).aspectRatio, drawn: `${w} / ${h}`, names: marks.map((m) => m.getAttribute("aria-label")), active: marks.filter((m) => m.hasAttribute("data-active")).length };
      });
      expect(box.drawings).toEqual([viewport!.width >= 960 ? "wide" : "narrow"]);
      // The box has the drawing's proportions, so the drawing fills it.
      expect(box.ratio).toBe(box.drawn);
      // Each mark is there, and named (by the event's title, time and status) for a screen reader.
      expect(box.names.length).toBeGreaterThan(10);
      for (const name of box.names) expect(name).toMatch(/^.+\. .+\. (confirmed|claimed, not verified|disputed)\.$/);
      expect(box.active).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  test("the active step highlights its events; hovering or focusing a mark on one figure highlights it on the other", async ({ page }) => {
    await page.goto("/the-rockets/");
    await scrollToStep(page, "dusk");
    await expect(page.locator(`${timeline} [data-event="rocket-attack"]`)).toHaveCount(1);
    await expect(page.locator(`${timeline} [data-event="rocket-attack"]`)).toHaveAttribute("data-active", "");
    await expect(page.locator('[data-figure="map"] .mark[data-event="rocket-attack"]')).toHaveAttribute("data-active", "");
    // A phone shows one figure at a time (the map at this step): start from the one in view.
    const mapMark = page.locator('[data-figure="map"] .mark[data-event="rocket-attack"]');
    await mapMark.focus();
    await expect(page.locator(`${timeline} svg [data-event="rocket-attack"]`)).toHaveAttribute("data-hover", "");
    // Marks at one place sit side by side; point at this one.
    await page.locator('[data-figure="map"] .mark[data-event="counter-battery"]').dispatchEvent("pointerover");
    await expect(page.locator(`${timeline} svg [data-event="counter-battery"]`)).toHaveAttribute("data-hover", "");
    // And from the timeline, at a step a phone shows it.
    await scrollToStep(page, "next-day");
    await page.locator(`${timeline} svg [data-event="us-rocket-count"]`).dispatchEvent("pointerover");
    await expect(page.locator('[data-figure="map"] .mark[data-event="us-rocket-count"]')).toHaveAttribute("data-hover", "");
  });

  test("with JS off, the table shows every event in local time and UTC, with sources", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/the-rockets/");
    await page.locator(`${timeline} details summary`).click();
    const row = page.locator(`${timeline} tr[data-row-event="rocket-attack"]`);
    await expect(row).toContainText("19:44");
    await expect(row).toContainText("16:44");
    await expect(row).toContainText("UTC");
    await expect(row.locator("a").first()).toHaveAttribute("href", /\/sources\/#source-/);
    await context.close();
  });

  test("axe finds no violation in the timeline in each zone", async ({ page }) => {
    test.slow();
    await page.goto("/the-rockets/");
    for (const zone of ["local", "utc", "washington", "reader"]) {
      await page.locator(`${timeline} [data-zone-control] input[value="${zone}"]`).check();
      await expectNoAxeViolations(page, `zone ${zone}`);
    }
  });
});
