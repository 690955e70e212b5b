import { mdxToMdast } from "satteri";
import { KEBAB_CASE } from "../../schemas/common";
import { didYouMean } from "../nearest";
import { COMPONENTS, COMPONENT_NAMES, isComponentName, type ComponentName } from "./components";
import type { Problem } from "./problem";
import { parseLocatedYaml, type LocatedYaml } from "./yaml-doc";

/** A prop value as written: a string (`id="a"`) or a JSON-like literal (`events={["a","b"]}`). */
export type PropValue = string | number | boolean | null | PropValue[];

export interface PropUse {
  value: PropValue;
  line: number;
  column: number;
}

/** One use of an authoring component in a chapter. */
export interface ComponentUse {
  name: ComponentName;
  line: number;
  column: number;
  props: Record<string, PropUse>;
  /** Id of the `<Step>` this use sits in, if any. */
  step?: string;
}

/** What a chapter's MDX says, with positions; the same parse serves validation and the page. */
export interface ChapterScan {
  slug: string;
  file: string;
  frontmatter?: LocatedYaml;
  uses: ComponentUse[];
  problems: Problem[];
}

interface MdNode {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  position?: { start: { line: number; column: number; offset: number } };
}

/** Offsets of line starts, to turn offsets into line/column. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
  return starts;
}

function positionOf(starts: number[], offset: number) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/** Parse a prop written as an expression: only JSON-like literals are allowed (no code). */
function parseLiteral(src: string): PropValue | undefined {
  const text = src.trim().replace(/'([^'\\]*)'/g, (_, s: string) => JSON.stringify(s)).replace(/,\s*]/g, "]");
  try {
    return JSON.parse(text) as PropValue;
  } catch {
    return undefined;
  }
}

const isCommentOnly = (src: string) => /^\s*(\/\*[\s\S]*?\*\/\s*)*$/.test(src);

/** URLs the site itself uses; a chapter cannot take them. */
export const RESERVED_SLUGS = ["embed", "sources", "about", "data", "oembed", "map", "timeline"];

export function scanChapter(source: string, file: string, slug: string): ChapterScan {
  const problems: Problem[] = [];
  const uses: ComponentUse[] = [];
  const scan: ChapterScan = { slug, file, uses, problems };
  const starts = lineStarts(source);
  const at = (offset: number) => positionOf(starts, offset);

  if (RESERVED_SLUGS.includes(slug)) {
    problems.push({ file, line: 1, column: 1, message: `the file name "${slug}.mdx" is taken by the site (/${slug}/); choose another name` });
  }
  if (!KEBAB_CASE.test(slug)) {
    problems.push({ file, line: 1, column: 1, message: `the file name "${slug}.mdx" must be kebab-case (it becomes the URL /${slug}/)` });
  }

  let root: MdNode;
  try {
    root = mdxToMdast(source, { position: true }) as unknown as MdNode;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const m = /^(\d+):(\d+):\s*(.*)$/s.exec(message);
    problems.push({
      file,
      line: m ? Number(m[1]) : 1,
      column: m ? Number(m[2]) : 1,
      message: `MDX syntax: ${(m ? m[3]! : message).replace(/\s*\(mdx[^)]*\)\s*$/, "")}`,
    });
    return scan;
  }

  const visit = (node: MdNode, step: string | undefined) => {
    const start = node.position?.start;
    const here = start ? { line: start.line, column: start.column } : { line: 1, column: 1 };
    switch (node.type) {
      case "yaml": {
        scan.frontmatter = parseLocatedYaml(String(node.value ?? ""), file, here.line);
        problems.push(...scan.frontmatter.problems);
        return;
      }
      case "mdxjsEsm":
        problems.push({
          file,
          ...here,
          message: "chapters need no import or export lines: Step, Quote, Source, Time, Elapsed and Place are always available. Remove this line.",
        });
        return;
      case "mdxFlowExpression":
      case "mdxTextExpression":
        if (!isCommentOnly(String(node.value ?? ""))) {
          problems.push({
            file,
            ...here,
            message: `chapters hold no code: "{${String(node.value).trim().slice(0, 40)}}" is not allowed (use {/* … */} for a comment)`,
          });
        }
        return;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement": {
        const name = node.name ?? "";
        if (!isComponentName(name)) {
          const list = COMPONENT_NAMES.map((n) => `<${n}>`).join(", ");
          const hint = name ? didYouMean(name, COMPONENT_NAMES) : "";
          const message = hint
            ? `unknown component <${name}>.${hint}`
            : /^[a-z]/.test(name) || name === ""
              ? `HTML tags are not allowed in a chapter (<${name}>): use Markdown, or one of ${list}`
              : `unknown component <${name}>. The components are ${list}.`;
          problems.push({ file, ...here, message });
          node.children?.forEach((c) => visit(c, step));
          return;
        }
        const use = readUse(node, name, here, step);
        uses.push(use);
        if (name === "Step") {
          if (step !== undefined) problems.push({ file, ...here, message: `<Step> cannot sit inside another <Step> ("${step}"): close the first one before opening the next` });
          if (node.type !== "mdxJsxFlowElement") problems.push({ file, ...here, message: "<Step> must stand on its own lines, not inside a paragraph" });
          const id = use.props["id"]?.value;
          node.children?.forEach((c) => visit(c, typeof id === "string" ? id : "?"));
          return;
        }
        if (node.children && node.children.length > 0 && !COMPONENTS[name].block) {
          problems.push({ file, ...here, message: `<${name} … /> takes no content between tags: write it as <${name} … />` });
        }
        return;
      }
      default:
        node.children?.forEach((c) => visit(c, step));
    }
  };

  const readUse = (node: MdNode, name: ComponentName, here: { line: number; column: number }, step: string | undefined): ComponentUse => {
    const spec: Record<string, unknown> = COMPONENTS[name].props;
    const props: Record<string, PropUse> = {};
    const startOffset = node.position?.start.offset ?? 0;
    // The opening tag ends at the first '>' outside quotes and braces; attribute positions are found inside it.
    const tagText = openingTag(source, startOffset);
    for (const attr of node.attributes ?? []) {
      if (attr.type !== "mdxJsxAttribute" || !attr.name) {
        problems.push({ file, ...here, message: `<${name}>: spread props ({…}) are not allowed; write each prop as name="value"` });
        continue;
      }
      const rel = new RegExp(`(^|[\\s<])${attr.name.replace(/[$]/g, "\\$")}(?=\\s*=|[\\s/>])`).exec(tagText);
      const where = at(startOffset + (rel ? rel.index + rel[1]!.length : 0));
      if (!Object.hasOwn(spec, attr.name)) {
        problems.push({ file, ...where, message: `<${name}> has no prop "${attr.name}".${didYouMean(attr.name, Object.keys(spec)) || ` Its props are ${Object.keys(spec).join(", ")}.`}` });
        continue;
      }
      if (props[attr.name]) {
        problems.push({ file, ...where, message: `<${name}> gives "${attr.name}" twice` });
        continue;
      }
      let value: PropValue | undefined;
      if (typeof attr.value === "string") value = attr.value;
      else if (attr.value === null || attr.value === undefined) value = true;
      else {
        const expr = String((attr.value as { value?: unknown }).value ?? "");
        value = parseLiteral(expr);
        if (value === undefined) {
          problems.push({ file, ...where, message: `<${name} ${attr.name}={${expr}}>: only a quoted string or a plain list like ["a", "b"] is allowed here` });
          continue;
        }
      }
      props[attr.name] = { value, ...where };
    }
    for (const [prop, s] of Object.entries(spec) as [string, { required?: boolean }][]) {
      if (s.required && !props[prop]) problems.push({ file, ...here, message: `<${name}> needs the prop "${prop}"` });
    }
    const use: ComponentUse = { name, ...here, props };
    if (step !== undefined) use.step = step;
    return use;
  };

  for (const child of root.children ?? []) visit(child, undefined);
  if (!scan.frontmatter) problems.push({ file, line: 1, column: 1, message: "a chapter starts with frontmatter between --- lines (title, dek, order, summary)" });
  return scan;
}

function openingTag(source: string, start: number): string {
  let quote: string | null = null;
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const ch = source[i];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "{") depth++;
    else if (ch === "}") depth--;
    else if (ch === ">" && depth === 0) return source.slice(start, i + 1);
  }
  return source.slice(start);
}
