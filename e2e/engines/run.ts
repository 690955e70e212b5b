/**
 * `node scripts/run-ts.ts e2e/engines/run.ts --engine=firefox|webkit [--only=<words>]`: the reader's paths
 * (scenarios.ts) in Firefox or WebKit, against the production build (run `npm run build` first; `npm test` does).
 * Prints one line per path and viewport, writes test-results/engine-<engine>.json for the summary, exits 1 on any
 * failure.
 *
 * Every server it needs runs in this process on a free port (the site, the host pages, WebKit's proxy); each
 * browser's driver is a process group of its own, stopped on every way out: the end, a failure, an uncaught
 * error, Ctrl-C. A path that loses its driver's connection is run once more in a new browser, then reported as
 * failed.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { serveDist } from "../../scripts/serve-dist.ts";
import { startHosts } from "../hosts/serve.mjs";
import type { Driver } from "./driver";
import { startProxy } from "./proxy";
import { SCENARIOS, VIEWPORTS } from "./scenarios";
import { missing } from "../../scripts/browsers.ts";
import { firefoxDriver, webkitDriver } from "./webdriver-drivers";

const engine = process.argv.find((a) => a.startsWith("--engine="))?.slice(9);
if (engine !== "firefox" && engine !== "webkit") {
  console.error("usage: run.ts --engine=firefox|webkit");
  process.exit(2);
}
/** `--only=<words>`: the paths whose name contains them. */
const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7);
const lacking = missing(engine);
if (lacking) {
  console.error(`${engine}: not installed here: ${lacking}`);
  process.exit(1);
}

/** A lost connection to the browser's driver, not a failure of the page. */
const LOST = /ECONNRESET|ECONNREFUSED|EPIPE|socket hang up|fetch failed|Target closed|Session closed|invalid session id|session deleted|no such window|Connection closed/i;

const drivers = new Map<boolean, Driver>();
const stops: (() => Promise<unknown> | unknown)[] = [];
let cleaning: Promise<void> | null = null;
/** Stops every browser and server this run started (once, whichever way out comes first). */
const cleanUp = () =>
  (cleaning ??= (async () => {
    for (const d of drivers.values()) await d.close().catch(() => {});
    drivers.clear();
    for (const stop of stops.reverse()) await Promise.resolve(stop()).catch(() => {});
  })());
/** Stop everything, then exit; whatever has not stopped within 10 s is left to the exit handler's kill. */
const leave = (code: number) => {
  setTimeout(() => process.exit(code), 10_000).unref();
  void cleanUp().finally(() => process.exit(code));
};
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => leave(130));
process.on("uncaughtException", (e) => (console.error(`${engine}: ${e.stack ?? e}`), leave(1)));
// A promise rejected with no one waiting (a driver's socket closing under a finished path): said, not fatal.
process.on("unhandledRejection", (e) => console.error(`${engine}: a promise failed with no one waiting for it: ${(e as Error)?.message ?? e}`));

const results: { name: string; ok: boolean; ms: number; error?: string }[] = [];
let version: string = engine;
const started = Date.now();
try {
  const site = await serveDist("dist");
  stops.push(site.close);
  const hosts = await startHosts(site.url);
  stops.push(hosts.close);
  const proxy = engine === "webkit" ? await startProxy(site.url) : null;
  if (proxy) stops.push(proxy.close);
  const where = { site: proxy?.url ?? site.url, host: hosts.url };
  const open = engine === "firefox" ? firefoxDriver : webkitDriver;

  for (const s of SCENARIOS.filter((sc) => !only || sc.name.includes(only))) {
    const javaScript = s.javaScript ?? true;
    for (const [width, height] of s.viewports ?? VIEWPORTS) {
      const t0 = Date.now();
      let name = `${s.name} (${width}×${height})`;
      let error: Error | null = null;
      for (let attempt = 1; attempt <= 2; attempt++) {
        let d = drivers.get(javaScript);
        let timer: NodeJS.Timeout | undefined;
        try {
          if (!d) drivers.set(javaScript, (d = await open({ javaScript })));
          version = d.engine;
          const got = await d.setViewport(width, height);
          if (got.width !== width || got.height !== height) name = `${s.name} (${got.width}×${got.height}: ${width}×${height} asked)`;
          await d.takeErrors();
          await Promise.race([s.run(d, where), new Promise((_, no) => (timer = setTimeout(() => no(new Error("timed out after 120 s")), 120_000)))]);
          const errors = await d.takeErrors();
          if (errors.length) throw new Error(`errors in the page:\n${errors.join("\n")}`);
          error = null;
        } catch (e) {
          error = e as Error;
          const shot = `test-results/engines/${engine}-${results.length + 1}.png`;
          await d
            ?.screenshot()
            .then((png) => (mkdirSync("test-results/engines", { recursive: true }), writeFileSync(shot, png)))
            .then(() => (error!.message += `\n(screenshot: ${shot})`))
            .catch(() => {});
          // A broken session would fail every path after it: start the next one afresh.
          await d?.close().catch(() => {});
          drivers.delete(javaScript);
        } finally {
          clearTimeout(timer);
        }
        if (!error || !LOST.test(error.message)) break;
        if (attempt === 1) console.log(`  ↻ ${engine} › ${name}: lost the browser (${error.message.split("\n")[0]}); once more in a new one`);
      }
      const ms = Date.now() - t0;
      results.push({ name, ok: !error, ms, ...(error ? { error: error.message } : {}) });
      if (error) console.log(`  ✘ ${engine} › ${name}\n      ${error.message.replace(/\n/g, "\n      ")}`);
      else console.log(`  ✓ ${engine} › ${name} (${(ms / 1000).toFixed(1)} s)`);
    }
  }
} catch (e) {
  results.push({ name: "the run itself", ok: false, ms: Date.now() - started, error: (e as Error).stack ?? String(e) });
  console.log(`  ✘ ${engine} › the run itself\n      ${(e as Error).message}`);
} finally {
  await cleanUp();
}

const failed = results.filter((r) => !r.ok).length;
mkdirSync("test-results", { recursive: true });
writeFileSync(
  `test-results/engine-${engine}.json`,
  JSON.stringify({ engine: version, numTotalTests: results.length, numPassedTests: results.length - failed, numFailedTests: failed, numPendingTests: 0, results }, null, 2) + "\n",
);
console.log(`\n${version}: ${results.length - failed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(0)} s)`);
process.exit(failed ? 1 : 0);
