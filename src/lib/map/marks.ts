import type { EventKind } from "../../schemas";

/** Event marks are drawn at this multiple of MARK_PATHS, and stand this far apart when they share a place. */
export const MARK_SCALE = 1.6;
export const MARK_SPACING = 18 * MARK_SCALE;

/** Mark shapes by event kind, as SVG paths centred on 0,0 (about 16 px across): kind is told by shape. */
export const MARK_PATHS: Record<EventKind, string> = {
  // eight-pointed burst
  strike: "M0,-9L2.6,-3.6L8.5,-2.8L4.2,1.3L5.3,7.3L0,4.4L-5.3,7.3L-4.2,1.3L-8.5,-2.8L-2.6,-3.6Z",
  // triangle pointing down: incoming fire
  attack: "M-8,-6L8,-6L0,8Z",
  // diamond
  "counter-fire": "M0,-8L8,0L0,8L-8,0Z",
  // speech-like small square for statements and claims
  statement: "M-5,-5H5V5H-5Z",
  claim: "M-5,-5H5V5H-5Z",
  report: "M-5,-5H5V5H-5Z",
  other: "M-4,0A4,4 0 1,0 4,0A4,4 0 1,0 -4,0Z",
};

/**
 * How far each shape reaches from its centre (in MARK_PATHS units): its box on screen is this ×MARK_SCALE. Read
 * from the paths themselves (their largest coordinate), so a reshaped mark reserves its new size.
 */
export const MARK_REACH = Object.fromEntries(
  Object.entries(MARK_PATHS).map(([kind, d]) => [kind, Math.max(...(d.match(/-?\d+(?:\.\d+)?/g) ?? []).map((n) => Math.abs(Number(n))))]),
) as Record<EventKind, number>;
