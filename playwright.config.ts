import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./scripts/chromium.ts";
import { freePortSync } from "./scripts/free-port.ts";

const executablePath = chromiumPath();
// Free ports, chosen once: the workers, started after this, inherit them (e2e/where.ts reads them).
process.env["E2E_PORT"] ||= String(freePortSync());
process.env["HOST_PORT"] ||= String(freePortSync("localhost"));
const PORT = process.env["E2E_PORT"];
const HOST_PORT = process.env["HOST_PORT"];
const CI = !!process.env["CI"];

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/artifacts",
  fullyParallel: true,
  forbidOnly: CI,
  retries: 0,
  // Tests mostly wait on the browser, so two workers pay off even on a two-core machine.
  workers: 2,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // A trace records the page's DOM at every action: on these pages (a large SVG each) that was a third of the
    // suite's time. Off unless asked (`npm run test:e2e -- --trace=retain-on-failure`); a failure keeps a screenshot.
    trace: "off",
    screenshot: "only-on-failure",
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    // Checks on dist/ that need no browser run once, not once per browser.
    { name: "dist", testMatch: /build-output\.spec\.ts/ },
    // The reader's paths shared with the Firefox and WebKit runs (e2e/engines/): each sets its own viewports.
    { name: "chromium-paths", testMatch: /engines\.spec\.ts/ },
    { name: "desktop", testIgnore: /(build-output|engines)\.spec\.ts/, use: { ...devices["Desktop Chrome"], viewport: { width: 1440, height: 900 } } },
    // What depends on the screen runs on a phone too; what does not (content, links, laptop sizes) runs once.
    { name: "phone", testIgnore: /(build-output|engines|facts|arabic|figures)\.spec\.ts/, use: { ...devices["Pixel 7"], viewport: { width: 390, height: 844 } } },
  ],
  webServer: [
    // The production build, served as readers get it, with its _headers (run `npm run build` first; `npm test` does).
    {
      command: `node scripts/serve-dist.ts --port=${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    // A newsroom's page on another origin, embedding the story (e2e/hosts/).
    {
      command: "node e2e/hosts/serve.mjs",
      env: { HOST_PORT, SITE_ORIGIN: `http://127.0.0.1:${PORT}` },
      url: `http://localhost:${HOST_PORT}/pym.html`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
