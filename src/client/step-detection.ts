/**
 * Which step the reader is on, from layout: the last step whose top has passed the trigger line. The viewport is
 * injected: the window's own, or, when the story is embedded, the host page's, mapped into this document. Pure.
 */
import type { HostViewport } from "./host-messages";

/** The reader's viewport: its height, and where this document's viewport top sits in it (0 in our own window). */
export interface ReaderViewport {
  height: number;
  offset: number;
}

export const windowViewport = (): ReaderViewport => ({ height: innerHeight, offset: 0 });
/** Embedded: the host's viewport, with the iframe's top at `top` in it. */
export const hostViewport = (h: HostViewport): ReaderViewport => ({ height: h.viewportHeight, offset: h.top });

/** The trigger line in this document's viewport coordinates. */
export const triggerY = (v: ReaderViewport, trigger: number) => v.height * trigger - v.offset;

/** Index of the last step whose top is at or above the line; the first when none is. `tops` in document order. */
export function activeIndex(tops: readonly number[], line: number): number {
  let active = 0;
  for (let i = 0; i < tops.length; i++) {
    if (tops[i]! <= line) active = i;
    else break;
  }
  return active;
}

/** How far through the steps the line is: 0 when the first step reaches it, 1 when the last has passed it. */
export function progressThrough(firstTop: number, lastBottom: number, line: number): number {
  return Math.min(1, Math.max(0, (line - firstTop) / Math.max(1, lastBottom - firstTop)));
}
