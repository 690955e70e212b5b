import type { z } from "astro/zod";
import {
  chapterSchema,
  eventSchema,
  isIanaZone,
  KEBAB_CASE,
  placeSchema,
  quoteSchema,
  sourceSchema,
  storySchema,
  type ChapterFrontmatter,
  type Place,
  type Quote,
  type Source,
  type Story,
  type StoryEvent,
} from "../../schemas";
import { didYouMean } from "../nearest";
import { COMPONENTS, type ComponentName, type PropKind } from "./components";
import { scanChapter, type ChapterScan, type PropUse } from "./mdx-chapter";
import type { Problem } from "./problem";
import { parseLocatedYaml, type LocatedYaml, type Path } from "./yaml-doc";

/** The raw texts of everything under content/, keyed by path relative to the project root. */
export interface ContentFiles {
  places: { file: string; text: string };
  sources: { file: string; text: string };
  events: { file: string; text: string };
  quotes: { file: string; text: string };
  story: { file: string; text: string };
  chapters: { file: string; slug: string; text: string }[];
}

export interface ContentData {
  places: Place[];
  sources: Source[];
  events: StoryEvent[];
  quotes: Quote[];
  story: Story;
}

export interface ValidatedChapter {
  slug: string;
  file: string;
  frontmatter: ChapterFrontmatter;
  scan: ChapterScan;
}

export interface ValidationResult {
  problems: Problem[];
  data?: ContentData;
  chapters: ValidatedChapter[];
}

/** Zod issues → problems placed at the YAML node they concern. */
function zodProblems(error: z.ZodError, doc: LocatedYaml, file: string, prefix: Path = [], label = ""): Problem[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...(issue.path as (string | number)[])];
    const where = doc.locate(path);
    const field = issue.path.length ? `${issue.path.join(".")}: ` : "";
    let message = issue.message;
    if (issue.code === "unrecognized_keys") {
      message = `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
      return { file, ...doc.locate([...path, issue.keys[0]!]), message: `${label}${message}` };
    }
    if (issue.code === "invalid_type" && /received undefined/.test(issue.message)) message = "is required";
    return { file, ...where, message: `${label}${field}${message}` };
  });
}

function describe(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : JSON.stringify(value);
}

/** Parse one YAML list file and validate every entry; returns the valid entries and the problems. */
function readList<T extends { id: string }>(
  input: { file: string; text: string },
  schema: z.ZodType<T>,
  problems: Problem[],
): { items: T[]; doc: LocatedYaml; index: Map<string, number>; ids: Set<string> } {
  const doc = parseLocatedYaml(input.text, input.file);
  problems.push(...doc.problems);
  const items: T[] = [];
  const index = new Map<string, number>();
  // Ids of every entry, valid or not: a reference to an entry that has its own problem is not reported again.
  const ids = new Set<string>();
  if (doc.problems.length) return { items, doc, index, ids };
  if (!Array.isArray(doc.value)) {
    problems.push({ file: input.file, line: 1, column: 1, message: "this file must be a YAML list: each entry starts with '- id: …'" });
    return { items, doc, index, ids };
  }
  doc.value.forEach((raw, i) => {
    const rawId = (raw as { id?: unknown } | null)?.id;
    if (typeof rawId === "string") ids.add(rawId);
    const label = typeof rawId === "string" ? `"${rawId}": ` : `entry ${i + 1}: `;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...zodProblems(parsed.error, doc, input.file, [i], label));
      return;
    }
    if (index.has(parsed.data.id)) {
      const first = doc.locate([index.get(parsed.data.id)!, "id"]);
      problems.push({ file: input.file, ...doc.locate([i, "id"]), message: `duplicate id "${parsed.data.id}" (first used on line ${first.line})` });
      return;
    }
    index.set(parsed.data.id, i);
    items.push(parsed.data);
  });
  return { items, doc, index, ids };
}

const STEP_VIEW_HELP = 'a view is "overview", a place id, a list of place ids, or [west, south, east, north]';

export function validateContent(files: ContentFiles): ValidationResult {
  const problems: Problem[] = [];
  const places = readList(files.places, placeSchema, problems);
  const sources = readList(files.sources, sourceSchema, problems);
  const events = readList(files.events, eventSchema, problems);
  const quotes = readList(files.quotes, quoteSchema, problems);

  const placeIds = places.ids;
  const sourceIds = sources.ids;
  const eventIds = events.ids;
  const quoteIds = quotes.ids;

  const refCheck = (
    kind: string,
    known: Set<string>,
    value: string,
    at: { file: string; line: number; column: number },
    owner: string,
  ) => {
    if (!known.has(value)) problems.push({ ...at, message: `${owner}unknown ${kind} ${describe(value)}.${didYouMean(value, known)}` });
  };

  // Cross-references between the data files.
  places.items.forEach((p) => {
    const i = places.index.get(p.id)!;
    p.sources?.forEach((s, j) => refCheck("source", sourceIds, s, { file: files.places.file, ...places.doc.locate([i, "sources", j]) }, `"${p.id}" sources: `));
  });
  sources.items.forEach((s) => {
    const i = sources.index.get(s.id)!;
    if (s.via === undefined) return;
    const at = { file: files.sources.file, ...sources.doc.locate([i, "via"]) };
    if (s.via === s.id) problems.push({ ...at, message: `"${s.id}": a source cannot come via itself` });
    else refCheck("source", sourceIds, s.via, at, `"${s.id}" via: `);
  });
  events.items.forEach((e) => {
    const i = events.index.get(e.id)!;
    const loc = (path: Path) => ({ file: files.events.file, ...events.doc.locate([i, ...path]) });
    e.places.forEach((p, j) => refCheck("place", placeIds, p, loc(["places", j]), `"${e.id}" places: `));
    e.sources.forEach((s, j) => refCheck("source", sourceIds, s, loc(["sources", j]), `"${e.id}" sources: `));
    if (e.timeRange) {
      const [a, b] = e.timeRange.map((t) => Date.parse(t)) as [number, number];
      const t = Date.parse(e.time);
      if (a > b) problems.push({ ...loc(["timeRange"]), message: `"${e.id}" timeRange: the earliest time comes after the latest` });
      else if (t < a || t > b) problems.push({ ...loc(["time"]), message: `"${e.id}": time ${e.time} lies outside its timeRange` });
    }
  });
  quotes.items.forEach((q) => {
    const i = quotes.index.get(q.id)!;
    const loc = (key: string) => ({ file: files.quotes.file, ...quotes.doc.locate([i, key]) });
    refCheck("source", sourceIds, q.source, loc("source"), `"${q.id}" source: `);
    if (q.event !== undefined) refCheck("event", eventIds, q.event, loc("event"), `"${q.id}" event: `);
  });

  // story.yaml: one object.
  const storyDoc = parseLocatedYaml(files.story.text, files.story.file);
  problems.push(...storyDoc.problems);
  let story: Story | undefined;
  if (!storyDoc.problems.length) {
    const parsed = storySchema.safeParse(storyDoc.value);
    if (parsed.success) story = parsed.data;
    else problems.push(...zodProblems(parsed.error, storyDoc, files.story.file));
  }

  // Chapters: frontmatter, then every component prop against the data.
  const chapters: ValidatedChapter[] = [];
  const orders = new Map<number, string>();
  for (const input of files.chapters) {
    const scan = scanChapter(input.text, input.file, input.slug);
    problems.push(...scan.problems);
    let frontmatter: ChapterFrontmatter | undefined;
    if (scan.frontmatter && !scan.frontmatter.problems.length) {
      const parsed = chapterSchema.safeParse(scan.frontmatter.value ?? {});
      if (parsed.success) {
        frontmatter = parsed.data;
        const other = orders.get(frontmatter.order);
        if (other) {
          problems.push({ file: input.file, ...scan.frontmatter.locate(["order"]), message: `order ${frontmatter.order} is already used by ${other}` });
        } else orders.set(frontmatter.order, input.file);
      } else problems.push(...zodProblems(parsed.error, scan.frontmatter, input.file));
    }
    checkUses(scan, { placeIds, sourceIds, eventIds, quoteIds }, problems, refCheck);
    if (frontmatter) chapters.push({ slug: input.slug, file: input.file, frontmatter, scan });
  }

  const data = story
    ? { places: places.items, sources: sources.items, events: events.items, quotes: quotes.items, story }
    : undefined;
  chapters.sort((a, b) => a.frontmatter.order - b.frontmatter.order);
  return data ? { problems, data, chapters } : { problems, chapters };
}

function checkUses(
  scan: ChapterScan,
  ids: { placeIds: Set<string>; sourceIds: Set<string>; eventIds: Set<string>; quoteIds: Set<string> },
  problems: Problem[],
  refCheck: (kind: string, known: Set<string>, value: string, at: { file: string; line: number; column: number }, owner: string) => void,
) {
  const file = scan.file;
  const stepIds = new Map<string, number>();
  const at = (p: PropUse) => ({ file, line: p.line, column: p.column });
  const needString = (name: string, prop: string, p: PropUse): p is PropUse & { value: string } => {
    if (typeof p.value === "string") return true;
    problems.push({ ...at(p), message: `<${name} ${prop}>: expected a quoted id, got ${describe(p.value)}` });
    return false;
  };
  for (const use of scan.uses) {
    const owner = (prop: string) => `<${use.name} ${prop}="…">: `;
    for (const [prop, p] of Object.entries(use.props)) {
      switch (prop === "id" && use.name === "Step" ? "step-id" : kindOf(use.name, prop)) {
        case "step-id":
          if (!needString(use.name, prop, p)) break;
          if (!KEBAB_CASE.test(p.value)) {
            problems.push({ ...at(p), message: `<Step id="${p.value}">: step ids are kebab-case (they become the link /chapter/#${p.value})` });
          } else if (stepIds.has(p.value)) {
            problems.push({ ...at(p), message: `duplicate step id "${p.value}" in this chapter (first on line ${stepIds.get(p.value)})` });
          } else stepIds.set(p.value, p.line);
          break;
        case "event":
          if (needString(use.name, prop, p)) refCheck("event", ids.eventIds, p.value, at(p), owner(prop));
          break;
        case "events":
          if (!Array.isArray(p.value) || p.value.some((v) => typeof v !== "string")) {
            problems.push({ ...at(p), message: `<${use.name} events>: expected a list of event ids like events={["a", "b"]}` });
          } else for (const v of p.value as string[]) refCheck("event", ids.eventIds, v, at(p), `<${use.name} events>: `);
          break;
        case "place":
          if (needString(use.name, prop, p)) refCheck("place", ids.placeIds, p.value, at(p), owner(prop));
          break;
        case "quote":
          if (needString(use.name, prop, p)) refCheck("quote", ids.quoteIds, p.value, at(p), owner(prop));
          break;
        case "source":
          if (needString(use.name, prop, p)) refCheck("source", ids.sourceIds, p.value, at(p), owner(prop));
          break;
        case "zone":
          if (needString(use.name, prop, p) && !["local", "utc", "washington"].includes(p.value) && !isIanaZone(p.value)) {
            problems.push({ ...at(p), message: `${owner(prop)}unknown time zone "${p.value}": use local, utc, washington or an IANA name such as Asia/Damascus.${didYouMean(p.value, ["local", "utc", "washington"])}` });
          }
          break;
        case "view":
          checkView(p, ids.placeIds, problems, file, refCheck);
          break;
        case "text":
          if (typeof p.value !== "string" || !p.value.trim()) problems.push({ ...at(p), message: `<${use.name} ${prop}>: expected some text in quotes` });
          break;
      }
    }
    if (use.name === "Step" && use.props["event"] && use.props["events"]) {
      problems.push({ file, line: use.line, column: use.column, message: "<Step>: give either event=\"…\" or events={[…]}, not both" });
    }
  }
}

function kindOf(name: ComponentName, prop: string): PropKind {
  return (COMPONENTS[name].props as Record<string, { kind: PropKind }>)[prop]!.kind;
}

function checkView(
  p: PropUse,
  placeIds: Set<string>,
  problems: Problem[],
  file: string,
  refCheck: (kind: string, known: Set<string>, value: string, at: { file: string; line: number; column: number }, owner: string) => void,
) {
  const at = { file, line: p.line, column: p.column };
  const v = p.value;
  if (typeof v === "string") {
    if (v !== "overview") refCheck("place", placeIds, v, at, '<Step view="…">: ');
    return;
  }
  if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "string")) {
    for (const id of v as string[]) refCheck("place", placeIds, id, at, "<Step view={[…]}>: ");
    return;
  }
  if (Array.isArray(v) && v.length === 4 && v.every((x) => typeof x === "number")) {
    const [w, s, e, n] = v as number[] as [number, number, number, number];
    const ok = w >= -180 && e <= 180 && s >= -90 && n <= 90 && w < e && s < n;
    if (!ok) problems.push({ ...at, message: `<Step view={${JSON.stringify(v)}}>: a box is [west, south, east, north] in degrees, with west < east and south < north` });
    return;
  }
  problems.push({ ...at, message: `<Step view>: ${STEP_VIEW_HELP}; got ${describe(v)}` });
}
