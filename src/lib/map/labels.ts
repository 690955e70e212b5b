import type { GeoProjection } from "d3-geo";
import type { Camera } from "./geometry";

export interface LabelCandidate {
  id: string;
  name: string;
  lon: number;
  lat: number;
  /** Lower is placed first. */
  priority: number;
  /** "start": to the right of its point (places); "middle": centred on it (area names). */
  anchor?: "start" | "middle";
}

/**
 * Font size of map labels, in px of the MAP_SIZE frame (labels do not grow with zoom). The frame is drawn at
 * about half size in the sticky graphic (a 390 px phone, the map column of a 1440×900 laptop), so 28 gives
 * 12–14 px on screen; placement (below) and the drawing (MapFigure) both use it.
 */
export const LABEL_FONT_PX = 28;
/** Where a place label's text starts (or, set to the left, ends) from its point, and its baseline below it. */
export const LABEL_DX = 10;
export const LABEL_DY = Math.round(LABEL_FONT_PX * 0.3);
const CHAR_WIDTH = 0.56; // average glyph width of the system sans at 1em
const MARGIN = 3;

/**
 * Labels to show at a camera so that none overlaps another or leaves the frame: greedy by priority. A place's
 * label sits to the right of its point, or to its left where the right has no room (`left`); area names are
 * centred. Returns the ids shown and, among them, those set to the left.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  projection: GeoProjection,
  camera: Camera,
  size: { width: number; height: number },
): { shown: string[]; left: string[] } {
  type Box = [number, number, number, number];
  const kept: { id: string; box: Box; left: boolean }[] = [];
  const fits = (box: Box) =>
    box[0] >= 0 &&
    box[2] <= size.width &&
    box[1] >= 0 &&
    box[3] <= size.height &&
    !kept.some((k) => box[0] < k.box[2] + MARGIN && box[2] + MARGIN > k.box[0] && box[1] < k.box[3] + MARGIN && box[3] + MARGIN > k.box[1]);
  const sorted = [...candidates].sort((a, b) => a.priority - b.priority || a.id.localeCompare(b.id));
  for (const c of sorted) {
    const [px, py] = projection([c.lon, c.lat])!;
    const x = camera.x + camera.k * px;
    const y = camera.y + camera.k * py;
    const w = c.name.length * LABEL_FONT_PX * CHAR_WIDTH;
    const [top, bottom] = [y - LABEL_FONT_PX * 0.7, y + LABEL_FONT_PX * 0.5];
    const options: { box: Box; left: boolean }[] =
      c.anchor === "middle"
        ? [{ box: [x - w / 2, top, x + w / 2, bottom], left: false }]
        : [
            { box: [x + 6, top, x + 8 + w, bottom], left: false },
            { box: [x - 8 - w, top, x - 6, bottom], left: true },
          ];
    const pick = options.find((o) => fits(o.box));
    if (pick) kept.push({ id: c.id, ...pick });
  }
  return { shown: kept.map((k) => k.id).sort(), left: kept.filter((k) => k.left).map((k) => k.id).sort() };
}
