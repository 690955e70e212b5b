/**
 * The scenarios' driver over the engines Playwright cannot fetch here: Firefox through WebDriver BiDi (Puppeteer
 * drives Debian's firefox-esr directly) and WebKit through classic WebDriver (selenium-webdriver talking to
 * WebKitGTK's WebKitWebDriver, which starts its MiniBrowser under a virtual display).
 */
import { spawn, type ChildProcess } from "node:child_process";
import puppeteer, { type Browser as PuppeteerBrowser } from "puppeteer-core";
import { Builder, By, type WebDriver } from "selenium-webdriver";
import { first, FIREFOX, MINIBROWSER, WEBKIT_DRIVER } from "../../scripts/browsers.ts";
import { freePort } from "../../scripts/free-port.ts";
import { frameOf, pageErrors, sleep, type Driver, type DriverOptions, type PageFn } from "./driver";

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

/** The process groups of the WebKit drivers still running: killed, at the latest, as this process exits. */
const groups = new Set<number>();
const killGroup = (pid: number) => {
  groups.delete(pid);
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // already gone
  }
};
process.on("exit", () => groups.forEach(killGroup));

/**
 * WebKit: a WebKitWebDriver of its own under xvfb-run, a session of MiniBrowser in automation mode. Classic
 * WebDriver cannot read the console, so pages are loaded through the test proxy (proxy.ts), which puts an error
 * collector first in every page; `takeErrors` reads it.
 */
export async function webkitDriver({ javaScript }: DriverOptions): Promise<Driver> {
  const port = await freePort();
  // A process group of its own (xvfb-run, Xvfb, WebKitWebDriver, MiniBrowser), so one kill stops them all.
  const server: ChildProcess = spawn("xvfb-run", ["-a", "-s", "-screen 0 1600x1000x24", first(WEBKIT_DRIVER)!, `--port=${port}`], { stdio: "ignore", detached: true });
  groups.add(server.pid!);
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
    killGroup(server.pid!);
    throw new Error(`WebKitWebDriver did not start a session on port ${port}`);
  }
  const driver = d;
  // A sweep through a chapter runs in the page as one script (scenarios.ts): give it time.
  await driver.manage().setTimeouts({ script: 90_000 });
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
      await Promise.race([driver.quit().catch(() => {}), sleep(5000)]);
      killGroup(server.pid!);
    },
  };
}
