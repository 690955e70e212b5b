import type { z } from "astro/zod";
import { KEBAB_CASE, quoted, type RefKind } from "../../schemas/common";
import { COMPONENTS } from "../../schemas/components";
import { localizeModel } from "../localize";
import { buildModel } from "../model";
import { TRANSLATED_LANGS, type TranslatedLang } from "../../schemas/common";
import { translatedFrontmatterSchema, type TranslatedFrontmatter } from "../../schemas/chapter";
import { CHAPTERS, DATA_KIND_NAMES, DATA_KINDS, LIST_KINDS, PAGES, type ContentData, type DataKind } from "../../schemas/registry";
import type { ChapterFrontmatter, PageFrontmatter, StoryEvent } from "../../schemas";
import { didYouMean } from "../nearest";
import { intervalBetween } from "../time";
import { scanMdx, type ChapterScan, type ComponentUse } from "./mdx-scan";
import type { Problem } from "./problem";
import { findRefs } from "./refs";
import { parseLocatedYaml, type LocatedYaml, type Path } from "./yaml-doc";

export type { ContentData } from "../../schemas/registry";

export interface ContentFile {
  file: string;
  text: string;
}

/** The raw texts of everything under content/, by data kind, paths relative to the project root. */
type MdxFile = ContentFile & { slug: string };
export type ContentFiles = Record<DataKind, ContentFile> & {
  chapters: MdxFile[];
  pages?: MdxFile[];
  /** Translations of chapters and pages: content/<lang>/chapters/, content/<lang>/pages/. */
  translated?: Partial<Record<TranslatedLang, { chapters: MdxFile[]; pages: MdxFile[] }>>;
};

/** A chapter or page in another language, checked against its original. */
export interface ValidatedTranslation {
  lang: TranslatedLang;
  kind: "chapter" | "page";
  slug: string;
  file: string;
  frontmatter: TranslatedFrontmatter;
  scan: ChapterScan;
}

export interface ValidatedChapter {
  slug: string;
  file: string;
  frontmatter: ChapterFrontmatter;
  scan: ChapterScan;
}

export interface ValidatedPage {
  slug: string;
  file: string;
  frontmatter: PageFrontmatter;
  scan: ChapterScan;
}

export interface ValidationResult {
  problems: Problem[];
  /** What is not wrong but not done: untranslated chapters and fields (`npm run check` lists them). */
  warnings: Problem[];
  data?: ContentData;
  chapters: ValidatedChapter[];
  pages: ValidatedPage[];
  translations: ValidatedTranslation[];
}

type Where = { file: string; line: number; column: number };

/** Zod issues → problems placed where they are: `at(path)` turns an issue's path into a position. */
function zodProblems(error: z.ZodError, at: (path: Path) => Where, label = ""): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path as (string | number)[];
    if (issue.code === "unrecognized_keys") {
      const message = `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
      return { ...at([...path, issue.keys[0]!]), message: `${label}${message}` };
    }
    const field = path.length ? `${path.join(".")}: ` : "";
    const missing = issue.input === undefined && (issue.code === "invalid_type" || issue.message === "is required");
    const message = missing ? "is required" : `${issue.message}${valueNote(issue.input, issue.message)}`;
    return { ...at(path), message: `${label}${field}${message}` };
  });
}

/** `; got "2021-06-28T19:44"` when a message does not already name the (short, simple) value it is about. */
function valueNote(input: unknown, message: string): string {
  if (input === undefined || input === null || typeof input === "object") return "";
  const v = quoted(input);
  return v.length > 60 || message.includes(v) ? "" : `; got ${v}`;
}

/** A YAML file of one kind, read and checked entry by entry. */
interface ReadKind {
  doc: LocatedYaml;
  /** Valid entries (for a list kind), or the one valid object. */
  items: Record<string, unknown>[];
  /** Index in the file of each valid entry. */
  index: number[];
  /** Ids of every entry, valid or not: a reference to an entry that has its own problem is not reported again. */
  ids: Set<string>;
}

function readKind(kind: DataKind, input: ContentFile, problems: Problem[]): ReadKind {
  const { schema, list } = DATA_KINDS[kind];
  const doc = parseLocatedYaml(input.text, input.file);
  const read: ReadKind = { doc, items: [], index: [], ids: new Set() };
  problems.push(...doc.problems);
  if (doc.problems.length) return read;
  const at = (path: Path) => ({ file: input.file, ...doc.locate(path) });
  if (!list) {
    const parsed = (schema as z.ZodType).safeParse(doc.value, { reportInput: true });
    if (parsed.success) read.items.push(parsed.data as Record<string, unknown>);
    else problems.push(...zodProblems(parsed.error, at));
    return read;
  }
  if (!Array.isArray(doc.value)) {
    problems.push({ file: input.file, line: 1, column: 1, message: "this file must be a YAML list: each entry starts with '- id: …'" });
    return read;
  }
  const first = new Map<string, number>();
  doc.value.forEach((raw, i) => {
    const rawId = (raw as { id?: unknown } | null)?.id;
    if (typeof rawId === "string") read.ids.add(rawId);
    const label = typeof rawId === "string" ? `"${rawId}": ` : `entry ${i + 1}: `;
    const parsed = (schema as z.ZodType).safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      problems.push(...zodProblems(parsed.error, (path) => at([i, ...path]), label));
      return;
    }
    const entry = parsed.data as { id: string };
    if (first.has(entry.id)) {
      problems.push({ ...at([i, "id"]), message: `duplicate id "${entry.id}" (first used on line ${doc.locate([first.get(entry.id)!, "id"]).line})` });
      return;
    }
    first.set(entry.id, i);
    read.items.push(entry);
    read.index.push(i);
  });
  return read;
}

const KIND_WORD: Record<RefKind, string> = { places: "place", sources: "source", events: "event", quotes: "quote" };

export function validateContent(files: ContentFiles): ValidationResult {
  const problems: Problem[] = [];
  const read = Object.fromEntries(DATA_KIND_NAMES.map((k) => [k, readKind(k, files[k], problems)])) as Record<DataKind, ReadKind>;
  const ids = (kind: RefKind) => read[kind].ids;
  const checkRef = (kind: RefKind, value: string, at: Where, owner: string) => {
    if (!ids(kind).has(value)) problems.push({ ...at, message: `${owner}unknown ${KIND_WORD[kind]} ${quoted(value)}.${didYouMean(value, ids(kind))}` });
  };

  // References between the data files, found through the schemas' ref() fields.
  for (const kind of LIST_KINDS) {
    const { items, index, doc } = read[kind];
    items.forEach((entry, n) => {
      const i = index[n]!;
      const id = entry["id"] as string;
      for (const r of findRefs(DATA_KINDS[kind].schema, entry)) {
        const at = { file: files[kind].file, ...doc.locate([i, ...r.path]) };
        const field = String(r.path[0]);
        if (kind === "sources" && field === "via" && r.value === id) problems.push({ ...at, message: `"${id}": a source cannot come via itself` });
        else checkRef(r.kind, r.value, at, `"${id}" ${field}: `);
      }
    });
  }

  const story = read.story.items[0];
  if (story) for (const r of findRefs(DATA_KINDS.story.schema, story)) checkRef(r.kind, r.value, { file: files.story.file, ...read.story.doc.locate(r.path) }, `${r.path.join(".")}: `);

  const data = read.story.items[0]
    ? ({ ...Object.fromEntries(LIST_KINDS.map((k) => [k, read[k].items])), story: read.story.items[0] } as unknown as ContentData)
    : undefined;

  // Chapters and pages: frontmatter, then every component use against the component's props schema and the data.
  const chapters: ValidatedChapter[] = [];
  const orders = new Map<number, string>();
  for (const input of files.chapters) {
    const read = readMdx(input, "chapter", CHAPTERS.schema, problems, checkRef, data);
    if (!read) continue;
    const { frontmatter, scan } = read;
    const other = orders.get(frontmatter.order);
    if (other) problems.push({ file: input.file, ...scan.frontmatter!.locate(["order"]), message: `order ${frontmatter.order} is already used by ${other}` });
    else orders.set(frontmatter.order, input.file);
    chapters.push({ slug: input.slug, file: input.file, frontmatter, scan });
  }
  chapters.sort((a, b) => a.frontmatter.order - b.frontmatter.order);
  const pages: ValidatedPage[] = [];
  for (const input of files.pages ?? []) {
    const read = readMdx(input, "page", PAGES.schema, problems, checkRef, data);
    if (read) pages.push({ slug: input.slug, file: input.file, ...read });
  }
  if (files.pages) {
    for (const name of PAGES.names) {
      if (!files.pages.some((p) => p.slug === name)) problems.push({ file: `content/${PAGES.dir}/${name}.mdx`, line: 1, column: 1, message: `the site's /${name}/ page needs content/${PAGES.dir}/${name}.mdx` });
    }
  }
  const { translations, warnings } = validateTranslations(files, chapters, pages, problems, checkRef, data);
  return data ? { problems, warnings, data, chapters, pages, translations } : { problems, warnings, chapters, pages, translations };
}

/**
 * Each translated chapter and page: its frontmatter and components checked like the original's, and its steps the
 * original's, same ids, same order (a reader switching language keeps their step). What is not translated yet is
 * a warning: that edition links to the English.
 */
function validateTranslations(
  files: ContentFiles,
  chapters: ValidatedChapter[],
  pages: ValidatedPage[],
  problems: Problem[],
  checkRef: (kind: RefKind, value: string, at: Where, owner: string) => void,
  data: ContentData | undefined,
): { translations: ValidatedTranslation[]; warnings: Problem[] } {
  const translations: ValidatedTranslation[] = [];
  const warnings: Problem[] = [];
  for (const lang of TRANSLATED_LANGS) {
    const set = files.translated?.[lang] ?? { chapters: [], pages: [] };
    for (const [kind, inputs, originals] of [
      ["chapter", set.chapters, chapters],
      ["page", set.pages, pages],
    ] as const) {
      for (const input of inputs) {
        const original = (originals as { slug: string; file: string; scan: ChapterScan }[]).find((o) => o.slug === input.slug);
        if (!original) {
          problems.push({ file: input.file, line: 1, column: 1, message: `a translation of a ${kind} that does not exist: no ${kind === "chapter" ? CHAPTERS.dir : PAGES.dir}/${input.slug}.mdx.${didYouMean(input.slug, new Set(originals.map((o) => o.slug)))}` });
          continue;
        }
        const read = readMdx(input, kind, translatedFrontmatterSchema, problems, checkRef, data);
        if (!read) continue;
        const mine = read.scan.uses.filter((u) => u.name === "Step");
        const theirs = original.scan.uses.filter((u) => u.name === "Step");
        const id = (u: ComponentUse) => String(u.props["id"]?.value);
        const i = mine.findIndex((u, n) => id(u) !== (theirs[n] ? id(theirs[n]) : undefined));
        if (i >= 0) {
          const u = mine[i]!;
          problems.push({ file: input.file, line: u.line, column: u.column, message: `step ${i + 1} is "${id(u)}" but step ${i + 1} of ${original.file} is ${theirs[i] ? `"${id(theirs[i])}"` : "missing"}: a translation keeps the original's steps, same ids, same order` });
        } else if (mine.length < theirs.length) {
          problems.push({ file: input.file, line: 1, column: 1, message: `has ${mine.length} steps; ${original.file} has ${theirs.length}: missing ${theirs.slice(mine.length).map((u) => `"${id(u)}"`).join(", ")}` });
        } else if (read.frontmatter.draft) {
          warnings.push({ file: input.file, line: 1, column: 1, message: `a draft (draft: true), not published yet: that edition links to the English ${kind}` });
        } else translations.push({ lang, kind, slug: input.slug, file: input.file, frontmatter: read.frontmatter, scan: read.scan });
      }
      for (const o of originals as { slug: string; file: string }[]) {
        if (!inputs.some((t) => t.slug === o.slug)) warnings.push({ file: `content/${lang}/${kind === "chapter" ? CHAPTERS.dir : PAGES.dir}/${o.slug}.mdx`, line: 1, column: 1, message: `${o.file} is not translated into ${lang} yet: that edition links to the English ${kind}` });
      }
    }
    if (data) for (const m of localizeModel(buildModel(data), lang).missing) warnings.push({ file: `content/${DATA_KINDS[m.kind].file}`, line: 1, column: 1, message: `${m.kind === "story" ? "story" : `"${m.id}"`}: no ${lang} ${m.fields.join(", ")} yet (translations.${lang}${m.kind === "places" ? "; for a place, names." + lang : ""})` });
  }
  return { translations, warnings };
}

/** One MDX file: scanned, its frontmatter checked against `schema`, every component use checked. */
function readMdx<F>(
  input: ContentFile & { slug: string },
  kind: "chapter" | "page",
  schema: z.ZodType<F>,
  problems: Problem[],
  checkRef: (kind: RefKind, value: string, at: Where, owner: string) => void,
  data: ContentData | undefined,
): { frontmatter: F; scan: ChapterScan } | null {
  const scan = scanMdx(input.text, input.file, input.slug, kind);
  problems.push(...scan.problems);
  checkUses(scan, problems, checkRef, data);
  if (!scan.frontmatter || scan.frontmatter.problems.length) return null;
  const parsed = schema.safeParse(scan.frontmatter.value ?? {}, { reportInput: true });
  if (parsed.success) return { frontmatter: parsed.data, scan };
  problems.push(...zodProblems(parsed.error, (path) => ({ file: input.file, ...scan.frontmatter!.locate(path) })));
  return null;
}

/** How a prop is named in a message: `<Time event="…">`, `<Step events={[…]}>`. */
const propLabel = (use: ComponentUse, prop: string) => {
  const value = use.props[prop]?.value;
  return `<${use.name} ${prop}${Array.isArray(value) ? "={[…]}" : typeof value === "number" ? "={…}" : '="…"'}>: `;
};

function checkUses(scan: ChapterScan, problems: Problem[], checkRef: (kind: RefKind, value: string, at: Where, owner: string) => void, data: ContentData | undefined) {
  const file = scan.file;
  const stepIds = new Map<string, number>();
  for (const use of scan.uses) {
    const spec = COMPONENTS[use.name];
    const values = Object.fromEntries(Object.entries(use.props).map(([k, p]) => [k, p.value]));
    const at = (path: Path): Where => {
      const p = use.props[String(path[0])];
      return { file, line: p?.line ?? use.line, column: p?.column ?? use.column };
    };
    const parsed = spec.props.safeParse(values, { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const prop = String(issue.path[0] ?? "");
        if (issue.code === "unrecognized_keys") {
          for (const key of issue.keys) {
            const known = Object.keys(spec.props.shape);
            problems.push({ ...at([key]), message: `<${use.name}> has no prop "${key}".${didYouMean(key, known) || ` Its props are ${known.join(", ")}.`}` });
          }
        } else if (!(prop in values) && prop) problems.push({ file, line: use.line, column: use.column, message: `<${use.name}> needs the prop "${prop}"` });
        else problems.push({ ...at([prop]), message: `${propLabel(use, prop)}${issue.message}${valueNote(issue.input, issue.message)}` });
      }
      continue;
    }
    for (const r of findRefs(spec.props, parsed.data)) checkRef(r.kind, r.value, at(r.path), propLabel(use, String(r.path[0])));
    if (use.name === "Step") {
      const id = (parsed.data as { id: string }).id;
      if (!KEBAB_CASE.test(id)) continue;
      if (stepIds.has(id)) problems.push({ ...at(["id"]), message: `duplicate step id "${id}" in this chapter (first on line ${stepIds.get(id)})` });
      else stepIds.set(id, use.line);
    }
    if (use.name === "Elapsed" && data) {
      const event = (id: unknown) => data.events.find((e) => e.id === id) as StoryEvent | undefined;
      const [from, to] = [event(values["from"]), event(values["to"])];
      if (!from || !to) continue;
      const i = intervalBetween(from, to);
      if (i.min === null && i.max === null) {
        problems.push({ ...at(["from"]), message: `<Elapsed>: both "${from.id}" and "${to.id}" are known only as "by" times, so the interval between them has no bound` });
      } else if (i.max !== null && i.max < 0) {
        problems.push({ ...at(["to"]), message: `<Elapsed>: "${to.id}" comes before "${from.id}"; swap from and to` });
      }
    }
  }
}
