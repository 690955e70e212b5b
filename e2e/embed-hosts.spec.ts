import type { Page } from "@playwright/test";
import { expect, test } from "./helpers";
import { HOST } from "./where";

// Embeds on the pages newsrooms really have (e2e/hosts/, served from another origin), the height cases pym.js's
// tracker is full of, and the host's choice of colour scheme.

/** The iframe's height on the page and its document's own height, in CSS px. */
async function heights(page: Page, iframe: string) {
  const frame = page.frameLocator(iframe);
  const content = await frame.locator("html").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  const box = await page.locator(iframe).evaluate((el) => el.getBoundingClientRect().height - (parseFloat(getComputedStyle(el).borderTopWidth) + parseFloat(getComputedStyle(el).borderBottomWidth)));
  return { content, iframe: Math.round(box) };
}
const sized = (page: Page, iframe: string) =>
  expect.poll(async () => {
    const h = await heights(page, iframe);
    return h.iframe > 1500 && Math.abs(h.content - h.iframe) <= 2;
  }, { timeout: 10_000 });

test.describe("the frame's height", () => {
  test("shrinks when the story's content shrinks, and grows back", async ({ page }) => {
    const iframe = "iframe[data-story-embed]";
    await page.goto(`${HOST}/script.html`);
    await sized(page, iframe).toBe(true);
    const before = (await heights(page, iframe)).iframe;
    const frame = page.frameLocator(iframe);
    await frame.locator("body").evaluate((body) => {
      const extra = document.createElement("div");
      extra.id = "extra";
      extra.style.height = "900px";
      body.append(extra);
    });
    await expect.poll(async () => (await heights(page, iframe)).iframe).toBe(before + 900);
    await frame.locator("#extra").evaluate((el) => el.remove());
    await expect.poll(async () => (await heights(page, iframe)).iframe).toBe(before);
  });

  test("a story that posted its height before the host script ran is sized once the script adopts it", async ({ page }) => {
    const iframe = "iframe[data-story-embed]";
    await page.goto(`${HOST}/late.html`);
    await expect.poll(() => page.evaluate(() => (window as unknown as { lostHeight?: string }).lostHeight ?? null)).toContain("xPYMxheightxPYMx");
    await sized(page, iframe).toBe(true);
  });

  test("the frame keeps its content's height while the host's scroll carries the graphic to the story's end", async ({ page }) => {
    const iframe = "iframe[data-story-embed]";
    await page.goto(`${HOST}/script.html`);
    await sized(page, iframe).toBe(true);
    // Scroll the host past the story's end: the graphic, kept in view, stops at the story's bottom.
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    const frame = page.frameLocator(iframe);
    await expect.poll(() => frame.locator(".story__graphic").evaluate((el) => getComputedStyle(el).transform)).not.toBe("none");
    await sized(page, iframe).toBe(true);
    const overflow = await frame.locator("html").evaluate((html) => html.scrollHeight - Math.ceil(html.getBoundingClientRect().height));
    expect(overflow).toBeLessThanOrEqual(1);
  });

  test("an embed in a hidden tab gets its height when the tab is shown", async ({ page }) => {
    const iframe = "iframe[data-story-embed]";
    await page.goto(`${HOST}/tabs.html`);
    await page.getByRole("tab", { name: "The story" }).click();
    await sized(page, iframe).toBe(true);
  });

  test("a host whose body is 100% high: the frame is sized and the host's scroll drives the steps", async ({ page }) => {
    const iframe = "iframe[data-story-embed]";
    await page.goto(`${HOST}/full-height.html`);
    await sized(page, iframe).toBe(true);
    const frame = page.frameLocator(iframe);
    const ids = await frame.locator("[data-step]").evaluateAll((els) => els.map((e) => e.id));
    const id = ids[2]!;
    const top = await frame.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top);
    await page.locator(iframe).evaluate((el, y) => scrollTo(0, el.getBoundingClientRect().top + scrollY + y - innerHeight * 0.45), top);
    await expect(frame.locator("story-scrolly")).toHaveAttribute("data-active-step", id);
  });

  test("a host stylesheet that sizes every iframe does not cut the story", async ({ page }) => {
    const iframe = "iframe[data-story-embed]";
    await page.goto(`${HOST}/styled.html`);
    await sized(page, iframe).toBe(true);
  });

  test("the first element's margin is counted: the frame shows the story's end, with no scroll inside", async ({ page }) => {
    const iframe = "iframe[data-story-embed]";
    await page.goto(`${HOST}/script.html`);
    await sized(page, iframe).toBe(true);
    const frame = page.frameLocator(iframe);
    await frame.locator("body").evaluate((body) => ((body.firstElementChild as HTMLElement).style.marginTop = "80px"));
    await expect.poll(async () => frame.locator("html").evaluate((html) => html.scrollHeight - innerHeight)).toBeLessThanOrEqual(1);
    await sized(page, iframe).toBe(true);
  });

  test("two embeds of different chapters on one page are sized and driven independently", async ({ page }) => {
    await page.goto(`${HOST}/two.html`);
    await sized(page, "#first").toBe(true);
    await sized(page, "#second").toBe(true);
    const [a, b] = [await heights(page, "#first"), await heights(page, "#second")];
    expect(a.iframe).not.toBe(b.iframe);
    const second = page.frameLocator("#second");
    const ids = await second.locator("[data-step]").evaluateAll((els) => els.map((e) => e.id));
    const id = ids.at(-1)!;
    const top = await second.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top);
    await page.locator("#second").evaluate((el, y) => scrollTo(0, el.getBoundingClientRect().top + scrollY + y - innerHeight * 0.45), top);
    await expect(second.locator("story-scrolly")).toHaveAttribute("data-active-step", id);
    // The first, far above, is not moved by the second's messages: it stays on a step of its own.
    const firstIds = await page.frameLocator("#first").locator("[data-step]").evaluateAll((els) => els.map((e) => e.id));
    expect(firstIds).toContain(await page.frameLocator("#first").locator("story-scrolly").getAttribute("data-active-step"));
    // Each keeps its own colours: the second asked for dark.
    await expect(page.frameLocator("#second").locator("html")).toHaveAttribute("data-scheme", "dark");
    await expect(page.frameLocator("#first").locator("html")).toHaveAttribute("data-scheme", "light");
  });
});

test.describe("the host's colour scheme: ?dark=true|false|auto", () => {
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  for (const view of ["/embed/the-rockets/", "/embed/map/?chapter=the-rockets&step=dusk", "/embed/timeline/?event=rocket-attack"]) {
    test(`${view}: light unless asked, dark when asked, the reader's choice with auto`, async ({ page }) => {
      const join = view.includes("?") ? "&" : "?";
      await page.emulateMedia({ colorScheme: "dark" });
      await page.goto(view);
      const light = await background(page);
      await expect(page.locator("html")).toHaveAttribute("data-scheme", "light");
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe("light");
      await page.goto(`${view}${join}dark=true`);
      const dark = await background(page);
      expect(dark).not.toBe(light);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe("dark");
      await page.goto(`${view}${join}dark=auto`);
      expect(await background(page)).toBe(dark);
      await page.emulateMedia({ colorScheme: "light" });
      expect(await background(page)).toBe(light);
      await page.goto(`${view}${join}dark=false`);
      expect(await background(page)).toBe(light);
    });
  }

  test("the Embed control writes the chosen scheme into every code", async ({ page }) => {
    await page.goto("/the-rockets/");
    await page.getByText("Embed this chapter").click();
    await page.getByRole("radio", { name: "Dark (for dark pages)" }).check();
    const codes = await page.locator(".embed-code pre code").allTextContents();
    for (const code of codes) expect(code).toContain("/embed/the-rockets/?dark=true");
    await page.getByRole("radio", { name: "Light (for light pages)" }).check();
    for (const code of await page.locator(".embed-code pre code").allTextContents()) expect(code).not.toContain("?dark=");
  });
});

test("NPR's Sidechain (from npm) sizes the frame from our messages, and the story follows the page's scroll by itself", async ({ page }) => {
  const iframe = "side-chain iframe";
  await page.goto(`${HOST}/sidechain.html`);
  // A cross-origin frame off screen is not rendered (Chromium throttles it) until the reader reaches it; once it
  // covers the viewport the story can measure the viewport's height.
  await page.locator(iframe).evaluate((el) => scrollTo(0, el.getBoundingClientRect().top + scrollY + 200));
  await sized(page, iframe).toBe(true);
  const frame = page.frameLocator(iframe);
  // Once the story has measured the reader's viewport, its layout (sized in viewport units) settles.
  await expect(frame.locator("html")).toHaveClass(/is-hosted/);
  let before = -1;
  await expect.poll(async () => {
    const now = (await heights(page, iframe)).iframe;
    const settled = now === before;
    before = now;
    return settled;
  }, { intervals: [300] }).toBe(true);
  const ids = await frame.locator("[data-step]").evaluateAll((els) => els.map((e) => e.id));
  for (const id of [ids[1]!, ids.at(-1)!]) {
    const top = await frame.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top + scrollY);
    await page.locator(iframe).evaluate((el, y) => scrollTo(0, el.getBoundingClientRect().top + scrollY + y - innerHeight * 0.45), top);
    await expect(frame.locator("story-scrolly")).toHaveAttribute("data-active-step", id);
    // The graphic keeps to the reader's viewport as the steps pass.
    await expect.poll(async () => {
      const g = await frame.locator(".story__graphic").evaluate((el) => el.getBoundingClientRect().top);
      const f = (await page.locator(iframe).boundingBox())!.y;
      return Math.abs(f + g) < 60;
    }).toBe(true);
  }
});
