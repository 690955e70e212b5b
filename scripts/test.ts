// `npm test`: every check, in the order a change is most likely to break them, with one summary at the end.
//   0. the browsers: found, or installed (scripts/browsers.ts)
//   1. astro check   2. unit tests (Vitest)   3. production build   4. budgets and links on dist/
//   5. HTML validation of every page (html-validate, .htmlvalidate.json)   6. e2e (Playwright, Chromium)
//   7–8. the reader's paths in Firefox and in WebKit (e2e/engines/run.ts, through WebDriver), side by side: each
//        waits on its browser's frames much of the time, so together they take about 40 s less than one by one
// Every step runs even when one before it failed (the engines' results are worth having on their own), except
// that nothing runs after a failed build; the run fails if any step failed. Servers take free ports (an editor's
// server on 4321 is left alone); Ctrl-C or a kill stops the step under way, which stops what it started.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { ensureBrowsers } from "./browsers.ts";
import { freePort } from "./free-port.ts";

interface Step {
  name: string;
  cmd: string;
  args: string[];
  /** A JSON report (Vitest's or Playwright's) to count tests from. */
  results?: string;
}
interface Count {
  name: string;
  seconds: string;
  ok: boolean;
  passed?: number;
  failed?: number;
  skipped?: number;
  /** The browser and version a browser step ran in. */
  engine?: string;
}

mkdirSync("test-results", { recursive: true });
/** Steps in order; the steps of one group run side by side. */
const groups: Step[][] = [
  { name: "astro check", cmd: "astro", args: ["check", "--minimumSeverity", "warning"] },
  { name: "unit", cmd: "vitest", args: ["run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json"], results: "test-results/vitest.json" },
  { name: "build", cmd: "node", args: ["scripts/build.ts"] },
  { name: "dist checks", cmd: "node", args: ["scripts/check-dist.ts", "dist"] },
  { name: "html", cmd: "html-validate", args: ["--ext", "html", "dist"] },
  { name: "e2e chromium", cmd: "playwright", args: ["test"], results: "test-results/playwright.json" },
  [
    { name: "firefox", cmd: "node", args: ["scripts/run-ts.ts", "e2e/engines/run.ts", "--engine=firefox"], results: "test-results/engine-firefox.json" },
    { name: "webkit", cmd: "node", args: ["scripts/run-ts.ts", "e2e/engines/run.ts", "--engine=webkit"], results: "test-results/engine-webkit.json" },
  ],
].map((g) => (Array.isArray(g) ? g : [g]));

function readCounts(file: string): Pick<Count, "passed" | "failed" | "skipped" | "engine"> {
  const json = JSON.parse(readFileSync(file, "utf8"));
  if ("numTotalTests" in json) return { passed: json.numPassedTests, failed: json.numFailedTests, skipped: json.numPendingTests + (json.numTodoTests ?? 0), ...(json.engine ? { engine: json.engine } : {}) };
  const s = json.stats ?? {};
  return { passed: s.expected ?? 0, failed: (s.unexpected ?? 0) + (s.flaky ?? 0), skipped: s.skipped ?? 0 };
}

console.log("━━ browsers ━━");
const unavailable = ensureBrowsers();
if (unavailable.length) {
  for (const line of unavailable) console.error(`npm test: ${line}`);
  process.exit(1);
}
// The ports of the Playwright run's servers, chosen here once (playwright.config.ts would choose its own).
const env = { ...process.env, E2E_PORT: String(await freePort()), HOST_PORT: String(await freePort("localhost")) };

/** The steps under way: a signal to this runner is passed on to them, and the run stops once they have exited. */
const current = new Set<ReturnType<typeof spawn>>();
let stopping = false;
// Passed on as SIGINT, the signal every step's tool stops cleanly on (Playwright stops its servers on it); whatever
// has not stopped 15 s later is left behind by an exit.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
  process.on(signal, () => {
    stopping = true;
    for (const child of current) child.kill("SIGINT");
    setTimeout(() => process.exit(130), 15_000).unref();
    if (!current.size) process.exit(130);
  });

const counts: Count[] = [];
const failures: string[] = [];
/** Run one step, print its time, count its tests. */
async function runStep(step: Step) {
  if (step.results) rmSync(step.results, { force: true }); // never count an earlier run's report
  const t0 = Date.now();
  const status = await new Promise<number>((resolve) => {
    const child = spawn(step.cmd, step.args, { stdio: "inherit", env });
    current.add(child);
    child.on("error", (e) => (console.error(`${step.cmd}: ${e.message}`), resolve(1)));
    child.on("exit", (code, signal) => (current.delete(child), resolve(code ?? (signal ? 128 : 1))));
  });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`━━ ${step.name}: ${status === 0 ? "ok" : "FAILED"} in ${seconds} s ━━`);
  counts.push({ name: step.name, seconds, ok: status === 0, ...(step.results && existsSync(step.results) ? readCounts(step.results) : {}) });
  if (status !== 0) failures.push(step.name);
}

for (const group of groups) {
  if (failures.includes("build")) break;
  console.log(`\n━━ ${group.map((s) => s.name).join(" and ")}${group.length > 1 ? ", side by side" : ""} ━━`);
  const t0 = Date.now();
  await Promise.all(group.map(runStep));
  if (group.length > 1) console.log(`━━ ${group.map((s) => s.name).join(" and ")}: ${((Date.now() - t0) / 1000).toFixed(1)} s in all ━━`);
  if (stopping) {
    console.error("\nnpm test: stopped.");
    process.exit(130);
  }
}

console.log("\n━━ summary ━━");
for (const c of counts) {
  const n = c.passed !== undefined ? `${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ""}` : c.ok ? "ok" : "FAILED";
  console.log(`${(c.engine ?? c.name).padEnd(16)} ${n.padEnd(34)} ${c.seconds.padStart(6)} s`);
}
const passed = counts.reduce((a, c) => a + (c.passed ?? 0), 0);
const failedTests = counts.reduce((a, c) => a + (c.failed ?? 0), 0);
console.log(`\nTests: ${passed} passed, ${failedTests} failed`);
if (failures.length) {
  console.error(`\n${failures.join(", ")} failed.`);
  process.exit(1);
}
