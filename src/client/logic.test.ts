import { describe, expect, it } from "vitest";
import { Motion, zoomTween } from "./motion";
import { ReadingPlace } from "./reading-place";
import { activeIndex, hostViewport, progressThrough, triggerY } from "./step-detection";

describe("step detection", () => {
  it("picks the last step whose top has passed the line, the first before any has", () => {
    expect(activeIndex([100, 500, 900], 450)).toBe(0);
    expect(activeIndex([100, 500, 900], 500)).toBe(1);
    expect(activeIndex([-800, -400, 200], 450)).toBe(2);
    expect(activeIndex([600, 900], 450)).toBe(0);
  });

  it("maps the host page's trigger line into the frame", () => {
    // The frame's top is 1200 px above the host's viewport top: the line at 55% of an 800 px viewport is at 1640 in the frame.
    expect(triggerY(hostViewport({ viewportWidth: 1280, viewportHeight: 800, top: -1200, left: 0, bottom: 3000, right: 1280 }), 0.55)).toBe(1640);
  });

  it("measures progress through the steps from 0 to 1", () => {
    expect(progressThrough(500, 3000, 400)).toBe(0);
    expect(progressThrough(-1000, 1500, 250)).toBe(0.5);
    expect(progressThrough(-4000, -100, 400)).toBe(1);
  });
});

describe("motion", () => {
  it("tweens from one view to the other, ending exactly there, in 300 to 900 ms", () => {
    const t = zoomTween([500, 300, 1000], [520, 290, 250]);
    expect(t.duration).toBeGreaterThanOrEqual(300);
    expect(t.duration).toBeLessThanOrEqual(900);
    expect(t.at(0).view).toEqual([500, 300, 1000]);
    expect(t.at(t.duration)).toEqual({ view: [520, 290, 250], done: true });
    const mid = t.at(t.duration / 2).view;
    expect(mid[2]).toBeLessThan(1000);
    expect(mid[2]).toBeGreaterThan(250);
  });

  it("runs one step per frame and says when it has arrived", () => {
    const motion = new Motion();
    const drawn: number[] = [];
    let arrived = 0;
    motion.start([0, 0, 100], [50, 0, 100], (v) => drawn.push(v[0]), () => arrived++);
    expect(motion.tick(1000)).toBe(true);
    expect(drawn).toEqual([]); // the first frame only notes the start
    while (motion.tick(1000 + drawn.length * 100 + 100));
    expect(arrived).toBe(1);
    expect(drawn.at(-1)).toBe(50);
    expect(motion.tick(99_999)).toBe(false);
  });
});

describe("the reader's place across a reflow", () => {
  // Steps as boxes on the page (top, height); `at` is the scroll offset, as in the browser's scrollY.
  const page = (boxes: [number, number][], at: { y: number }) =>
    boxes.map(([top, height]) => ({ getBoundingClientRect: () => ({ top: top - at.y, height }) }) as unknown as HTMLElement);

  it("brings the reader back to the same point of the same step, whatever step the old offset lands on", () => {
    const at = { y: 0 };
    Object.assign(globalThis, { scrollY: 0 });
    const place = new ReadingPlace();
    const laptop = { w: 1440, h: 900 };
    const line = 495;
    // Reading step 1 (1000–1800), the line a quarter of the way through it.
    at.y = 1000 + 200 - line;
    Object.assign(globalThis, { scrollY: at.y });
    expect(place.restore(page([[0, 1000], [1000, 800], [1800, 900]], at), 1, line, laptop)).toBeNull();
    // Rotated: the steps are taller, the old offset now lands in step 0. The restore puts the line a quarter
    // through step 1 again, even though this frame read step 0 under the line.
    const phone = { w: 900, h: 1440 };
    const rotated = page([[0, 1600], [1600, 1200], [2800, 1300]], at);
    expect(place.restore(rotated, 0, line, phone)).toBe(1600 + 0.25 * 1200 - line);
    // The frame after the restored scroll notes the step under the line there: step 1, a quarter through.
    at.y = 1600 + 300 - line;
    Object.assign(globalThis, { scrollY: at.y });
    expect(place.restore(rotated, 1, line, phone)).toBeNull();
    // Back to the laptop: the same point of step 1 again.
    const back = page([[0, 1000], [1000, 800], [1800, 900]], at);
    expect(place.restore(back, 0, line, laptop)).toBe(1000 + 0.25 * 800 - line);
  });
});
