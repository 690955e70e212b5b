/**
 * One animated move, as the map's camera and the timeline's window make them: d3's zoom interpolation (it zooms
 * out and back in when the two views are far apart), eased, 300–900 ms by distance, run one step per animation
 * frame by the element's write phase. Pure but for the frame times it is given.
 */
import { interpolateZoom } from "d3-interpolate";

/** A view as d3's zoom interpolation takes it: centre x, centre y, width. */
export type ZoomView = [number, number, number];

const easeInOut = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

/** The views of a move from `from` to `to`, by elapsed time; the last is exactly `to`. */
export function zoomTween(from: ZoomView, to: ZoomView): { duration: number; at: (elapsedMs: number) => { view: ZoomView; done: boolean } } {
  const zoom = interpolateZoom(from, to);
  const duration = Math.min(900, Math.max(300, zoom.duration * 0.6));
  return {
    duration,
    at: (elapsed) => {
      const t = Math.min(1, Math.max(0, elapsed / duration));
      return t < 1 ? { view: zoom(easeInOut(t)) as ZoomView, done: false } : { view: to, done: true };
    },
  };
}

/** The move under way, if any: started, stepped each frame, replaced by the next. */
export class Motion {
  private step: ((now: number) => boolean) | null = null;

  /** Run a move from `from` to `to`, drawing each view with `draw`; `arrived` runs at the end. */
  start(from: ZoomView, to: ZoomView, draw: (view: ZoomView, last: boolean) => void, arrived: () => void) {
    const tween = zoomTween(from, to);
    let start = -1;
    this.step = (now) => {
      if (start < 0) start = now;
      const { view, done } = tween.at(now - start);
      if (now > start) draw(view, done);
      if (!done) return true;
      this.step = null;
      arrived();
      return false;
    };
  }

  stop() {
    this.step = null;
  }

  /** One frame of the move; true while more frames are needed. */
  tick(now: number): boolean {
    return this.step?.(now) ?? false;
  }
}
