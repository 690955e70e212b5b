/** One thing wrong in the content, with where it is. Lines and columns count from 1. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.message}`;
}

/** All problems, sorted by file and position, as one report an editor can act on. */
export function formatProblems(problems: readonly Problem[]): string {
  const sorted = [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
  const n = sorted.length;
  return [
    `The content has ${n} problem${n === 1 ? "" : "s"}. Nothing was built; fix ${n === 1 ? "it" : "them"} and build again.`,
    "",
    ...sorted.map(formatProblem),
    "",
    "The editors' guide (content/README.md) explains every field and component.",
  ].join("\n");
}

/** Thrown when content is invalid; carries every problem found in one pass. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = "ContentError";
    this.problems = problems;
  }
}
