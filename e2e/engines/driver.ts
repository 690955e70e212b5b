/**
 * The little a reader's path needs from a browser, so that one set of scenarios (scenarios.ts) runs in every
 * engine: Chromium through Playwright, Firefox through WebDriver BiDi (Puppeteer), WebKit through classic
 * WebDriver (selenium-webdriver and WebKitGTK's WebKitWebDriver). Page functions are passed as functions and run
 * in the page (or in the iframe named by `frame`); they must not close over anything but their argument.
 */
export type PageFn<A, R> = (arg: A) => R;

export interface Driver {
  /** "webkit 2.50.6", "firefox 153.7.0", "chromium 140…". */
  readonly engine: string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Run `fn(arg)` in the page, or in the iframe `frame` (a CSS selector in the page), and return its result. */
  evaluate<A, R>(fn: PageFn<A, R>, arg: A, frame?: string): Promise<R>;
  /** A real click, as the reader's pointer would make it. */
  click(selector: string): Promise<void>;
  /** Ask for a viewport; returns the one the engine gave (a WebKit window has a minimum width). */
  setViewport(width: number, height: number): Promise<{ width: number; height: number }>;
  /** A PNG of the viewport (kept for a failed path). */
  screenshot(): Promise<Uint8Array>;
  /** Console errors, uncaught exceptions and blocked or failed loads since the last call. */
  takeErrors(): Promise<string[]>;
  close(): Promise<void>;
}

export interface DriverOptions {
  /** false: the page's scripts never run (the reader has JavaScript off). */
  javaScript: boolean;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Poll `read` until `ok` holds of its value, or fail with `what` and the last value seen. */
export async function waitFor<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T = await read();
  while (!ok(last)) {
    if (Date.now() > end) throw new Error(`${what}: still ${JSON.stringify(last)} after ${timeoutMs} ms`);
    await sleep(50);
    last = await read();
  }
  return last;
}

/** What Playwright's and Puppeteer's pages both offer: their console, errors, responses and iframes. */
interface EventPage<F> {
  // The two libraries type their events differently; the listeners below use only what both give.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  on(event: any, listener: (x: any) => void): unknown;
  $(selector: string): Promise<{ contentFrame(): Promise<F | null> } | null>;
}

/** Errors a Playwright or Puppeteer page reports, gathered into the array returned (its driver empties it). */
export function pageErrors<F>(page: EventPage<F>): string[] {
  const errors: string[] = [];
  page.on("console", (m: { type(): string; text(): string }) => m.type() === "error" && errors.push(`console: ${m.text()}`));
  page.on("pageerror", (e: unknown) => errors.push(`page error: ${(e as Error).message ?? e}`));
  page.on("response", (r: { status(): number; url(): string }) => r.status() >= 400 && errors.push(`HTTP ${r.status()}: ${r.url()}`));
  return errors;
}

/** The frame of the iframe `selector` in a Playwright or Puppeteer page. */
export async function frameOf<F>(page: EventPage<F>, selector: string): Promise<F> {
  const frame = await (await page.$(selector))?.contentFrame();
  if (!frame) throw new Error(`no iframe ${selector}`);
  return frame;
}

export function check(ok: boolean, message: string): asserts ok {
  if (!ok) throw new Error(message);
}

/**
 * Collects errors inside the page for engines whose WebDriver cannot report the console (classic WebDriver has no
 * log): served at /__engines/errors.js by the test proxy (proxy.ts), which puts it first in every page's head.
 */
export const ERROR_COLLECTOR = `(() => {
  const errors = (window.__engineErrors = []);
  addEventListener("error", (e) => errors.push(e.message || "failed to load " + (e.target && (e.target.src || e.target.href))), true);
  addEventListener("unhandledrejection", (e) => errors.push("unhandled rejection: " + e.reason));
  document.addEventListener("securitypolicyviolation", (e) => errors.push("CSP " + e.violatedDirective + " blocked " + e.blockedURI));
  const error = console.error.bind(console);
  console.error = (...args) => (errors.push(args.map(String).join(" ")), error(...args));
})();`;
