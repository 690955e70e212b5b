/**
 * Moves the map's camera: the zoomed layers take the camera as one transform, and each label and mark of the
 * unzoomed overlay is put at its map point's screen position (lib/map/camera.ts), so no text is laid out again at
 * a new scale. A move runs one step per animation frame (`tick`, called in the element's write phase).
 */
import type { Camera } from "../lib/map/camera";
import { cameraTransform, pinTransform } from "../lib/map/camera";
import { cameraTween, sameCamera } from "./camera-tween";

export class MapCamera {
  private camera: Camera;
  private move: ((now: number) => boolean) | null = null;
  private readonly pins: { el: SVGGElement; x: number; y: number }[];

  constructor(
    private readonly layers: SVGGElement,
    map: Element,
    initial: Camera,
  ) {
    this.camera = initial;
    // Map points never change: read from the page once.
    this.pins = [...map.querySelectorAll<SVGGElement>("[data-at]")].map((el) => {
      const [x = 0, y = 0] = (el.dataset["at"] ?? "").split(",").map(Number);
      return { el, x, y };
    });
  }

  private set(c: Camera) {
    this.camera = c;
    this.layers.setAttribute("transform", cameraTransform(c, 2));
    for (const p of this.pins) p.el.setAttribute("transform", pinTransform(c, p.x, p.y));
  }

  /** Go to `target`, animated or at once; `arrived` runs when the camera is there. True when frames are needed. */
  moveTo(target: Camera, animate: boolean, arrived: () => void): boolean {
    this.move = null;
    if (sameCamera(this.camera, target)) return arrived(), false;
    if (!animate) return this.set(target), arrived(), false;
    const tween = cameraTween(this.camera, target);
    let start = -1;
    this.move = (now) => {
      if (start < 0) start = now;
      const { camera, done } = tween.at(now - start);
      if (now > start) this.set(camera);
      if (done) {
        this.move = null;
        arrived();
      }
      return !done;
    };
    return true;
  }

  /** One frame of the current move; true while more frames are needed. */
  tick(now: number): boolean {
    return this.move?.(now) ?? false;
  }
}
