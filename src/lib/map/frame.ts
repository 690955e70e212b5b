/**
 * The map's frame and its two layouts. Every map is drawn in one 1000×600 frame and covers its container
 * (preserveAspectRatio "xMidYMid slice"): a laptop's wide graphic shows nearly all of it, a phone's nearly square
 * one only its middle. A step's places are framed in the middle, so one camera serves both; what differs per
 * layout is what can be written where: the visible region, the text sizes (so that every label is at least
 * 12 px on screen), and where the scale, north arrow and locator sit (set in MapFigure's CSS to match).
 */
import { box, type Box } from "../placement";
import { MAP_SIZE } from "./camera";

export type LayoutName = "wide" | "narrow";
export const LAYOUT_NAMES: readonly LayoutName[] = ["wide", "narrow"];

/** Where a step's places are framed: central, so they are in view in both layouts with room for callouts around them. */
export const FRAMING: Box = box(260, 170, 740, 430);
/** Where the overview (the whole corridor) is framed: all that a phone shows. */
export const OVERVIEW_FRAMING: Box = box(200, 50, 800, 550);

export interface MapLayout {
  name: LayoutName;
  /** What the container shows of the frame, with a margin. */
  visible: Box;
  /** Font sizes in frame units. */
  font: { label: number; callout: number; meta: number; country: number };
  /** Where the chrome sits (top-left corner of each group), in frame units; a phone's map has no room for the locator. */
  chrome: { scale: [number, number]; north: [number, number]; inset: [number, number] | null };
}

const INSET = { width: 150, height: 110 };

export const MAP_LAYOUTS: Record<LayoutName, MapLayout> = {
  // A 1440×900 laptop draws the frame about 900 px wide: 0.9 px per unit.
  wide: {
    name: "wide",
    visible: box(30, 30, MAP_SIZE.width - 30, MAP_SIZE.height - 30),
    font: { label: 15, callout: 15, meta: 14, country: 14 },
    chrome: { scale: [48, 548], north: [948, 60], inset: [806, 444] },
  },
  // A 390 px phone draws the frame's middle 620 units about 330 px tall: 0.55 px per unit.
  narrow: {
    name: "narrow",
    visible: box(192, 16, 808, 584),
    font: { label: 23, callout: 23, meta: 22.5, country: 22.5 },
    chrome: { scale: [206, 52], north: [786, 64], inset: null },
  },
};

export const INSET_SIZE = INSET;

/** The boxes the chrome covers in a layout: nothing else is written there. */
export function chromeBoxes(layout: MapLayout, scalePx: number): Box[] {
  const { scale, north, inset } = layout.chrome;
  const f = layout.font.meta;
  return [
    box(scale[0] - 4, scale[1] - f * 1.3, scale[0] + Math.max(scalePx, f * 3.5) + 6, scale[1] + 10),
    box(north[0] - 12, north[1] - 20, north[0] + 12, north[1] + 10 + f * 1.2),
    ...(inset ? [box(inset[0] - 4, inset[1] - 4, inset[0] + INSET.width + 4, inset[1] + INSET.height + 4)] : []),
  ];
}
