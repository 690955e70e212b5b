/**
 * `node scripts/run-ts.ts e2e/engines/run.ts --engine=firefox|webkit`: the reader's paths (scenarios.ts) in
 * Firefox or WebKit, against the production build (run `npm run build` first; `npm test` does). Prints one line
 * per path and viewport, writes test-results/engine-<engine>.json for the summary, exits 1 on any failure.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { serve } from "../../scripts/serve.ts";
import type { Driver } from "./driver";
import { startProxy } from "./proxy";
import { SCENARIOS, VIEWPORTS } from "./scenarios";
import { firefoxDriver, missing, webkitDriver } from "./webdriver-drivers";

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

const SITE_PORT = 4321;
const PROXY_PORT = 4331;
const root = process.cwd();
const site = await serve(`http://127.0.0.1:${SITE_PORT}/`, "node_modules/.bin/astro", ["preview", "--port", String(SITE_PORT), "--host", "127.0.0.1"], root);
const hosts = await serve("http://localhost:4322/pym.html", "node", ["e2e/hosts/serve.mjs"], root);
const proxy = engine === "webkit" ? await startProxy(`http://127.0.0.1:${SITE_PORT}`, PROXY_PORT) : null;
const where = { site: `http://127.0.0.1:${proxy ? PROXY_PORT : SITE_PORT}`, host: "http://localhost:4322" };
const open = engine === "firefox" ? firefoxDriver : webkitDriver;

const results: { name: string; ok: boolean; ms: number; error?: string }[] = [];
let version: string = engine;
const drivers = new Map<boolean, Driver>();
const started = Date.now();
try {
  for (const s of SCENARIOS.filter((sc) => !only || sc.name.includes(only))) {
    const javaScript = s.javaScript ?? true;
    for (const [width, height] of s.viewports ?? VIEWPORTS) {
      const t0 = Date.now();
      let d = drivers.get(javaScript);
      let name = `${s.name} (${width}×${height})`;
      try {
        if (!d) drivers.set(javaScript, (d = await open({ javaScript })));
        version = d.engine;
        const got = await d.setViewport(width, height);
        if (got.width !== width || got.height !== height) name = `${s.name} (${got.width}×${got.height}: ${width}×${height} asked)`;
        await d.takeErrors();
        await Promise.race([s.run(d, where), new Promise((_, no) => setTimeout(() => no(new Error("timed out after 120 s")), 120_000))]);
        const errors = await d.takeErrors();
        if (errors.length) throw new Error(`errors in the page:\n${errors.join("\n")}`);
        results.push({ name, ok: true, ms: Date.now() - t0 });
        console.log(`  ✓ ${engine} › ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      } catch (e) {
        const shot = `test-results/engines/${engine}-${results.length + 1}.png`;
        await d
          ?.screenshot()
          .then((png) => (mkdirSync("test-results/engines", { recursive: true }), writeFileSync(shot, png)))
          .catch(() => {});
        results.push({ name, ok: false, ms: Date.now() - t0, error: `${(e as Error).message}\n(screenshot: ${shot})` });
        console.log(`  ✘ ${engine} › ${name}\n      ${results.at(-1)!.error!.replace(/\n/g, "\n      ")}`);
        // A broken session would fail every path after it: start the next one afresh.
        await d?.close().catch(() => {});
        drivers.delete(javaScript);
      }
    }
  }
} finally {
  for (const d of drivers.values()) await d.close().catch(() => {});
  proxy?.close();
  hosts.stop();
  site.stop();
}

const failed = results.filter((r) => !r.ok).length;
mkdirSync("test-results", { recursive: true });
writeFileSync(
  `test-results/engine-${engine}.json`,
  JSON.stringify({ engine: version, numTotalTests: results.length, numPassedTests: results.length - failed, numFailedTests: failed, numPendingTests: 0, results }, null, 2) + "\n",
);
console.log(`\n${version}: ${results.length - failed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(0)} s)`);
process.exit(failed ? 1 : 0);
