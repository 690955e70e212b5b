// Which Chromium the tests and the benchmark use: Playwright's own if installed, else $CHROME_PATH, else
// Debian's /usr/bin/chromium. Returns undefined when Playwright's own should be used.
import { chromium } from "@playwright/test";
import { existsSync } from "node:fs";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function chromiumPath(): string | undefined {
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return undefined;
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

/** A path to a Chromium binary in every case (for tools, like Lighthouse, that need one). */
export function anyChromiumPath(): string {
  return chromiumPath() ?? chromium.executablePath();
}
