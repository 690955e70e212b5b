/** Edit distance (insertions, deletions, substitutions, adjacent swaps) between two strings. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The known names closest to `wanted`, best first: those within a third of its length in edits,
 * or that contain it / are contained in it. At most `limit`.
 */
export function nearest(wanted: string, known: Iterable<string>, limit = 3): string[] {
  const w = wanted.toLowerCase();
  const scored: { name: string; score: number }[] = [];
  for (const name of known) {
    const n = name.toLowerCase();
    const distance = editDistance(w, n);
    const contains = w.length >= 3 && (n.includes(w) || w.includes(n));
    const threshold = Math.max(2, Math.ceil(Math.max(w.length, n.length) / 3));
    if (distance <= threshold || contains) scored.push({ name, score: contains ? Math.min(distance, threshold) : distance });
  }
  scored.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name));
  // A clear winner stands alone: among hundreds of zone names, "Asia/Damascas" means "Asia/Damascus" only.
  const best = scored[0]?.score ?? 0;
  return scored.filter((s) => s.score <= best + 1).slice(0, limit).map((s) => s.name);
}

/** ` Did you mean "a" or "b"?` or "" when nothing is close. */
export function didYouMean(wanted: string, known: Iterable<string>): string {
  const near = nearest(wanted, known);
  if (near.length === 0) return "";
  const quoted = near.map((n) => `"${n}"`);
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}`;
  return ` Did you mean ${list}?`;
}

/**
 * The help after a bad value, lowercase, for "<value> is not …; <help>": `did you mean "strike"?` when a known
 * name is close, else the whole list when it is short, else `fallback`.
 */
export function suggestion(wanted: string, known: readonly string[], fallback = `for example ${known.slice(0, 3).map((k) => `"${k}"`).join(", ")}`): string {
  const near = didYouMean(wanted, known);
  if (near) return near.trim().replace(/^Did/, "did");
  return known.length <= 12 ? `use one of ${known.map((k) => `"${k}"`).join(", ")}` : fallback;
}
