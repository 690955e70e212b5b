import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import type { Problem } from "./problem";

export type Path = readonly (string | number)[];

/** A parsed YAML text that can say where any value sits in it. */
export interface LocatedYaml {
  value: unknown;
  /** Line/column of the value at `path` (or of its nearest existing parent). */
  locate(path: Path): { line: number; column: number };
  problems: Problem[];
}

/**
 * Parse YAML keeping positions. `lineOffset` shifts reported lines (for frontmatter inside an MDX file).
 */
export function parseLocatedYaml(text: string, file: string, lineOffset = 0): LocatedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const pos = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const problems: Problem[] = [...doc.errors, ...doc.warnings].map((e) => ({
    file,
    ...pos(e.pos[0]),
    message: `YAML: ${e.message.split("\n")[0]}`,
  }));
  const locate = (path: Path) => {
    let node: unknown = doc.contents;
    let found = node as YamlNode | null;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        // Point at the key when the value is empty, else at the value.
        node = pair.value ?? pair.key;
      } else if (isSeq(node) && typeof key === "number") {
        node = node.items[key];
        if (node === undefined) break;
      } else break;
      found = node as YamlNode;
    }
    const range = found?.range;
    return range ? pos(range[0]) : { line: 1 + lineOffset, column: 1 };
  };
  return { value: problems.length ? undefined : doc.toJS(), locate, problems };
}
