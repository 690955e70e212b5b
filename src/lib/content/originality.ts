import { createHash } from "node:crypto";

/** Words of a text, lowercased, punctuation and typographic quotes removed. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize("NFKC")
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ""))
    .filter(Boolean);
}

/** Every run of `n` consecutive words, hashed (so a fixture never stores the source's text). */
export function shingleHashes(text: string, n = 12): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(hash(w.slice(i, i + n).join(" ")));
  return out;
}

export const hash = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 16);

/** Chapter prose as a reader sees it, minus frontmatter, comments and <Quote /> components (quoted text lives in quotes.yaml). */
export function proseOutsideQuotes(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?\n---\n/, "")
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, " ")
    .replace(/<Quote\b[^>]*\/>/g, " ")
    .replace(/<[A-Z][^>]*>|<\/[A-Z]\w*>/g, " ");
}

/** The 12-word runs of `mdx` (outside quotes) that also stand in the source, as text, for the message. */
export function copiedRuns(mdx: string, sourceHashes: ReadonlySet<string>, n = 12): string[] {
  const w = words(proseOutsideQuotes(mdx));
  const runs: string[] = [];
  for (let i = 0; i + n <= w.length; i++) {
    const run = w.slice(i, i + n).join(" ");
    if (sourceHashes.has(hash(run))) runs.push(run);
  }
  return runs;
}
