/**
 * Moves the map's camera: the zoomed layers take the camera as one transform, and each dot and mark of the
 * unzoomed overlay is put at its map point's screen position (lib/map/camera.ts), so no text is laid out again at
 * a new scale. A move runs one step per animation frame (`tick`, called in the element's write phase).
 */
import type { Camera } from "../lib/map/camera";
import { cameraToView, cameraTransform, MAP_SIZE, pinAt, screenPoint, viewToCamera } from "../lib/map/camera";
import { Motion } from "./motion";
import { setAttr } from "./write-attribute";

/** How far a pin's drawing (its mark, its name on hover) reaches from its point, in drawing units. */
const PIN_REACH = 60;

const same = (a: Camera, b: Camera) => a.k === b.k && a.x === b.x && a.y === b.y;

export class MapCamera {
  private camera: Camera;
  private readonly motion = new Motion();
  private readonly pins: { el: SVGGElement; x: number; y: number; seen: boolean }[];

  constructor(
    private readonly layers: SVGGElement,
    map: Element,
    initial: Camera,
  ) {
    this.camera = initial;
    // Map points never change: read from the page once.
    this.pins = [...map.querySelectorAll<SVGGElement>("[data-at]")].map((el) => {
      const [x = 0, y = 0] = (el.dataset["at"] ?? "").split(",").map(Number);
      return { el, x, y, seen: true };
    });
  }

  /**
   * Put the camera at `c`. In a move's frames (`final` false) a pin off the drawing that was already off it is left
   * where it is: it is not seen either way, and each pin written is restyled and laid out again. Once there, every
   * pin stands at its point.
   */
  private set(c: Camera, final = true) {
    this.camera = c;
    setAttr(this.layers, "transform", cameraTransform(c, 2));
    for (const p of this.pins) {
      const at = screenPoint(c, p.x, p.y);
      const seen = at[0] > -PIN_REACH && at[0] < MAP_SIZE.width + PIN_REACH && at[1] > -PIN_REACH && at[1] < MAP_SIZE.height + PIN_REACH;
      if (!final && !seen && !p.seen) continue;
      p.seen = seen;
      setAttr(p.el, "transform", pinAt(at));
    }
  }

  /** Go to `target`, animated or at once; `arrived` runs when the camera is there. True when frames are needed. */
  moveTo(target: Camera, animate: boolean, arrived: () => void): boolean {
    this.motion.stop();
    if (same(this.camera, target)) return arrived(), false;
    if (!animate) return this.set(target), arrived(), false;
    this.motion.start(cameraToView(this.camera), cameraToView(target), (v, last) => this.set(last ? target : viewToCamera(v), last), arrived);
    return true;
  }

  tick(now: number): boolean {
    return this.motion.tick(now);
  }
}
