// npm run new:chapter -- <slug> "<Title>" [--content-dir <dir>]
//   Writes <content>/chapters/<slug>.mdx: a valid chapter with one step, ready to edit (content/ by default).
// npm run new:chapter -- --translate <lang> <slug>
//   Writes <content>/<lang>/chapters/<slug>.mdx: the original's steps to translate, as a draft (not published).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { translationScaffold } from "../src/lib/content/scaffold";
import { TRANSLATED_LANGS } from "../src/schemas/common";

const argv = process.argv.slice(2);
const dirFlag = argv.indexOf("--content-dir");
const contentDir = dirFlag >= 0 ? argv.splice(dirFlag, 2)[1]! : "content";
const translateFlag = argv.indexOf("--translate");
if (translateFlag >= 0) {
  const [, lang, slug] = argv.splice(translateFlag, 3);
  if (!lang || !(TRANSLATED_LANGS as readonly string[]).includes(lang) || !slug) {
    console.error(`usage: npm run new:chapter -- --translate <${TRANSLATED_LANGS.join("|")}> <slug>   e.g. npm run new:chapter -- --translate ar the-rockets`);
    process.exit(2);
  }
  const original = join(contentDir, "chapters", `${slug}.mdx`);
  const file = join(contentDir, lang, "chapters", `${slug}.mdx`);
  if (!existsSync(original)) {
    const slugs = readdirSync(join(contentDir, "chapters")).filter((f) => f.endsWith(".mdx")).map((f) => f.replace(/\.mdx$/, ""));
    console.error(`${relative(process.cwd(), original)} does not exist; chapters: ${slugs.join(", ")}`);
    process.exit(1);
  }
  if (existsSync(file)) {
    console.error(`${relative(process.cwd(), file)} already exists.`);
    process.exit(1);
  }
  mkdirSync(join(contentDir, lang, "chapters"), { recursive: true });
  writeFileSync(file, translationScaffold(readFileSync(original, "utf8"), relative(process.cwd(), original), slug, lang));
  console.log(`Created ${relative(process.cwd(), file)} (a draft: the ${lang} edition links to the English until you remove "draft: true").`);
  process.exit(0);
}
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
