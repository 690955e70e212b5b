/**
 * The map's camera, free of d3-geo so the browser can share it: the drawing size, the camera transform of the
 * zoomed layers, and where a point of the unzoomed map lands on screen. Labels and marks are not inside the
 * zoomed layers: they sit in an overlay at their screen point, so their text keeps its size without being
 * counter-scaled (counter-scaled SVG text is laid out again on every frame of a camera move).
 */

export interface Size {
  width: number;
  height: number;
}
/** A camera is the transform `translate(x, y) scale(k)` applied to the map's layers. */
export interface Camera {
  k: number;
  x: number;
  y: number;
}

/** The drawing size of every map. The SVG covers its container (preserveAspectRatio slice): a wide container shows all of it, a narrow one its middle (see frame.ts). */
export const MAP_SIZE: Size = { width: 1000, height: 600 };

export const cameraTransform = (c: Camera, digits?: number) =>
  digits === undefined
    ? `translate(${c.x},${c.y}) scale(${c.k})`
    : `translate(${c.x.toFixed(digits)},${c.y.toFixed(digits)}) scale(${c.k.toFixed(digits + 2)})`;

/** Where the map point (x, y) of the unzoomed drawing is on screen under camera `c`, to 0.1 px. */
export const screenPoint = (c: Camera, x: number, y: number): [number, number] => [
  Math.round((c.x + c.k * x) * 10) / 10,
  Math.round((c.y + c.k * y) * 10) / 10,
];

/** The overlay transform that puts an item at screen point (x, y). */
export const pinAt = ([x, y]: [number, number]) => `translate(${x},${y})`;

/** The overlay transform that puts an item anchored at map point (x, y) at its screen point. */
export const pinTransform = (c: Camera, x: number, y: number) => pinAt(screenPoint(c, x, y));

/** A camera as d3's zoom view [centre x, centre y, width] of the unzoomed drawing, and back. */
export const cameraToView = (c: Camera, size: Size = MAP_SIZE): [number, number, number] => [
  (size.width / 2 - c.x) / c.k,
  (size.height / 2 - c.y) / c.k,
  size.width / c.k,
];
export const viewToCamera = ([cx, cy, w]: [number, number, number], size: Size = MAP_SIZE): Camera => {
  const k = size.width / w;
  return { k, x: size.width / 2 - cx * k, y: size.height / 2 - cy * k };
};
