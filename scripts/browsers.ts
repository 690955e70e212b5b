/**
 * The browsers the end-to-end tests need, found on this machine or installed, for `npm test` (scripts/test.ts):
 * Chromium (Playwright's own, $CHROME_PATH or the system's), Firefox (the system's firefox-esr, driven over
 * WebDriver BiDi) and WebKit (WebKitGTK's WebKitWebDriver and MiniBrowser, under a virtual display). What is
 * missing is installed the way that works here: Playwright's own Chromium where it can be downloaded, else
 * Debian's packages (as root, with apt-get). Where neither works, one line says which browser and how to get it.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromiumPath } from "./chromium.ts";

/** Where Debian puts what each engine needs; the first found is used. */
export const FIREFOX = ["/usr/bin/firefox-esr", "/usr/bin/firefox"];
export const WEBKIT_DRIVER = ["/usr/bin/WebKitWebDriver"];
export const MINIBROWSER = ["/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser", "/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser", "/usr/libexec/webkit2gtk-4.1/MiniBrowser"];
export const first = (paths: string[]) => paths.find((p) => existsSync(p));
const onPath = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;

interface Browser {
  name: string;
  /** What is missing of it here (empty when it is all here). */
  lacks(): string[];
  /** Debian's packages that provide it. */
  apt: string[];
  /** Playwright's own download, when it has one we use. */
  playwright?: string;
}

const hasChromium = () => {
  try {
    chromiumPath();
    return true;
  } catch {
    return false;
  }
};

export const BROWSERS: Record<"chromium" | "firefox" | "webkit", Browser> = {
  chromium: { name: "Chromium", lacks: () => (hasChromium() ? [] : ["a Chromium"]), apt: ["chromium"], playwright: "chromium" },
  firefox: { name: "Firefox", lacks: () => (first(FIREFOX) ? [] : ["firefox-esr"]), apt: ["firefox-esr"] },
  webkit: {
    name: "WebKit",
    lacks: () => [!first(WEBKIT_DRIVER) && "WebKitWebDriver", !first(MINIBROWSER) && "MiniBrowser", !onPath("xvfb-run") && "xvfb-run"].filter((x): x is string => !!x),
    apt: ["webkit2gtk-driver", "xvfb", "xauth"],
  },
};

/** What an engine lacks here, with what installs it; null when it is all here. */
export function missing(engine: keyof typeof BROWSERS): string | null {
  const b = BROWSERS[engine];
  const lacks = b.lacks();
  return lacks.length ? `${lacks.join(", ")} (apt-get install ${b.apt.join(" ")})` : null;
}

const run = (cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) => spawnSync(cmd, args, { stdio: "inherit", env }).status === 0;

/**
 * Find or install every browser; returns one line per browser that could not be had (empty: all are here).
 * `say` prints what it is doing.
 */
export function ensureBrowsers(say: (line: string) => void = console.log): string[] {
  const lacking = Object.values(BROWSERS).filter((b) => b.lacks().length);
  if (!lacking.length) {
    say("browsers: Chromium, Firefox and WebKit are installed");
    return [];
  }
  for (const b of lacking.filter((b) => b.playwright)) {
    say(`browsers: ${b.name} is missing; trying Playwright's own (npx playwright install ${b.playwright})`);
    if (!run("npx", ["playwright", "install", b.playwright!])) say(`browsers: Playwright could not download ${b.name}`);
  }
  const still = lacking.filter((b) => b.lacks().length);
  const root = process.getuid?.() === 0;
  if (still.length && root && onPath("apt-get")) {
    const packages = still.flatMap((b) => b.apt);
    say(`browsers: installing Debian's ${packages.join(" ")} (apt-get)`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    if (!run("apt-get", ["update", "-qq"], env) || !run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], env)) say("browsers: apt-get failed");
  }
  return Object.values(BROWSERS)
    .filter((b) => b.lacks().length)
    .map((b) => `${b.name} is not installed (${b.lacks().join(", ")}) and could not be installed here: as root, run \`apt-get install ${b.apt.join(" ")}\`${b.playwright ? `, or \`npx playwright install ${b.playwright}\` where Playwright can download, or set CHROME_PATH` : ""}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = ensureBrowsers();
  for (const p of problems) console.error(p);
  process.exit(problems.length ? 1 : 0);
}
