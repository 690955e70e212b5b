import { parseExpressionAt, type Expression } from "acorn";
import type { Nodes, Root } from "mdast";
import { mdxToMdast, type MdxJsxFlowElement, type MdxJsxTextElement } from "satteri";
import { KEBAB_CASE } from "../../schemas/common";
import { COMPONENT_NAMES, COMPONENTS, isComponentName, type ComponentName } from "../../schemas/components";
import { didYouMean } from "../nearest";
import type { Problem } from "./problem";
import { parseLocatedYaml, type LocatedYaml } from "./yaml-doc";

/** A prop value as written: a string (`id="a"`), `true` (a bare prop), or a literal expression (`events={["a","b"]}`). */
export type PropValue = string | number | boolean | null | PropValue[];

export interface PropUse {
  value: PropValue;
  line: number;
  column: number;
}

/** One use of an authoring component in a chapter, with every prop as written (known or not). */
export interface ComponentUse {
  name: ComponentName;
  line: number;
  column: number;
  props: Record<string, PropUse>;
  /** Id of the `<Step>` this use sits in, if any. */
  step?: string;
}

/** A chapter (content/chapters/) or one of the site's pages (content/pages/). */
export type MdxKind = "chapter" | "page";

/** What a chapter's or page's MDX says, with positions; the same parse serves validation and the page. */
export interface ChapterScan {
  slug: string;
  file: string;
  frontmatter?: LocatedYaml;
  uses: ComponentUse[];
  problems: Problem[];
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
type Here = { line: number; column: number };

/** Offsets of line starts, to turn offsets into line/column. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
  return starts;
}

function positionOf(starts: number[], offset: number): Here {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/**
 * A literal, read from the parsed expression: a string, a number (negative too), true/false/null, or an array of
 * those. Anything else (a name, a call, a template, an object) is code, which chapters do not hold.
 */
function literalOf(node: Expression): PropValue | undefined {
  switch (node.type) {
    case "Literal":
      return typeof node.value === "string" || typeof node.value === "number" || typeof node.value === "boolean" || node.value === null ? node.value : undefined;
    case "UnaryExpression":
      return node.operator === "-" && node.argument.type === "Literal" && typeof node.argument.value === "number" ? -node.argument.value : undefined;
    case "ArrayExpression": {
      const items = node.elements.map((e) => (e && e.type !== "SpreadElement" ? literalOf(e) : undefined));
      return items.every((v) => v !== undefined) ? (items as PropValue[]) : undefined;
    }
    default:
      return undefined;
  }
}

function parseLiteral(source: string): PropValue | undefined {
  try {
    const node = parseExpressionAt(source, 0, { ecmaVersion: "latest" });
    if (source.slice(node.end).trim() !== "") return undefined;
    return literalOf(node);
  } catch {
    return undefined;
  }
}

const isCommentOnly = (src: string) => /^\s*(\/\*[\s\S]*?\*\/\s*)*$/.test(src);

/** URLs the site itself uses; a chapter cannot take them. */
export const RESERVED_SLUGS = ["embed", "sources", "about", "data", "oembed", "map", "timeline", "static", "img", "og", "ar"];

/**
 * Where each attribute of an opening tag starts. The MDX tree gives no attribute positions, so they are found in
 * the tag's text (values are never read from it: they come from the tree and the parsed expression).
 */
function attributeOffsets(source: string, start: number): Map<string, number> {
  const found = new Map<string, number>();
  let quote: string | null = null;
  let depth = 0;
  for (let i = start + 1; i < source.length; i++) {
    const ch = source[i]!;
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "{") depth++;
    else if (ch === "}") depth--;
    else if (ch === ">" && depth === 0) break;
    else if (depth === 0 && /\s/.test(source[i - 1]!) && /[A-Za-z_$]/.test(ch)) {
      const name = /^[A-Za-z_$][\w$-]*/.exec(source.slice(i))![0];
      if (!found.has(name)) found.set(name, i);
      i += name.length - 1;
    }
  }
  return found;
}

export function scanMdx(source: string, file: string, slug: string, kind: MdxKind = "chapter"): ChapterScan {
  const problems: Problem[] = [];
  const uses: ComponentUse[] = [];
  const scan: ChapterScan = { slug, file, uses, problems };
  const starts = lineStarts(source);
  const at = (offset: number) => positionOf(starts, offset);
  const report = (here: Here, message: string) => problems.push({ file, ...here, message });

  if (kind === "chapter" && RESERVED_SLUGS.includes(slug)) report({ line: 1, column: 1 }, `the file name "${slug}.mdx" is taken by the site (/${slug}/); choose another name`);
  if (!KEBAB_CASE.test(slug)) report({ line: 1, column: 1 }, `the file name "${slug}.mdx" must be kebab-case (it becomes the URL /${slug}/)`);

  let root: Root;
  try {
    root = mdxToMdast(source, { position: true }) as Root;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const m = /^(\d+):(\d+):\s*(.*)$/s.exec(message);
    report(m ? { line: Number(m[1]), column: Number(m[2]) } : { line: 1, column: 1 }, `MDX syntax: ${(m ? m[3]! : message).replace(/\s*\(mdx[^)]*\)\s*$/, "")}`);
    return scan;
  }

  const allowed = COMPONENT_NAMES.filter((n) => COMPONENTS[n].scope === "any" || COMPONENTS[n].scope === kind);
  const readUse = (node: JsxElement, name: ComponentName, here: Here, step: string | undefined): ComponentUse => {
    const props: Record<string, PropUse> = {};
    const startOffset = node.position?.start.offset ?? 0;
    const offsets = attributeOffsets(source, startOffset);
    for (const attr of node.attributes) {
      if (attr.type !== "mdxJsxAttribute") {
        report(here, `<${name}>: spread props ({…}) are not allowed; write each prop as name="value"`);
        continue;
      }
      const where = at(offsets.get(attr.name) ?? startOffset);
      if (props[attr.name]) {
        report(where, `<${name}> gives "${attr.name}" twice`);
        continue;
      }
      let value: PropValue | undefined;
      if (typeof attr.value === "string") value = attr.value;
      else if (attr.value === null || attr.value === undefined) value = true;
      else {
        value = parseLiteral(attr.value.value);
        if (value === undefined) {
          report(where, `<${name} ${attr.name}={${attr.value.value}}>: only a quoted string, a number or a plain list like ["a", "b"] is allowed here`);
          continue;
        }
      }
      props[attr.name] = { value, ...where };
    }
    const use: ComponentUse = { name, ...here, props };
    if (step !== undefined) use.step = step;
    return use;
  };

  const visit = (node: Nodes, step: string | undefined) => {
    const start = node.position?.start;
    const here = start ? { line: start.line, column: start.column } : { line: 1, column: 1 };
    switch (node.type) {
      case "yaml":
        scan.frontmatter = parseLocatedYaml(node.value, file, here.line);
        problems.push(...scan.frontmatter.problems);
        return;
      case "mdxjsEsm":
        report(here, `${kind}s need no import or export lines: ${allowed.join(", ")} are always available. Remove this line.`);
        return;
      case "mdxFlowExpression":
      case "mdxTextExpression":
        if (!isCommentOnly(node.value)) report(here, `${kind}s hold no code: "{${node.value.trim().slice(0, 40)}}" is not allowed (use {/* … */} for a comment)`);
        return;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement": {
        const name = node.name ?? "";
        if (!isComponentName(name)) {
          const list = allowed.map((n) => `<${n}>`).join(", ");
          const hint = name ? didYouMean(name, allowed) : "";
          report(
            here,
            hint
              ? `unknown component <${name}>.${hint}`
              : /^[a-z]/.test(name) || name === ""
                ? `HTML tags are not allowed in a ${kind} (<${name}>): use Markdown, or one of ${list}`
                : `unknown component <${name}>. The components are ${list}.`,
          );
          node.children.forEach((c) => visit(c, step));
          return;
        }
        if (!allowed.includes(name)) {
          report(here, `<${name}> belongs in ${COMPONENTS[name].scope === "chapter" ? "chapters (content/chapters/)" : "pages (content/pages/)"}; in a ${kind} use ${allowed.map((n) => `<${n}>`).join(", ")}`);
          return;
        }
        const use = readUse(node, name, here, step);
        uses.push(use);
        if (COMPONENTS[name].block) {
          if (step !== undefined) report(here, `<Step> cannot sit inside another <Step> ("${step}"): close the first one before opening the next`);
          if (node.type !== "mdxJsxFlowElement") report(here, "<Step> must stand on its own lines, not inside a paragraph");
          const id = use.props["id"]?.value;
          node.children.forEach((c) => visit(c, typeof id === "string" ? id : "?"));
          return;
        }
        if (node.children.length > 0) report(here, `<${name} … /> takes no content between tags: write it as <${name} … />`);
        return;
      }
      default:
        if ("children" in node) (node.children as Nodes[]).forEach((c) => visit(c, step));
    }
  };

  for (const child of root.children) visit(child, undefined);
  if (!scan.frontmatter) report({ line: 1, column: 1 }, `a ${kind} starts with frontmatter between --- lines (${kind === "chapter" ? "title, dek, order, summary" : "title, description"})`);
  return scan;
}
