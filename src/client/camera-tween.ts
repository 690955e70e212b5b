/**
 * The map camera's move from one step's view to the next: d3's zoom interpolation (a smooth zoom out and in),
 * eased, 300–900 ms by distance. Pure: the element calls the returned function once per animation frame.
 */
import { interpolateZoom } from "d3-interpolate";
import { cameraToView, viewToCamera, type Camera } from "../lib/map/camera";

export const sameCamera = (a: Camera, b: Camera) => a.k === b.k && a.x === b.x && a.y === b.y;

const easeInOut = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

/** A move from `from` to `to`: given the frame time, the camera to draw and whether the move is over. */
export function cameraTween(from: Camera, to: Camera): { duration: number; at: (elapsedMs: number) => { camera: Camera; done: boolean } } {
  const zoom = interpolateZoom(cameraToView(from), cameraToView(to));
  const duration = Math.min(900, Math.max(300, zoom.duration * 0.6));
  return {
    duration,
    at: (elapsed) => {
      const t = Math.min(1, Math.max(0, elapsed / duration));
      return t < 1 ? { camera: viewToCamera(zoom(easeInOut(t))), done: false } : { camera: to, done: true };
    },
  };
}
