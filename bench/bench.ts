// npm run bench — numbers, measured the same way every time, on the production build. Prints tables and writes
// bench/out/bench.json. Sections (all by default; pick with --only=weights,lighthouse,scroll,build,timelinejs):
//   weights     HTML, CSS, JS and data bytes per page, raw and gzip
//   lighthouse  mobile and desktop presets on the index, every chapter and every embed view
//   scroll      each chapter scrolled top→bottom→top at 4× CPU throttling: long tasks, frame times at step changes
//   build       build time and output size with 1, 10 and 100 chapters (generated copies)
//   timelinejs  the same events in TimelineJS (served locally): JS bytes, LCP, TBT as ratios to our timeline
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { parse } from "yaml";
import { checkDist } from "../scripts/check-dist.ts";
import { anyChromiumPath, CHROMIUM_ARGS, chromiumPath } from "../scripts/chromium.ts";
import { serveDist, type DistServer } from "../scripts/serve-dist.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const only = new Set((process.argv.find((a) => a.startsWith("--only="))?.slice(7) ?? "weights,lighthouse,scroll,build,timelinejs").split(","));
type Row = Record<string, unknown>;
interface LighthouseFigures {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  jsBytes: number;
  missed: string;
  /** When CLS is not 0: the elements that moved (Lighthouse's layout-shifts audit), to say where to look. */
  shifted: string;
}
type LighthouseRow = LighthouseFigures & { page: string; preset: string };
interface ScrollRow {
  chapter: string;
  stepChanges: number;
  longTasks: number;
  longestTaskMs: number;
  frameMedianMs: number | null;
  frameP95Ms: number | null;
  allFramesP95Ms: number | null;
}
interface BuildRow {
  chapters: number;
  ok: boolean;
  seconds: number;
  pages: number;
  outputKB: number;
  outputGzipKB: number;
}
interface Target {
  target: string;
  worst: string;
  met: boolean;
}
const results: {
  date: string;
  node: string;
  cpus: number;
  weights?: (Row & { page: string; totalGzip: number; html: { raw: number; gzip: number }; css: { raw: number; gzip: number }; js: { raw: number; gzip: number }; data: { raw: number; gzip: number } })[];
  lighthouse?: LighthouseRow[];
  scroll?: ScrollRow[];
  timelinejs?: Row;
  build?: BuildRow[];
  targets?: Target[];
} = { date: new Date().toISOString(), node: process.version, cpus: (await import("node:os")).cpus().length };
const kb = (n: number) => (n / 1024).toFixed(1);
const pct = (n: number | null | undefined) => (n === null || n === undefined ? "—" : String(Math.round(n * 100)));
const table = (rows: Row[], cols: string[]) => {
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? "").length)));
  console.log(cols.map((c, i) => c.padEnd(widths[i]!)).join("  "));
  for (const r of rows) console.log(cols.map((c, i) => String(r[c] ?? "").padEnd(widths[i]!)).join("  "));
};

function run(cmd: string, args: string[], opts: SpawnSyncOptions = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed`);
}

// ── build once ──
console.log("\n━━ build ━━");
run("node", ["scripts/build.ts"]);
const dist = join(root, "dist");
const pages = readdirSync(dist, { recursive: true })
  .filter((f) => String(f).endsWith("index.html"))
  .map((f) => `/${String(f).replace(/index\.html$/, "")}`)
  .sort();
const chapters = readdirSync(join(root, "content/chapters")).filter((f) => f.endsWith(".mdx")).map((f) => f.replace(/\.mdx$/, ""));
// A chapter page in either edition (/<slug>/ or /ar/<slug>/).
const isChapterPage = (p: string) => chapters.some((c) => p === `/${c}/` || p === `/ar/${c}/`);
const lhPages = pages.filter((p) => p === "/" || p === "/ar/" || isChapterPage(p) || p.startsWith("/embed/"));

// ── weights ──
if (only.has("weights")) {
  console.log("\n━━ page weight (KB; raw / gzip) ━━");
  const { report } = checkDist(dist);
  results.weights = report.map((r) => ({ page: `/${r.page.replace(/index\.html$/, "")}`, ...r.weights, totalGzip: r.totalGzip }));
  table(
    results.weights.map((w) => ({
      page: w.page,
      html: `${kb(w.html.raw)} / ${kb(w.html.gzip)}`,
      css: `${kb(w.css.raw)} / ${kb(w.css.gzip)}`,
      js: `${kb(w.js.raw)} / ${kb(w.js.gzip)}`,
      data: `${kb(w.data.raw)} / ${kb(w.data.gzip)}`,
      "total gzip": kb(w.totalGzip),
    })),
    ["page", "html", "css", "js", "data", "total gzip"],
  );
  const total = results.weights.reduce((a, w) => a + w.totalGzip, 0);
  console.log(`all pages: ${kb(total)} KB gzip`);
}

// ── the built site, served as readers get it (its _headers too) on a free port, for the browser sections ──
const needServer = ["lighthouse", "scroll", "timelinejs"].some((s) => only.has(s));
let preview: DistServer | undefined;
if (needServer) preview = await serveDist(dist);
const SITE = preview?.url ?? "";
// Whatever way the run ends (an error, Ctrl-C), the server goes with it.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void (preview?.close() ?? Promise.resolve()).then(() => process.exit(130)));

async function lighthouseRun(url: string, preset: "mobile" | "desktop"): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({ chromePath: anyChromiumPath(), chromeFlags: ["--headless=new", ...CHROMIUM_ARGS] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" }, preset === "desktop" ? desktopConfig : undefined);
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { lhr } = result;
    const a = lhr.audits;
    const num = (id: string) => a[id]?.numericValue ?? NaN;
    const score = (id: string) => lhr.categories[id]?.score ?? null;
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      lcpMs: Math.round(num("largest-contentful-paint")),
      cls: Number(num("cumulative-layout-shift").toFixed(3)),
      tbtMs: Math.round(num("total-blocking-time")),
      jsBytes: ((a["network-requests"]?.details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? [])
        .filter((i) => i.resourceType === "Script")
        .reduce((s, i) => s + (i.transferSize ?? 0), 0),
      // What kept accessibility, best practices or SEO below 100 (scored audits that did not pass).
      missed: ["accessibility", "best-practices", "seo"]
        .flatMap((c) => (lhr.categories[c]?.auditRefs ?? []).filter((r) => r.weight > 0 && a[r.id]?.score !== null && (a[r.id]?.score ?? 1) < 1).map((r) => r.id))
        .join(" "),
      shifted: (((a["layout-shifts"]?.details as { items?: { node?: { selector?: string } }[] } | undefined)?.items ?? []).map((i) => i.node?.selector ?? "?")).join(", "),
    };
  } finally {
    await chrome.kill();
  }
}

try {
  // ── lighthouse ──
  if (only.has("lighthouse")) {
    console.log("\n━━ Lighthouse (scores ×100; LCP and TBT in ms) ━━");
    results.lighthouse = [];
    for (const page of lhPages) {
      for (const preset of ["mobile", "desktop"] as const) {
        const r = await lighthouseRun(`${SITE}${page}`, preset);
        results.lighthouse.push({ page, preset, ...r });
      }
    }
    table(
      results.lighthouse.map((r): Row => ({ page: r.page, preset: r.preset, perf: pct(r.performance), a11y: pct(r.accessibility), bp: pct(r.bestPractices), seo: pct(r.seo), LCP: r.lcpMs, CLS: r.cls, TBT: r.tbtMs, missed: r.missed })),
      ["page", "preset", "perf", "a11y", "bp", "seo", "LCP", "CLS", "TBT", "missed"],
    );
  }

  // ── scroll ──
  if (only.has("scroll")) {
    console.log("\n━━ scrolling at 4× CPU throttling (390×844) ━━");
    results.scroll = [];
    const chromiumExe = chromiumPath();
    const browser = await chromium.launch({ ...(chromiumExe ? { executablePath: chromiumExe } : {}), args: CHROMIUM_ARGS });
    for (const slug of chapters) {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      await page.goto(`${SITE}/${slug}/`);
      type Probe = Window & { __longTasks: number[]; __frames: [number, number][]; __changes: number[]; __scrollFrom: number };
      await page.evaluate(() => {
        const w = window as unknown as Probe;
        w.__longTasks = [];
        w.__frames = [];
        w.__changes = [];
        w.__scrollFrom = Infinity;
        // Long tasks while scrolling only: the page's load (its first layout at 4× throttling) is Lighthouse's TBT.
        new PerformanceObserver((l) => l.getEntries().forEach((e) => e.startTime >= w.__scrollFrom && w.__longTasks.push(e.duration))).observe({ type: "longtask", buffered: true });
        new MutationObserver(() => w.__changes.push(performance.now())).observe(document.querySelector("story-scrolly")!, { attributes: true, attributeFilter: ["data-active-step"] });
        let last = performance.now();
        const tick = (t: number) => {
          w.__frames.push([t, t - last]);
          last = t;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      // Scrolling starts once the story runs (its script starts after the first paint; loading is TBT's business).
      await page.waitForSelector("story-scrolly[data-ready]");
      await page.waitForTimeout(300);
      const height = await page.evaluate(() => {
        (window as unknown as Probe).__scrollFrom = performance.now();
        return document.body.scrollHeight;
      });
      for (const dir of [1, -1]) {
        for (let y = 0; y < height; y += 120) {
          await page.mouse.wheel(0, 120 * dir);
          await page.waitForTimeout(16);
        }
        await page.waitForTimeout(400);
      }
      const m = await page.evaluate(() => {
        const w = window as unknown as Probe;
        const near = w.__frames.filter(([t]) => w.__changes.some((c) => t >= c && t <= c + 600)).map(([, d]) => d);
        return { longTasks: w.__longTasks, near, all: w.__frames.slice(1).map(([, d]) => d), changes: w.__changes.length };
      });
      const q = (arr: number[], p: number) => {
        const s = [...arr].sort((a, b) => a - b);
        return s.length ? Number(s[Math.min(s.length - 1, Math.floor(p * s.length))]!.toFixed(1)) : null;
      };
      results.scroll.push({
        chapter: slug,
        stepChanges: m.changes,
        longTasks: m.longTasks.length,
        longestTaskMs: m.longTasks.length ? Math.round(Math.max(...m.longTasks)) : 0,
        frameMedianMs: q(m.near, 0.5),
        frameP95Ms: q(m.near, 0.95),
        allFramesP95Ms: q(m.all, 0.95),
      });
      await page.close();
    }
    await browser.close();
    table(results.scroll as unknown as Row[], ["chapter", "stepChanges", "longTasks", "longestTaskMs", "frameMedianMs", "frameP95Ms", "allFramesP95Ms"]);
  }

  // ── timelinejs ──
  if (only.has("timelinejs")) {
    console.log("\n━━ TimelineJS with the same events (served locally), mobile preset ━━");
    const dir = mkdtempSync(join(tmpdir(), "timelinejs-"));
    const tl = join(root, "bench/node_modules/@knight-lab/timelinejs/dist");
    cpSync(join(tl, "js"), join(dir, "js"), { recursive: true });
    cpSync(join(tl, "css"), join(dir, "css"), { recursive: true });
    const events = parse(readFileSync(join(root, "content/events.yaml"), "utf8")) as { time?: string; timeRange?: [string, string]; zone: string; title: string; summary: string }[];
    const parts = (iso: string, zone: string) => {
      const p: Record<string, string> = Object.fromEntries(new Intl.DateTimeFormat("en-GB", { timeZone: zone, year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", hourCycle: "h23" }).formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
      return { year: +p["year"]!, month: +p["month"]!, day: +p["day"]!, hour: +p["hour"]!, minute: +p["minute"]! };
    };
    const data = { title: { text: { headline: "27–29 June 2021" } }, events: events.map((e) => ({ start_date: parts(e.time ?? e.timeRange![0], e.zone), text: { headline: e.title, text: e.summary } })) };
    writeFileSync(join(dir, "data.json"), JSON.stringify(data));
    writeFileSync(
      join(dir, "index.html"),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>TimelineJS</title>
<link rel="stylesheet" href="/css/timeline.css"><script src="/js/timeline.js"></script></head>
<body><div id="timeline-embed" style="width:100%;height:600px"></div><script src="/boot.js"></script></body></html>`,
    );
    writeFileSync(join(dir, "boot.js"), `fetch("/data.json").then((r) => r.json()).then((d) => new TL.Timeline("timeline-embed", d, { script_path: "/js/" }));`);
    const server = await serveDist(dir);
    try {
      const theirs = await lighthouseRun(`${server.url}/`, "mobile");
      const ours = await lighthouseRun(`${SITE}/embed/timeline/`, "mobile");
      const ratio = (a: number, b: number) => (b ? Number((a / b).toFixed(2)) : null);
      const ratios = { jsBytes: ratio(theirs.jsBytes, ours.jsBytes), lcp: ratio(theirs.lcpMs, ours.lcpMs), tbt: ratio(theirs.tbtMs, ours.tbtMs) };
      results.timelinejs = { timelinejs: theirs, ours, ratios };
      table(
        [
          { page: "TimelineJS", js: kb(theirs.jsBytes), LCP: theirs.lcpMs, TBT: theirs.tbtMs, perf: pct(theirs.performance) },
          { page: "ours /embed/timeline/", js: kb(ours.jsBytes), LCP: ours.lcpMs, TBT: ours.tbtMs, perf: pct(ours.performance) },
          { page: "ratio (TimelineJS / ours)", js: ratios.jsBytes, LCP: ratios.lcp, TBT: ratios.tbt, perf: "" },
        ],
        ["page", "js", "LCP", "TBT", "perf"],
      );
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
} finally {
  await preview?.close();
}

// ── build scaling ──
if (only.has("build")) {
  console.log("\n━━ build time and size with generated chapters ━━");
  results.build = [];
  const chapterTexts = chapters.map((c) => readFileSync(join(root, "content/chapters", `${c}.mdx`), "utf8"));
  for (const n of [1, 10, 100]) {
    const dir = mkdtempSync(join(tmpdir(), `bench-build-${n}-`));
    for (const f of ["astro.config.mjs", "package.json", "tsconfig.json", "src", "content", "public"]) cpSync(join(root, f), join(dir, f), { recursive: true });
    symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
    const chDir = join(dir, "content/chapters");
    for (const f of readdirSync(chDir)) rmSync(join(chDir, f));
    // The translations name the real chapters' slugs, which the generated ones do not have.
    for (const f of readdirSync(join(dir, "content/ar/chapters"))) rmSync(join(dir, "content/ar/chapters", f));
    for (let i = 0; i < n; i++) writeFileSync(join(chDir, `chapter-${String(i + 1).padStart(3, "0")}.mdx`), chapterTexts[i % chapterTexts.length]!.replace(/^order: \d+$/m, `order: ${i + 1}`));
    const t0 = performance.now();
    const r = spawnSync(join(root, "node_modules/.bin/astro"), ["build"], { cwd: dir, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" } });
    const seconds = (performance.now() - t0) / 1000;
    if (r.status !== 0) {
      console.error(`build of ${n} generated chapters failed:\n${String(r.stderr).slice(-2000)}`);
      results.build.push({ chapters: n, ok: false, seconds: Number(seconds.toFixed(1)), pages: 0, outputKB: 0, outputGzipKB: 0 });
      rmSync(dir, { recursive: true, force: true });
      continue;
    }
    const files = readdirSync(join(dir, "dist"), { recursive: true }).map((f) => join(dir, "dist", String(f))).filter((f) => statSync(f).isFile());
    const bytes = files.reduce((a, f) => a + statSync(f).size, 0);
    const gz = files.reduce((a, f) => a + gzipSync(readFileSync(f)).length, 0);
    results.build.push({ chapters: n, ok: r.status === 0, seconds: Number(seconds.toFixed(1)), pages: files.filter((f) => f.endsWith(".html")).length, outputKB: Number(kb(bytes)), outputGzipKB: Number(kb(gz)) });
    rmSync(dir, { recursive: true, force: true });
  }
  table(results.build as unknown as Row[], ["chapters", "ok", "seconds", "pages", "outputKB", "outputGzipKB"]);
}

mkdirSync(join(root, "bench/out"), { recursive: true });
// ── targets (issue #9): each met or missed, with the worst figure measured in this run ──
{
  const targets: Target[] = [];
  const lh = results.lighthouse ?? [];
  const mobile = lh.filter((r) => r.preset === "mobile");
  const worst = <T, K extends keyof T>(rows: T[], key: K, pick: (a: T[K], b: T[K]) => boolean): T => rows.reduce((w, r) => (pick(r[key], w[key]) ? r : w));
  if (mobile.length) {
    const p = worst(mobile, "performance", (a, b) => (a ?? 0) < (b ?? 0));
    targets.push({ target: "Lighthouse mobile performance ≥ 98, every page", worst: `${pct(p.performance)} (${p.page})`, met: (p.performance ?? 0) >= 0.98 });
    const lcp = worst(mobile.filter((r) => isChapterPage(r.page)), "lcpMs", (a, b) => a > b);
    targets.push({ target: "LCP ≤ 1.0 s (mobile), every chapter page", worst: `${lcp.lcpMs} ms (${lcp.page})`, met: lcp.lcpMs <= 1000 });
    const t = worst(mobile, "tbtMs", (a, b) => a > b);
    targets.push({ target: "TBT ≤ 50 ms (mobile)", worst: `${t.tbtMs} ms (${t.page})`, met: t.tbtMs <= 50 });
  }
  if (lh.length) {
    // Embed views say noindex on purpose (the newsroom's article is what search should find, not our frame):
    // SEO is scored on the other pages, and an embed view may miss is-crawlable and nothing else.
    const indexed = lh.filter((r) => !r.page.startsWith("/embed/"));
    for (const [key, name, rows] of [["accessibility", "accessibility", lh], ["bestPractices", "best practices", lh], ["seo", "SEO", indexed]] as const) {
      const w = worst(rows, key, (a, b) => (a ?? 0) < (b ?? 0));
      targets.push({ target: `Lighthouse ${name} 100, every ${rows === lh ? "page" : "page but embed views"}`, worst: `${pct(w[key])} (${w.page} ${w.preset}${w.missed ? `: ${w.missed}` : ""})`, met: w[key] === 1 });
    }
    const embedSeo = lh.filter((r) => r.page.startsWith("/embed/") && r.missed && r.missed !== "is-crawlable");
    if (lh.some((r) => r.page.startsWith("/embed/"))) targets.push({ target: "embed views: SEO misses only is-crawlable (noindex)", worst: embedSeo.length ? `${embedSeo[0]!.page}: ${embedSeo[0]!.missed}` : "none other", met: embedSeo.length === 0 });
    const c = worst(lh, "cls", (a, b) => a > b);
    targets.push({ target: "CLS 0", worst: `${c.cls} (${c.page} ${c.preset}${c.shifted ? `: ${c.shifted}` : ""})`, met: c.cls === 0 });
  }
  if (results.scroll) {
    const l = worst(results.scroll, "longestTaskMs", (a, b) => a > b);
    targets.push({ target: "no long task > 50 ms scrolling at 4× CPU", worst: `${l.longestTaskMs} ms (${l.chapter}, ${l.longTasks} long)`, met: l.longestTaskMs <= 50 });
  }
  const b100 = results.build?.find((b) => b.chapters === 100);
  if (b100) targets.push({ target: "build of 100 chapters ≤ 60 s", worst: `${b100.seconds} s`, met: b100.ok && b100.seconds <= 60 });
  if (targets.length) {
    console.log("\n━━ targets ━━");
    table(targets.map((t): Row => ({ ...t, met: t.met ? "met" : "MISSED" })), ["target", "worst", "met"]);
    results.targets = targets;
  }
}

writeFileSync(join(root, "bench/out/bench.json"), JSON.stringify(results, null, 2) + "\n");
console.log("\nwrote bench/out/bench.json");
