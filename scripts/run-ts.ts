// Run a TypeScript script that imports the site's own modules (written for Vite's extensionless resolution,
// which Node's type stripping does not do): bundle it with esbuild, packages left external, then run it.
//   node scripts/run-ts.ts scripts/docs.ts [args…]
import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { basename } from "node:path";
import { pathToFileURL } from "node:url";

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error("usage: node scripts/run-ts.ts <script.ts> [args…]");
  process.exit(2);
}
const outdir = "node_modules/.cache/run-ts";
mkdirSync(outdir, { recursive: true });
const outfile = `${outdir}/${basename(entry).replace(/\.ts$/, "")}.mjs`;
await build({ entryPoints: [entry], outfile, bundle: true, platform: "node", format: "esm", packages: "external", logLevel: "warning" });
process.argv = [process.argv[0]!, entry, ...args];
await import(pathToFileURL(outfile).href);
