/**
 * The scenarios' driver over the engines Playwright cannot fetch here: Firefox through WebDriver BiDi (Puppeteer
 * drives Debian's firefox-esr directly) and WebKit through classic WebDriver (selenium-webdriver talking to
 * WebKitGTK's WebKitWebDriver, which starts its MiniBrowser under a virtual display).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import puppeteer, { type Browser as PuppeteerBrowser } from "puppeteer-core";
import { Builder, By, type WebDriver } from "selenium-webdriver";
import { frameOf, pageErrors, sleep, type Driver, type DriverOptions, type PageFn } from "./driver";

/** Where Debian puts what each engine needs; the first found is used. */
const FIREFOX = ["/usr/bin/firefox-esr", "/usr/bin/firefox"];
const WEBKIT_DRIVER = ["/usr/bin/WebKitWebDriver"];
const MINIBROWSER = ["/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser", "/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser", "/usr/libexec/webkit2gtk-4.1/MiniBrowser"];
const first = (paths: string[]) => paths.find((p) => existsSync(p));

/** What an engine needs that is missing here, with what installs it (.ci/run does). */
export function missing(engine: "firefox" | "webkit"): string | null {
  if (engine === "firefox") return first(FIREFOX) ? null : "firefox-esr (apt-get install firefox-esr)";
  const lacks = [!first(WEBKIT_DRIVER) && "WebKitWebDriver", !first(MINIBROWSER) && "MiniBrowser", spawnSync("which", ["xvfb-run"]).status !== 0 && "xvfb-run"].filter(Boolean);
  return lacks.length ? `${lacks.join(", ")} (apt-get install webkit2gtk-driver xvfb xauth)` : null;
}

/** A function and its argument as a script body both WebDriver flavours run: `return (fn)(arg)`. */
const script = <A, R>(fn: PageFn<A, R>, arg: A) => `return (${fn.toString()})(${JSON.stringify(arg)});`;

export async function firefoxDriver({ javaScript }: DriverOptions): Promise<Driver> {
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: "firefox",
    executablePath: first(FIREFOX)!,
    headless: true,
    extraPrefsFirefox: javaScript ? {} : { "javascript.enabled": false },
  });
  const page = await browser.newPage();
  const errors = pageErrors(page);
  return {
    engine: (await browser.version()).replace("/", " "),
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    evaluate: async <A, R>(fn: PageFn<A, R>, arg: A, frame?: string) => {
      const target = frame ? await frameOf(page, frame) : page;
      return (await target.evaluate(new Function(script(fn, arg)) as () => R)) as R;
    },
    click: async (selector) => {
      const el = await page.waitForSelector(selector, { visible: true });
      await el!.click();
    },
    setViewport: async (width, height) => (await page.setViewport({ width, height }), { width, height }),
    screenshot: () => page.screenshot(),
    takeErrors: async () => errors.splice(0),
    close: () => browser.close(),
  };
}

let sessions = 0;
/**
 * WebKit: a WebKitWebDriver of its own under xvfb-run, a session of MiniBrowser in automation mode. Classic
 * WebDriver cannot read the console, so pages are loaded through the test proxy (proxy.ts), which puts an error
 * collector first in every page; `takeErrors` reads it.
 */
export async function webkitDriver({ javaScript }: DriverOptions): Promise<Driver> {
  const port = 4444 + (sessions++ % 50);
  const server: ChildProcess = spawn("xvfb-run", ["-a", "-s", "-screen 0 1600x1000x24", first(WEBKIT_DRIVER)!, `--port=${port}`], { stdio: "ignore", detached: true });
  let d: WebDriver | undefined;
  for (let i = 0; i < 50 && !d; i++) {
    await sleep(200);
    try {
      d = await new Builder()
        .usingServer(`http://127.0.0.1:${port}`)
        .withCapabilities({ browserName: "MiniBrowser", "webkitgtk:browserOptions": { binary: first(MINIBROWSER)!, args: ["--automation", ...(javaScript ? [] : ["--enable-javascript=false"])] } })
        .build();
    } catch {
      d = undefined;
    }
  }
  if (!d) {
    process.kill(-server.pid!);
    throw new Error(`WebKitWebDriver did not start a session on port ${port}`);
  }
  const driver = d;
  const caps = await driver.getCapabilities();
  const inFrame = async <T>(frame: string | undefined, body: () => Promise<T>): Promise<T> => {
    if (!frame) return body();
    await driver.switchTo().frame(await driver.findElement(By.css(frame)));
    try {
      return await body();
    } finally {
      await driver.switchTo().defaultContent();
    }
  };
  return {
    engine: `webkit ${caps.get("browserVersion")}`,
    goto: (url) => driver.get(url),
    reload: () => driver.navigate().refresh(),
    evaluate: <A, R>(fn: PageFn<A, R>, arg: A, frame?: string) => inFrame(frame, () => driver.executeScript<R>(script(fn, arg))),
    click: async (selector) => driver.findElement(By.css(selector)).click(),
    setViewport: async (width, height) => {
      // The window's rectangle includes MiniBrowser's toolbar: ask for the difference on top.
      const rect = await driver.manage().window().getRect();
      const [iw, ih] = javaScript ? await driver.executeScript<[number, number]>("return [innerWidth, innerHeight]") : [rect.width, rect.height - 38];
      await driver.manage().window().setRect({ width: width + (rect.width - iw), height: height + (rect.height - ih) });
      const [w, h] = javaScript ? await driver.executeScript<[number, number]>("return [innerWidth, innerHeight]") : [width, height];
      return { width: w, height: h };
    },
    screenshot: async () => Buffer.from(await driver.takeScreenshot(), "base64"),
    takeErrors: async () => (javaScript ? driver.executeScript<string[]>("return (window.__engineErrors || []).splice(0)") : []),
    close: async () => {
      await driver.quit().catch(() => {});
      try {
        process.kill(-server.pid!);
      } catch {
        // already gone
      }
    },
  };
}
