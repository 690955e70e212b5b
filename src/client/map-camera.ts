/**
 * Moves the map's camera: the zoomed layers take the camera as one transform, and each dot and mark of the
 * unzoomed overlay is put at its map point's screen position (lib/map/camera.ts), so no text is laid out again at
 * a new scale. A move runs one step per animation frame (`tick`, called in the element's write phase).
 */
import type { Camera } from "../lib/map/camera";
import { cameraToView, cameraTransform, pinTransform, viewToCamera } from "../lib/map/camera";
import { Motion } from "./motion";
import { setAttr } from "./write-attribute";

const same = (a: Camera, b: Camera) => a.k === b.k && a.x === b.x && a.y === b.y;

export class MapCamera {
  private camera: Camera;
  private readonly motion = new Motion();
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
    setAttr(this.layers, "transform", cameraTransform(c, 2));
    for (const p of this.pins) setAttr(p.el, "transform", pinTransform(c, p.x, p.y));
  }

  /** Go to `target`, animated or at once; `arrived` runs when the camera is there. True when frames are needed. */
  moveTo(target: Camera, animate: boolean, arrived: () => void): boolean {
    this.motion.stop();
    if (same(this.camera, target)) return arrived(), false;
    if (!animate) return this.set(target), arrived(), false;
    this.motion.start(cameraToView(this.camera), cameraToView(target), (v, last) => this.set(last ? target : viewToCamera(v)), arrived);
    return true;
  }

  tick(now: number): boolean {
    return this.motion.tick(now);
  }
}
