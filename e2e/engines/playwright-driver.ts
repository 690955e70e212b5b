import type { Browser, Page } from "@playwright/test";
import { frameOf, pageErrors, type Driver, type DriverOptions, type PageFn } from "./driver";

/** The scenarios' driver over a Playwright page (Chromium here; Playwright's own WebKit and Firefox where installed). */
export async function playwrightDriver(browser: Browser, { javaScript }: DriverOptions): Promise<Driver> {
  const context = await browser.newContext({ javaScriptEnabled: javaScript });
  const page: Page = await context.newPage();
  const errors = pageErrors(page);
  return {
    engine: `${browser.browserType().name()} ${browser.version()}`,
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    evaluate: async <A, R>(fn: PageFn<A, R>, arg: A, frame?: string) => {
      const run = fn as (arg: unknown) => R;
      return (frame ? (await frameOf(page, frame)).evaluate(run, arg as unknown) : page.evaluate(run, arg as unknown)) as Promise<R>;
    },
    click: (selector) => page.locator(selector).click(),
    setViewport: async (width, height) => (await page.setViewportSize({ width, height }), { width, height }),
    screenshot: () => page.screenshot(),
    takeErrors: async () => errors.splice(0),
    close: () => context.close(),
  };
}
