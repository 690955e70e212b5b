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
 * Where the reader is: the step under the trigger line and how far through it the line is. After a resize or a
 * rotation reflows the page, `restore` gives the scroll position that keeps the reader at the same point of the
 * same step, instead of wherever the old offset now lands. Reads layout only; the size is passed in (the window's,
 * in the browser) so the logic is testable.
 */
export class ReadingPlace {
  private place = { index: -1, progress: 0, w: 0, h: 0 };

  /**
   * The scroll position to restore after a reflow, or null. Otherwise notes where `current` (the step under the
   * line in this same layout) stands. A reflow keeps the noted place: it is noted again only once the page is at
   * rest in the new layout, never from a layout read before the restore (that would move the reader's place to
   * whatever step the old offset happened to land on).
   */
  restore(steps: readonly HTMLElement[], current: number, line: number, size = { w: innerWidth, h: innerHeight }): number | null {
    const { index, progress, w, h } = this.place;
    if (index >= 0 && (size.w !== w || size.h !== h)) {
      this.place = { index, progress, w: size.w, h: size.h };
      return scrollToProgress(steps[index]!, progress, line);
    }
    if (current >= 0) this.place = { index: current, progress: progressIn(steps[current]!, line), w: size.w, h: size.h };
    return null;
  }
}
