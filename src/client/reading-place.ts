/** How far through `step` the line at `line` px (from the viewport's top) stands: 0 at its top, at most 0.95. */
export const progressIn = (step: HTMLElement, line: number): number => {
  const r = step.getBoundingClientRect();
  return Math.min(0.95, Math.max(0, (line - r.top) / Math.max(1, r.height)));
};

/** The scroll position that puts the line at `line` px that far through `step` again. */
export const scrollToProgress = (step: HTMLElement, progress: number, line: number): number => {
  const r = step.getBoundingClientRect();
  return scrollY + r.top - line + progress * r.height;
};

/**
 * Where the reader is: the active step and how far through it the trigger line is. After a resize or a rotation
 * reflows the page, `restore` gives the scroll position that keeps the reader at the same point of the same step,
 * instead of wherever the old offset now lands. Reads layout only.
 */
export class ReadingPlace {
  private place = { index: -1, progress: 0, w: 0, h: 0 };

  /** The scroll position to restore after a reflow, or null; then remembers where `current` stands. */
  restore(steps: readonly HTMLElement[], current: number, line: number): number | null {
    const { index, progress, w, h } = this.place;
    const target = index >= 0 && (innerWidth !== w || innerHeight !== h) ? scrollToProgress(steps[index]!, progress, line) : null;
    if (current >= 0) this.place = { index: current, progress: progressIn(steps[current]!, line), w: innerWidth, h: innerHeight };
    return target;
  }
}
