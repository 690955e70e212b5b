import type { Camera } from "./camera";
import { insetProjection, projection } from "./drawing";
import { MAP_LAYOUTS } from "./frame";

/** The smallest box the locator draws, in its units: a 10 km view is still a box a reader can see. */
const MIN_SIDE = 5;

/** A box on the locator: x, y, width, height in its units (0.1 precision). */
export type LocatorBox = [number, number, number, number];

/**
 * Where the wide map's view under `camera` lies on the locator: the box around what the laptop's map shows (its
 * visible frame, corners and edge midpoints taken back to longitude and latitude, then onto the locator's
 * projection), never smaller than MIN_SIDE, so each step's locator says where its map is.
 */
export function locatorBox(camera: Camera): LocatorBox {
  const { x0, y0, x1, y1 } = MAP_LAYOUTS.wide.visible;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const fx of [x0, (x0 + x1) / 2, x1])
    for (const fy of [y0, (y0 + y1) / 2, y1]) {
      const lonLat = projection.invert!([(fx - camera.x) / camera.k, (fy - camera.y) / camera.k]);
      const at = lonLat && insetProjection(lonLat);
      if (at) xs.push(at[0]), ys.push(at[1]);
    }
  const grow = (lo: number, hi: number): [number, number] => (hi - lo >= MIN_SIDE ? [lo, hi] : [(lo + hi - MIN_SIDE) / 2, (lo + hi + MIN_SIDE) / 2]);
  const [ax, bx] = grow(Math.min(...xs), Math.max(...xs));
  const [ay, by] = grow(Math.min(...ys), Math.max(...ys));
  const r1 = (v: number) => Math.round(v * 10) / 10;
  return [r1(ax), r1(ay), r1(bx - ax), r1(by - ay)];
}
