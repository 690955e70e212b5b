// Production build that never leaves a half-built site: Astro builds into a fresh folder, and only a
// complete, successful build replaces dist/. A failed build (bad content, a compile error) keeps the last
// good dist/ as it was.
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const next = ".dist-next";
const old = ".dist-old";
rmSync(new URL(`../${next}`, import.meta.url), { recursive: true, force: true });

const localAstro = new URL("../node_modules/.bin/astro", import.meta.url);
const result = spawnSync(existsSync(localAstro) ? fileURLToPath(localAstro) : "astro", ["build", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, ASTRO_OUT_DIR: `./${next}` },
});
if (result.error) console.error(result.error.message);
if (result.status !== 0) {
  rmSync(new URL(`../${next}`, import.meta.url), { recursive: true, force: true });
  console.error(existsSync(new URL("../dist", import.meta.url)) ? "\nBuild failed: dist/ still holds the last good build." : "\nBuild failed.");
  process.exit(result.status ?? 1);
}
rmSync(new URL(`../${old}`, import.meta.url), { recursive: true, force: true });
if (existsSync(new URL("../dist", import.meta.url))) renameSync(new URL("../dist", import.meta.url), new URL(`../${old}`, import.meta.url));
renameSync(new URL(`../${next}`, import.meta.url), new URL("../dist", import.meta.url));
rmSync(new URL(`../${old}`, import.meta.url), { recursive: true, force: true });
console.log("dist/ updated.");
