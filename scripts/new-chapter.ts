// npm run new:chapter -- <slug> "<Title>" [--content-dir <dir>]
// Writes <content>/chapters/<slug>.mdx: a valid chapter with one step, ready to edit (content/ by default).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const argv = process.argv.slice(2);
const dirFlag = argv.indexOf("--content-dir");
const contentDir = dirFlag >= 0 ? argv.splice(dirFlag, 2)[1]! : "content";
const [slug, ...titleWords] = argv;
const title = titleWords.join(" ").trim();
const usage = 'usage: npm run new:chapter -- <slug> "<Title>"   e.g. npm run new:chapter -- the-aftermath "The aftermath"';
if (!slug || !title) {
  console.error(usage);
  process.exit(2);
}
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
  console.error(`"${slug}" is not a valid slug: use lowercase letters, digits and single hyphens (it becomes the URL /${slug}/).`);
  process.exit(2);
}
const dir = join(contentDir, "chapters");
const file = join(dir, `${slug}.mdx`);
const shown = relative(process.cwd(), file);
if (existsSync(file)) {
  console.error(`${shown} already exists.`);
  process.exit(1);
}
const orders = readdirSync(dir)
  .filter((f) => f.endsWith(".mdx"))
  .map((f) => Number(/^order:\s*(\d+)/m.exec(readFileSync(join(dir, f), "utf8"))?.[1] ?? 0));
const order = Math.max(0, ...orders) + 1;
const yamlString = (s: string) => JSON.stringify(s);

writeFileSync(
  file,
  `---
title: ${yamlString(title)}
dek: ${yamlString("One sentence that says what this chapter adds.")}
order: ${order}
summary: ${yamlString("Two lines for the chapter list and search results: what the reader learns here.")}
---

{/* Each <Step> is one scroll step: its text passes while the map and timeline show its state.
    See content/README.md for every component. */}

<Step id="start" view="overview">
Write the first step here. Name places with <Place id="albukamal" />, times with <Time event="us-airstrikes" />.
</Step>
`,
);
console.log(`Created ${shown} (order ${order}). Preview it with npm run dev at http://localhost:4321/${slug}/`);
