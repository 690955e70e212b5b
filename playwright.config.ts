import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./scripts/chromium.ts";

const executablePath = chromiumPath();
const PORT = Number(process.env["E2E_PORT"] ?? 4321);
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
    trace: "retain-on-failure",
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
    { name: "phone", testIgnore: /(build-output|engines)\.spec\.ts/, use: { ...devices["Pixel 7"], viewport: { width: 390, height: 844 } } },
  ],
  webServer: [
    // The production build, served as readers get it (run `npm run build` first; `npm test` does).
    {
      command: `astro preview --port ${PORT} --host 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !CI,
      timeout: 60_000,
    },
    // A newsroom's page on another origin, embedding the story (e2e/hosts/).
    {
      command: "node e2e/hosts/serve.mjs",
      url: "http://localhost:4322/pym.html",
      reuseExistingServer: !CI,
      timeout: 30_000,
    },
  ],
});
