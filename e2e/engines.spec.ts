import { test } from "@playwright/test";
import { playwrightDriver } from "./engines/playwright-driver";
import { SCENARIOS, VIEWPORTS } from "./engines/scenarios";
import { HOST, SITE } from "./where";

// The reader's essential paths, the same scenarios Firefox and WebKit run (e2e/engines/run.ts), here in the
// Playwright project's browser.
const where = { site: SITE, host: HOST };

for (const s of SCENARIOS) {
  for (const [width, height] of s.viewports ?? VIEWPORTS) {
    test(`${s.name} (${width}×${height})`, async ({ browser }) => {
      test.slow();
      const d = await playwrightDriver(browser, { javaScript: s.javaScript ?? true });
      try {
        await d.setViewport(width, height);
        await s.run(d, where);
        const errors = await d.takeErrors();
        if (errors.length) throw new Error(`errors in the page:\n${errors.join("\n")}`);
      } finally {
        await d.close();
      }
    });
  }
}
