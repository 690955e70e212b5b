/**
 * What a reader sees of the figures at a settled step: the step's events named on the figures, in view and
 * uncovered; no text overlapping another or cut by its figure; no text under 12 px; the figure the step is about
 * big enough and not covered.
 */
import { expect, type Page } from "@playwright/test";

export interface TextBox {
  text: string;
  figure: string;
  rect: [number, number, number, number];
  size: number;
}

/** Every visible text inside the figures: each element that holds text, its box on screen, its font size on screen. */
export async function figureTexts(page: Page): Promise<TextBox[]> {
  return page.evaluate(() => {
    const out: TextBox[] = [];
    for (const figure of document.querySelectorAll<HTMLElement>("[data-figure]")) {
      const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
      const seen = new Set<Element>();
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement?.closest("text") ?? n.parentElement; // a <text> with its <tspan>s is one label
        if (!el || seen.has(el) || !n.textContent?.trim() || el.closest("title, desc, option")) continue;
        seen.add(el);
        if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
        const style = getComputedStyle(el);
        const range = document.createRange();
        range.selectNodeContents(el);
        const r = el instanceof SVGElement ? el.getBoundingClientRect() : range.getBoundingClientRect();
        if (r.width < 2 || r.height < 2) continue; // not rendered (display: none) or visually hidden
        const scale = el instanceof SVGGraphicsElement ? (el.getScreenCTM()?.a ?? 1) : 1;
        out.push({ text: el.textContent!.trim(), figure: figure.dataset["figure"]!, rect: [r.left, r.top, r.right, r.bottom], size: parseFloat(style.fontSize) * scale });
      }
    }
    return out;
  });
}

const overlap = (a: TextBox["rect"], b: TextBox["rect"]) => a[0] < b[2] - 1 && b[0] < a[2] - 1 && a[1] < b[3] - 1 && b[1] < a[3] - 1;

/** Each text inside its figure, at least 12 px, overlapping no other; the figures' boxes, by name. */
export async function expectLegible(page: Page, texts: TextBox[], where: string): Promise<Record<string, DOMRect>> {
  const figures = await page.locator("[data-figure]").evaluateAll((els) => Object.fromEntries(els.map((e) => [(e as HTMLElement).dataset["figure"], e.getBoundingClientRect().toJSON()])));
  for (const [i, t] of texts.entries()) {
    const f = figures[t.figure] as DOMRect;
    expect(t.rect[0] >= f.left - 1 && t.rect[2] <= f.right + 1 && t.rect[1] >= f.top - 1 && t.rect[3] <= f.bottom + 1, `${where}: "${t.text}" is inside its figure`).toBe(true);
    expect(t.size, `${where}: "${t.text}" is at least 12 px`).toBeGreaterThanOrEqual(11.95);
    for (const u of texts.slice(i + 1)) expect(overlap(t.rect, u.rect), `${where}: "${t.text}" overlaps "${u.text}"`).toBe(false);
  }
  return figures;
}

/** Every check above, at the settled step `id` (`where` names it in messages). */
export async function expectFiguresReadable(page: Page, id: string, where: string, phone: boolean) {
  const step = page.locator(`[data-step="${id}"]`);
  const texts = await figureTexts(page);
  const viewport = page.viewportSize()!;

  // (a) Each of the step's events is named by its label, in view and uncovered.
  const labels = await step.evaluate((el) => (el.getAttribute("data-events") ?? "").split(" ").filter(Boolean));
  for (const event of labels) {
    const label = await page.evaluate((e) => document.querySelector(`.timeline__event[data-event="${e}"] .timeline__label`)?.childNodes[0]?.textContent?.split(" · ")[0]?.trim(), event);
    const shown = texts.filter((t) => t.text === label);
    expect(shown.length, `${where}: "${label}" is written on a figure`).toBeGreaterThan(0);
    const uncovered = await page.evaluate(
      ({ label, vw, vh }) =>
        [...document.querySelectorAll<Element>("[data-figure] text, [data-figure] tspan")].some((el) => {
          if (el.textContent?.trim() !== label) return false;
          const r = el.getBoundingClientRect();
          if (r.width < 2 || r.left < 0 || r.top < 0 || r.right > vw || r.bottom > vh) return false;
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return hit === el || (hit !== null && el.contains(hit));
        }),
      { label, vw: viewport.width, vh: viewport.height },
    );
    expect(uncovered, `${where}: "${label}" is in view and nothing covers it`).toBe(true);
  }

  // (b) No two texts overlap; (c) none is cut by its figure; (d) none is under 12 px.
  const figures = await expectLegible(page, texts, where);

  // (e) The graphic leads: half the laptop's height for the map; on a phone, 40% for the step's figure, uncovered.
  if (!phone) {
    expect((figures["map"] as DOMRect).height, `${where}: map height`).toBeGreaterThanOrEqual(viewport.height * 0.5);
  } else {
    const focus = (await step.getAttribute("data-focus"))!;
    const box = figures[focus] as DOMRect;
    expect(box.height, `${where}: ${focus} height`).toBeGreaterThanOrEqual(viewport.height * 0.4);
    const covered = await page.evaluate(
      ({ focus, b }) => {
        const fig = document.querySelector(`[data-figure="${focus}"]`)!;
        const points = [0.1, 0.5, 0.9].flatMap((fx) => [0.1, 0.5, 0.9].map((fy) => [b.left + b.width * fx, b.top + b.height * fy] as const));
        return points.filter(([x, y]) => !fig.contains(document.elementFromPoint(x, y))).length;
      },
      { focus, b: box },
    );
    expect(covered, `${where}: nothing covers the ${focus}`).toBe(0);
  }
}
