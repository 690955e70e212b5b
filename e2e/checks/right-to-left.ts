/** The Arabic edition's figures at a settled step: the timeline runs right to left, every Arabic label whole and in reading order. */
import { expect, type Page } from "@playwright/test";

export const ARABIC = /[\u0600-\u06FF]/;

/** Every pair of marks in the visible window with different times: the earlier to the right; each Arabic text inside its figure, its first letter right of its last. */
export async function expectRightToLeft(page: Page, where: string) {
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
