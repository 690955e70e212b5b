/**
 * Where along the plot an instant falls for a window, and which axis ticks write their day: shared by the build
 * and the browser (which moves the marks during a window change and rewrites the axis in another zone). Pure.
 */
export type Window = [start: number, end: number];

/** The x of an instant for a window drawn between plotLeft and plotRight, to 0.1. */
export function timeX(t: number, [start, end]: Window, plotLeft: number, plotRight: number): number {
  return Math.round((plotLeft + ((t - start) / (end - start)) * (plotRight - plotLeft)) * 10) / 10;
}

/** A rough width of a short axis text (digits and day names), px: no metrics table needed in the browser. */
const roughWidth = (text: string, size: number) => text.length * size * 0.66;

/**
 * The day each tick writes under its time: where the day changes from the tick before; and on the first tick,
 * unless a day change comes too close after it to leave room. `xs` are the ticks' positions.
 */
export function tickDayTexts(days: readonly string[], xs: readonly number[], size: number): string[] {
  const out = days.map((d, i) => (i > 0 && d !== days[i - 1] ? d : ""));
  const next = out.findIndex((d) => d !== "");
  if (days.length && (next === -1 || xs[next]! - xs[0]! > (roughWidth(days[0]!, size) + roughWidth(days[next]!, size)) / 2 + 10)) out[0] = days[0]!;
  return out;
}
