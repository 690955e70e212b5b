import type { FrameLocator, Page } from "@playwright/test";
import { expect, test } from "./helpers";
import { HOST } from "./where";

// Host pages are served from localhost, the story from 127.0.0.1 (e2e/where.ts): another origin.

async function frameHeights(page: Page, iframe: string) {
  const frame = page.frameLocator(iframe);
  const content = await frame.locator("html").evaluate((el) => Math.ceil(el.scrollHeight));
  const box = (await page.locator(iframe).boundingBox())!;
  return { content, iframe: box.height };
}

/** Scroll the host page so that a step inside the iframe reaches the reader's eye line. */
async function hostScrollToStep(page: Page, iframe: string, frame: FrameLocator, id: string) {
  const stepTop = await frame.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top);
  await page.locator(iframe).evaluate((el, y) => {
    const top = el.getBoundingClientRect().top + scrollY;
    scrollTo(0, top + y - innerHeight * 0.45);
  }, stepTop);
}

for (const way of [
  { name: "pym.js Parent with trackscroll", path: "/pym.html", iframe: "#story iframe" },
  { name: "our host script", path: "/script.html", iframe: "iframe[data-story-embed]" },
]) {
  test.describe(`embedded with ${way.name}`, () => {
    test("the iframe sizes itself to its content, and the host's scroll drives the steps with the graphic in view", async ({ page }) => {
      await page.goto(`${HOST}${way.path}`);
      const frame = page.frameLocator(way.iframe);
      await expect.poll(async () => {
        const h = await frameHeights(page, way.iframe);
        return Math.abs(h.content - h.iframe);
      }, { timeout: 10_000 }).toBeLessThanOrEqual(4);
      expect((await frameHeights(page, way.iframe)).iframe).toBeGreaterThan(1500);

      const ids = await frame.locator("[data-step]").evaluateAll((els) => els.map((e) => e.id));
      for (const id of ids) {
        await hostScrollToStep(page, way.iframe, frame, id);
        await expect(frame.locator("story-scrolly")).toHaveAttribute("data-active-step", id);
        // The graphic is in the host's viewport while its steps pass, as a sticky graphic would be.
        await expect.poll(async () => {
          const g = await frame.locator(".story__graphic").evaluate((el) => el.getBoundingClientRect().top);
          const f = (await page.locator(way.iframe).boundingBox())!.y;
          return Math.round(f + g);
        }).toBeGreaterThanOrEqual(-2);
        const g = await frame.locator(".story__graphic").evaluate((el) => el.getBoundingClientRect().top);
        const f = (await page.locator(way.iframe).boundingBox())!.y;
        expect(f + g).toBeLessThan(page.viewportSize()!.height / 2);
      }
    });
  });
}

test.describe("embedded as a bare iframe (no host script)", () => {
  test("is a complete piece at a fixed height: every step is reachable inside the frame", async ({ page }) => {
    await page.goto(`${HOST}/bare.html`);
    const iframe = page.locator("iframe");
    await iframe.scrollIntoViewIfNeeded();
    expect((await iframe.boundingBox())!.height).toBe(720);
    const frame = page.frameLocator("iframe");
    // The frame's document may still be loading: evaluateAll does not wait for elements to appear.
    await expect(frame.locator("[data-step]").first()).toBeAttached();
    const ids = await frame.locator("[data-step]").evaluateAll((els) => els.map((e) => e.id));
    expect(ids.length).toBeGreaterThan(2);
    const next = frame.getByRole("button", { name: "Next step" });
    await expect(frame.locator("story-scrolly")).toHaveAttribute("data-active-step", ids[0]!);
    for (const id of ids.slice(1)) {
      await next.focus();
      await page.keyboard.press("Enter");
      await expect(frame.locator("story-scrolly")).toHaveAttribute("data-active-step", id);
    }
  });
});

test("malformed and hostile messages from the host are ignored without errors", async ({ page }) => {
  await page.goto(`${HOST}/script.html`);
  const frame = page.frameLocator("iframe[data-story-embed]");
  await expect.poll(async () => (await page.locator("iframe[data-story-embed]").boundingBox())!.height).toBeGreaterThan(1500);
  // On screen: a frame out of view gets no animation frames, so a step change a message caused would never show.
  await page.locator("iframe[data-story-embed]").scrollIntoViewIfNeeded();
  const inFrame = () => frame.locator("html").evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await inFrame();
  await expect.poll(async () => (await frame.locator("story-scrolly").getAttribute("data-active-step")) !== null).toBe(true);
  const before = await frame.locator("story-scrolly").getAttribute("data-active-step");
  // Messages arrive in the order they were posted: once a last one has, the story has handled every bad one.
  await frame.locator("html").evaluate(() => {
    const w = window as unknown as { handled: Promise<void> };
    w.handled = new Promise((done) => addEventListener("message", (e) => e.data === "done" && done()));
  });
  await page.evaluate(() => {
    const w = document.querySelector("iframe")!.contentWindow!;
    const bad: unknown[] = [
      "pymxPYMxstoryxPYMxviewport-iframe-positionxPYMx1280 800 NaN 0 10 10",
      "pymxPYMxstoryxPYMxviewport-iframe-positionxPYMx<img src=x onerror=alert(1)>",
      "pymxPYMxsomeone-elsexPYMxviewport-iframe-positionxPYMx1280 800 -99999 0 10 10",
      "pymxPYMxstoryxPYMxnavigateToxPYMxjavascript:alert(1)",
      { type: "viewport", top: -5000 },
      null,
      42,
      "x".repeat(100_000),
    ];
    for (const m of bad) w.postMessage(m, "*");
    w.postMessage("done", "*");
  });
  await frame.locator("html").evaluate(() => (window as unknown as { handled: Promise<void> }).handled);
  await inFrame();
  await expect(frame.locator("story-scrolly")).toHaveAttribute("data-active-step", before!);
  await expect(frame.locator('img[src="x"]')).toHaveCount(0);
});

test("the chapter page offers embed code for the three ways and an oEmbed endpoint", async ({ page, request }) => {
  await page.goto("/the-rockets/");
  const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
  const href = (await link.getAttribute("href"))!;
  const oembed = await (await request.get(new URL(href).pathname)).json();
  expect(oembed).toMatchObject({ version: "1.0", type: "rich" });
  expect(oembed.html).toContain("/embed/the-rockets/");
  await page.getByText("Embed this chapter").click();
  await expect(page.locator(".embed-code pre")).toHaveCount(3);
  await expect(page.locator(".embed-code pre").first()).toContainText("pym.Parent");
  await expect(page.locator(".embed-code pre").nth(1)).toContainText("embed.js");
  // The copy button really copies: the clipboard holds the code shown, and the button says so.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  const copy = page.getByRole("button", { name: "Copy code" }).first();
  await copy.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".embed-code button").first()).toHaveText("Copied");
  const code = await page.locator(".embed-code pre").first().textContent();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
});

test.describe("single-graphic embeds", () => {
  test("/embed/map/ shows the state of the chapter step named in the query", async ({ page }) => {
    await page.goto("/embed/map/?chapter=the-rockets&step=local-accounts");
    await expect(page).toHaveTitle(/Map/);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
    await expect(page.locator('[data-figure="map"]')).toHaveAttribute("data-view", "al-mayadin");
    await expect(page.locator('[data-figure="map"] .mark[data-event="jets-over-mayadin-claim"]')).toHaveAttribute("data-active", "");
    await expect(page.locator(".site-header")).toHaveCount(0);
  });

  test("/embed/timeline/ highlights the event named in the query and switches zones", async ({ page }) => {
    await page.goto("/embed/timeline/?event=rocket-attack");
    await expect(page.locator('[data-figure="timeline"] [data-event="rocket-attack"]')).toHaveAttribute("data-active", "");
    await page.locator('[data-zone-control] input[value="utc"]').check();
    await expect(page.locator('[data-figure="timeline"] [data-event="rocket-attack"] .timeline__label')).toContainText("16:44");
  });

  test("/embed/<slug>/ has no site header or footer and credits the full story", async ({ page }) => {
    await page.goto("/embed/the-rockets/");
    await expect(page.locator(".site-header, .site-footer")).toHaveCount(0);
    await expect(page.locator(".embed-credit a")).toHaveAttribute("href", /\/the-rockets\/$/);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
  });
});
