/**
 * Boxes and where text can go: the collision bookkeeping shared by the map's callouts and labels and the
 * timeline's labels. Everything is decided at build time, per step and per layout, so no two labels ever
 * overlap and none leaves its figure. Pure.
 */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const box = (x0: number, y0: number, x1: number, y1: number): Box => ({ x0, y0, x1, y1 });

/** True when two boxes, each grown by `margin`, share any area. */
export const overlaps = (a: Box, b: Box, margin = 0) => a.x0 < b.x1 + margin && b.x0 < a.x1 + margin && a.y0 < b.y1 + margin && b.y0 < a.y1 + margin;

/** True when `inner` lies wholly inside `outer`. */
export const within = (inner: Box, outer: Box) => inner.x0 >= outer.x0 && inner.x1 <= outer.x1 && inner.y0 >= outer.y0 && inner.y1 <= outer.y1;

/** The part of a text line's box above and below its baseline, as fractions of the font size. */
export const ASCENT = 0.8;
export const DESCENT = 0.25;

/** The box of one line of text of `width` at baseline (x, y), anchored at start, middle or end. */
export function textBox(x: number, y: number, width: number, size: number, anchor: "start" | "middle" | "end" = "start"): Box {
  const left = anchor === "start" ? x : anchor === "middle" ? x - width / 2 : x - width;
  return box(left, y - size * ASCENT, left + width, y + size * DESCENT);
}

/** What is already placed in a frame: boxes nothing else may overlap, inside a region nothing may leave. */
export class Occupancy {
  readonly boxes: Box[] = [];
  constructor(
    readonly region: Box,
    readonly margin = 3,
  ) {}

  fits(b: Box): boolean {
    return within(b, this.region) && !this.boxes.some((o) => overlaps(b, o, this.margin));
  }

  add(...b: Box[]) {
    this.boxes.push(...b);
  }

  /** The first candidate that fits, added; or null when none does. */
  take<T extends { box: Box }>(candidates: T[]): T | null {
    const pick = candidates.find((c) => this.fits(c.box)) ?? null;
    if (pick) this.add(pick.box);
    return pick;
  }
}
