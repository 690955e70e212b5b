/**
 * How wide text is, in em, for label placement at build time. Advance widths of the system sans the tests and
 * most Linux readers get (DejaVu Sans, measured in Chromium with canvas measureText); it is among the widest
 * system faces, so placements made with it leave room in narrower ones (Helvetica, Segoe UI, Roboto). Pure.
 */
const REGULAR: [string, number][] = [
  ["'", 0.27],
  ["ijl", 0.28],
  ["IJ", 0.29],
  [" ,.’·", 0.32],
  ["/:;\\|", 0.34],
  ["f", 0.35],
  ["-", 0.36],
  ["()[]t", 0.39],
  ["!", 0.4],
  ["r", 0.41],
  ["\"", 0.46],
  ["*_`–", 0.5],
  ["sz“”", 0.52],
  ["?", 0.53],
  ["c", 0.55],
  ["L", 0.56],
  ["Fk", 0.58],
  ["vxy", 0.59],
  ["P", 0.6],
  ["TYao", 0.61],
  ["eé", 0.62],
  ["ESbdghnpqu", 0.63],
  ["0123456789${}", 0.64],
  ["K", 0.66],
  ["AV", 0.68],
  ["BRXZ", 0.69],
  ["C", 0.7],
  ["U", 0.73],
  ["HN", 0.75],
  ["DG◇", 0.77],
  ["&", 0.78],
  ["OQ", 0.79],
  ["w", 0.82],
  ["#+<=>^~≈−", 0.84],
  ["M", 0.86],
  ["●◐", 0.87],
  ["%", 0.95],
  ["m", 0.97],
  ["W", 0.99],
  ["@—…", 1],
];
const BOLD: [string, number][] = [
  ["'", 0.31],
  ["ijl", 0.34],
  [" ", 0.35],
  ["/IJ\\|", 0.37],
  [",.’·", 0.38],
  [":;", 0.4],
  ["-", 0.42],
  ["f", 0.44],
  ["!()[]", 0.46],
  ["t", 0.48],
  ["r", 0.49],
  ["_`–", 0.5],
  ["\"*", 0.52],
  ["?z", 0.58],
  ["c", 0.59],
  ["s", 0.6],
  ["L", 0.64],
  ["vxy", 0.65],
  ["“”", 0.66],
  ["ak", 0.67],
  ["EFTeé", 0.68],
  ["o", 0.69],
  ["0123456789$", 0.7],
  ["hnu{}", 0.71],
  ["SYbdgpq", 0.72],
  ["CPZ", 0.73],
  ["B", 0.76],
  ["AKRVX◇", 0.77],
  ["U", 0.81],
  ["G", 0.82],
  ["D", 0.83],
  ["#+<=>HN^~≈−", 0.84],
  ["OQ", 0.85],
  ["&●◐", 0.87],
  ["w", 0.92],
  ["%@M—…", 1],
  ["m", 1.04],
  ["W", 1.1],
];

const index = (rows: [string, number][]) => {
  const map = new Map<string, number>();
  for (const [chars, w] of rows) for (const ch of chars) map.set(ch, w);
  return map;
};
const widths = { regular: index(REGULAR), bold: index(BOLD) };
/**
 * Arabic letters and Arabic-Indic digits, joined, in em a character: measured in Chromium with DejaVu Sans (the
 * system font here) at 0.39–0.56 regular (0.46 on average over the labels) and 0.64 bold; a margin above both,
 * for other systems' fonts.
 */
const ARABIC = { regular: 0.53, bold: 0.7 };
const isArabic = (ch: string) => /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/.test(ch);
/** Any other character (CJK…): a wide guess. */
const OTHER = 0.75;

/** Width of `text` at `size` px, regular or bold, with `letterSpacing` em between letters. */
export function textWidth(text: string, size: number, weight: "regular" | "bold" = "regular", letterSpacing = 0): number {
  const table = widths[weight];
  let em = 0;
  for (const ch of text) em += (table.get(ch) ?? (isArabic(ch) ? ARABIC[weight] : OTHER)) + letterSpacing;
  return em * size;
}
