// Production build that never leaves a half-built site: Astro builds into a fresh folder, and only a
// complete, successful build replaces dist/. A failed build (bad content, a compile error) keeps the last
// good dist/ as it was.
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const at = (p: string) => new URL(`../${p}`, import.meta.url);
const [next, old] = [".dist-next", ".dist-old"];
rmSync(at(next), { recursive: true, force: true });

const localAstro = at("node_modules/.bin/astro");
const result = spawnSync(existsSync(localAstro) ? fileURLToPath(localAstro) : "astro", ["build", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, ASTRO_OUT_DIR: `./${next}` },
});
if (result.error) console.error(result.error.message);
if (result.status !== 0) {
  rmSync(at(next), { recursive: true, force: true });
  console.error(existsSync(at("dist")) ? "\nBuild failed: dist/ still holds the last good build." : "\nBuild failed.");
  process.exit(result.status ?? 1);
}
rmSync(at(old), { recursive: true, force: true });
if (existsSync(at("dist"))) renameSync(at("dist"), at(old));
renameSync(at(next), at("dist"));
rmSync(at(old), { recursive: true, force: true });
console.log("dist/ updated.");
