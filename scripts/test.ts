// `npm test`: every check, in the order a change is most likely to break them, with one summary at the end.
//   1. astro check   2. unit tests (Vitest)   3. production build   4. budgets and links on dist/
//   5. HTML validation of every page (html-validate, .htmlvalidate.json)   6. e2e (Playwright)
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";

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
}

mkdirSync("test-results", { recursive: true });
const steps: Step[] = [
  { name: "astro check", cmd: "astro", args: ["check", "--minimumSeverity", "warning"] },
  { name: "unit", cmd: "vitest", args: ["run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json"], results: "test-results/vitest.json" },
  { name: "build", cmd: "node", args: ["scripts/build.ts"] },
  { name: "dist checks", cmd: "node", args: ["scripts/check-dist.ts", "dist"] },
  { name: "html", cmd: "html-validate", args: ["--ext", "html", "dist"] },
  { name: "e2e", cmd: "playwright", args: ["test"], results: "test-results/playwright.json" },
];

function readCounts(file: string): Pick<Count, "passed" | "failed" | "skipped"> {
  const json = JSON.parse(readFileSync(file, "utf8"));
  if ("numTotalTests" in json) return { passed: json.numPassedTests, failed: json.numFailedTests, skipped: json.numPendingTests + (json.numTodoTests ?? 0) };
  const s = json.stats ?? {};
  return { passed: s.expected ?? 0, failed: (s.unexpected ?? 0) + (s.flaky ?? 0), skipped: s.skipped ?? 0 };
}

const counts: Count[] = [];
let failed: string | null = null;
for (const step of steps) {
  console.log(`\n━━ ${step.name} ━━`);
  const t0 = Date.now();
  const r = spawnSync(step.cmd, step.args, { stdio: "inherit", env: process.env });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  counts.push({ name: step.name, seconds, ok: r.status === 0, ...(step.results && existsSync(step.results) ? readCounts(step.results) : {}) });
  if (r.status !== 0) {
    failed = step.name;
    break;
  }
}

console.log("\n━━ summary ━━");
for (const c of counts) {
  const n = c.passed !== undefined ? `${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ""}` : c.ok ? "ok" : "FAILED";
  console.log(`${c.name.padEnd(12)} ${n.padEnd(34)} ${c.seconds} s`);
}
const passed = counts.reduce((a, c) => a + (c.passed ?? 0), 0);
const failedTests = counts.reduce((a, c) => a + (c.failed ?? 0), 0);
console.log(`\nTests: ${passed} passed, ${failedTests} failed`);
if (failed) {
  console.error(`\n${failed} failed.`);
  process.exit(1);
}
