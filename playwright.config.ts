import { chromium, defineConfig, devices } from "@playwright/test";
import { existsSync } from "node:fs";

/**
 * A Chromium that exists: Playwright's own if installed, else $CHROME_PATH, else Debian's /usr/bin/chromium.
 */
function chromiumPath(): string | undefined {
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return undefined; // Playwright finds its own browser
  } catch {
    /* not installed */
  }
  for (const candidate of [process.env["CHROME_PATH"], "/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error(
    "No Chromium found: run `npx playwright install chromium`, or install one (Debian: `apt-get install chromium`) and set CHROME_PATH to it.",
  );
}

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
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1440, height: 900 } } },
    { name: "phone", use: { ...devices["Pixel 7"], viewport: { width: 390, height: 844 } } },
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
