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

/** Font size of map labels on screen, in px of the MAP_SIZE frame (labels do not grow with zoom). */
export const LABEL_FONT_PX = 17;
const CHAR_WIDTH = 0.56; // average glyph width of the system sans at 1em
const MARGIN = 3;

/**
 * Labels to show at a camera so that none overlaps another or leaves the frame: greedy by priority.
 * Each label sits to the right of its point; returns the ids kept.
 */
export function visibleLabels(
  candidates: readonly LabelCandidate[],
  projection: GeoProjection,
  camera: Camera,
  size: { width: number; height: number },
): string[] {
  const kept: { id: string; box: [number, number, number, number] }[] = [];
  const sorted = [...candidates].sort((a, b) => a.priority - b.priority || a.id.localeCompare(b.id));
  for (const c of sorted) {
    const [px, py] = projection([c.lon, c.lat])!;
    const x = camera.x + camera.k * px;
    const y = camera.y + camera.k * py;
    const w = c.name.length * LABEL_FONT_PX * CHAR_WIDTH;
    const box: [number, number, number, number] =
      c.anchor === "middle"
        ? [x - w / 2, y - LABEL_FONT_PX * 0.7, x + w / 2, y + LABEL_FONT_PX * 0.5]
        : [x + 6, y - LABEL_FONT_PX * 0.7, x + 8 + w, y + LABEL_FONT_PX * 0.5];
    if (box[0] < 0 || box[2] > size.width || box[1] < 0 || box[3] > size.height) continue;
    const hit = kept.some(
      (k) => box[0] < k.box[2] + MARGIN && box[2] + MARGIN > k.box[0] && box[1] < k.box[3] + MARGIN && box[3] + MARGIN > k.box[1],
    );
    if (!hit) kept.push({ id: c.id, box });
  }
  return kept.map((k) => k.id).sort();
}
