import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Runs the real `npm run build` and `astro check` on a copy of the project with broken content.
const root = fileURLToPath(new URL("../../", import.meta.url));
let dir = "";

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, PATH: `${join(dir, "node_modules/.bin")}:${process.env["PATH"]}`, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1" },
    timeout: 120_000,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "story-bad-content-"));
  for (const f of ["astro.config.mjs", "package.json", "tsconfig.json", "src", "content", "public", "scripts/build.ts"]) {
    cpSync(join(root, f), join(dir, f), { recursive: true, filter: (s) => !s.includes("/scripts/geo") });
  }
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  // The last good build, which a failed build must leave alone.
  mkdirSync(join(dir, "dist"));
  writeFileSync(join(dir, "dist/index.html"), "last good build");
  // Two problems in two files.
  const breakFile = (file: string, from: string, to: string) => {
    const text = readFileSync(join(dir, file), "utf8");
    if (!text.includes(from)) throw new Error(`fixture: ${from} not in ${file}`);
    writeFileSync(join(dir, file), text.replace(from, to));
  };
  breakFile("content/events.yaml", "time: 2021-06-28T19:44:00+03:00", "time: 2021-06-28T19:44:00");
  breakFile("content/chapters/the-strikes.mdx", '<Place id="albukamal" />', '<Place id="al-bukamal" />');
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("bad content stops the tools with every problem listed", () => {
  it("npm run build fails, lists both problems with file:line:column, and keeps the last good dist/", () => {
    const r = run("node", ["scripts/build.ts"]);
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/content\/events\.yaml:\d+:\d+ {2}"rocket-attack": time: a time needs its UTC offset/);
    expect(r.output).toMatch(/content\/chapters\/the-strikes\.mdx:\d+:\d+ {2}<Place id="…">: unknown place "al-bukamal"\. Did you mean "albukamal"\?/);
    expect(readFileSync(join(dir, "dist/index.html"), "utf8")).toBe("last good build");
    expect(existsSync(join(dir, ".dist-next"))).toBe(false);
  }, 120_000);

  it("astro check fails with the same report", () => {
    const r = run("astro", ["check"]);
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/content\/chapters\/the-strikes\.mdx:\d+:\d+ {2}<Place id="…">: unknown place "al-bukamal"/);
  }, 120_000);
});
