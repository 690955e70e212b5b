import { CHAPTERS, expect, frames, stepIds, test } from "./helpers";

// Every step as a still picture: without JavaScript, in print, on the static rendition, as PNGs; never downloaded
// by a reader with JavaScript on.

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  for (const slug of CHAPTERS) {
    test(`${slug}: every step shows a still of its own state after its text`, async ({ page, request }) => {
      await page.goto(`/${slug}/`);
      const steps = await page.locator("[data-step]").evaluateAll((els) =>
        els.map((el) => ({
          id: el.id,
          state: [...el.attributes].filter((a) => a.name.startsWith("data-") && a.name !== "data-step").map((a) => `${a.name}=${a.value}`).join(" "),
        })),
      );
      const bodies: string[] = [];
      for (const { id } of steps) {
        const img = page.locator(`#${id} .step__still img`);
        await img.scrollIntoViewIfNeeded();
        await expect(img).toBeVisible();
        await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
        // After the step's text, and described by the step's alt.
        const [textBottom, imgTop] = await page.evaluate((i) => [document.querySelector(`#${i} .step__body`)!.getBoundingClientRect().bottom, document.querySelector(`#${i} .step__still img`)!.getBoundingClientRect().top], id);
        expect(imgTop).toBeGreaterThanOrEqual(textBottom);
        expect(await img.getAttribute("alt")).toBeTruthy();
        bodies.push(await (await request.get((await img.getAttribute("src"))!)).text());
      }
      // A step whose state differs from its neighbour's has a different picture.
      for (let i = 1; i < steps.length; i++) if (steps[i]!.state !== steps[i - 1]!.state) expect(bodies[i], `${steps[i]!.id} vs ${steps[i - 1]!.id}`).not.toBe(bodies[i - 1]);
    });
  }
});

test("with JavaScript off on a laptop, each still is the narrow drawing, shown at least as wide as it is drawn", async ({ browser }) => {
  // The wide drawing, made for a 1440 px graphic, would put 7 px text in a 36rem card; the narrow one's text is
  // 12 px and more at its own width (374 px) and above.
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto("/ar/the-rockets/");
  for (const id of await stepIds(page)) {
    const img = page.locator(`#${id} .step__still img`);
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.currentSrc)).toMatch(/\/img\/ar\/the-rockets\/narrow\/[^/]+\.svg$/);
    expect(await img.evaluate((i) => i.getBoundingClientRect().width)).toBeGreaterThanOrEqual(374);
  }
  await context.close();
});

test("with JavaScript off, a reader who prefers dark sees dark stills; printed, they are light", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: "dark", viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto("/the-rockets/");
  const ids = await stepIds(page);
  const bg = (src: string) => page.evaluate(async (u) => /<rect width="[\d.]+" height="[\d.]+" fill="([^"]+)"/.exec(await (await fetch(u)).text())?.[1], src);
  const pageBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  for (const id of ids) {
    const img = page.locator(`#${id} .step__still img`);
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.currentSrc)).toMatch(/\/img\/the-rockets\/narrow\/[^/]+\.dark\.svg$/);
  }
  // The still's background is dark, as the page's is (not the light still's).
  const first = page.locator(`#${ids[0]} .step__still img`);
  const shown = await first.evaluate((i: HTMLImageElement) => i.currentSrc);
  const [dark, light] = [await bg(shown), await bg(shown.replace(/\.dark\.svg$/, ".svg"))];
  expect(dark).toBeTruthy();
  expect(dark).not.toBe(light);
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;
  expect(pageBg).toBe(rgb(dark!));
  await page.emulateMedia({ media: "print" });
  await expect.poll(() => first.evaluate((i: HTMLImageElement) => i.currentSrc)).not.toMatch(/\.dark\.svg$/);
  // An embed view is light unless its host says, and the static rendition goes into other people's pages: light.
  for (const path of ["/embed/the-rockets/", "/static/the-rockets/"]) {
    await page.emulateMedia({ media: "screen" });
    await page.goto(path);
    const img = page.locator(".step__still img").first();
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.currentSrc), path).toMatch(/\/narrow\/[^/.]+\.svg$/);
  }
  await context.close();
});

test("with JavaScript on, no still is downloaded, loading or scrolling through a chapter", async ({ page }) => {
  const stills: string[] = [];
  page.on("request", (r) => r.url().includes("/img/") && stills.push(r.url()));
  await page.goto("/the-strikes/");
  for (const id of await stepIds(page)) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    // An image in view would have been requested by the frame after it came into view.
    await frames(page);
  }
  expect(stills).toEqual([]);
});

test("a printed chapter has one still per step, no live graphic and no controls", async ({ page }) => {
  await page.goto("/the-rockets/");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".story__graphic")).toBeHidden();
  await expect(page.locator(".step-nav")).toBeHidden();
  await expect(page.locator(".embed-code")).toBeHidden();
  const ids = await stepIds(page);
  for (const id of ids) {
    const img = page.locator(`#${id} .step__still img`);
    await img.scrollIntoViewIfNeeded();
    await expect(img).toBeVisible();
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
  }
  expect(await page.locator(".step__still img:visible").count()).toBe(ids.length);
  const pdf = await page.pdf({ format: "A4" });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages, "pages of the printed chapter").toBeGreaterThan(ids.length / 2);
});

for (const slug of CHAPTERS) {
  test(`/static/${slug}/ is the chapter as text and stills, with its sources, and loads no script`, async ({ page }) => {
    const scripts: string[] = [];
    page.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
    await page.goto(`/static/${slug}/`);
    expect(await page.locator("script:not([type='application/ld+json'])").count()).toBe(0);
    const ids = await stepIds(page);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const img = page.locator(`#${id} .step__still img`);
      await img.scrollIntoViewIfNeeded();
      await expect(img).toBeVisible();
      await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
      expect(await img.getAttribute("alt")).toBe(await page.locator(`#${id}`).getAttribute("data-alt"));
    }
    await expect(page.locator(".static-chapter__sources li").first()).toBeVisible();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/${slug}/$`));
    expect(scripts).toEqual([]);
  });
}

test("each step's PNG is a 1200 px wide picture, linked from the Embed control", async ({ page, request }) => {
  await page.goto("/the-war-of-claims/");
  const links = await page.locator(".embed-code__stills a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute("href")!));
  expect(links.length).toBe((await stepIds(page)).length);
  for (const href of links) {
    const png = await (await request.get(href)).body();
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.readUInt32BE(16), href).toBe(1200); // IHDR width
  }
  await expect(page.locator(".embed-code a", { hasText: "static page" })).toHaveAttribute("href", "/static/the-war-of-claims/");
});
