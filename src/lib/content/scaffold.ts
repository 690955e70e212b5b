/**
 * The start of a translation (`npm run new:chapter -- --translate <lang> <slug>`): the original's steps, same ids,
 * same props, in the same order, each holding the original's text as a comment to translate from, and
 * `draft: true`, so the edition keeps linking to the English until the translator removes it. Pure.
 */
import { scanMdx, type PropValue } from "./mdx-scan";

/** A prop as MDX writes it: a string in quotes, anything else as a literal expression. */
const propText = (name: string, value: PropValue) => (typeof value === "string" ? `${name}=${JSON.stringify(value)}` : value === true ? name : `${name}={${JSON.stringify(value)}}`);

/** MDX comments end at the first `*​/`; the original's text must not end ours. */
const commentSafe = (text: string) => text.replace(/\*\//g, "* /");

export function translationScaffold(source: string, file: string, slug: string, lang: string): string {
  const scan = scanMdx(source, file, slug);
  if (scan.problems.length) throw new Error(`${file} has problems; fix them before translating it:\n${scan.problems.map((p) => `  ${p.file}:${p.line}:${p.column} ${p.message}`).join("\n")}`);
  const front = (scan.frontmatter?.value ?? {}) as Record<string, unknown>;
  const lines = source.split("\n");
  const steps = scan.uses.filter((u) => u.name === "Step");
  const yaml = (key: string) => (typeof front[key] === "string" ? [`${key}: ${JSON.stringify(front[key])}`] : []);
  const body = steps.map((step, i) => {
    const original = lines.slice(step.line - 1, (steps[i + 1]?.line ?? lines.length + 1) - 1).join("\n").trim();
    const props = Object.entries(step.props).map(([name, p]) => propText(name, p.value));
    return `<Step ${props.join(" ")}>
{/* ${lang}: translate the text of this step from the original:

${commentSafe(original)}
*/}
</Step>`;
  });
  return `---
# A translation of ${file}, in "${lang}". Translate title, dek and summary. Keep every <Step> with its id and
# props, in the same order (translate only an alt="…"), and write its text inside it, with the same components
# (<Time>, <Place>, <Source>, <Quote> take the original's ids). Remove "draft: true" to publish. Guide: content/README.md.
${[...yaml("title"), ...yaml("dek"), ...yaml("summary")].join("\n")}
draft: true
---

${body.join("\n\n")}
`;
}
