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
    let target: number | null = null;
    if (index >= 0 && (innerWidth !== w || innerHeight !== h)) {
      const r = steps[index]!.getBoundingClientRect();
      target = scrollY + r.top - line + progress * r.height;
    }
    if (current >= 0) {
      const r = steps[current]!.getBoundingClientRect();
      this.place = { index: current, progress: Math.min(0.95, Math.max(0, (line - r.top) / Math.max(1, r.height))), w: innerWidth, h: innerHeight };
    }
    return target;
  }
}
