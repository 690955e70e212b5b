import { describe, expect, it } from "vitest";
import { decodeCamera } from "../codec";
import { cameraToView, cameraTransform, MAP_SIZE, pinTransform, screenPoint, viewToCamera } from "./camera";

describe("map camera", () => {
  const c = { k: 4, x: -1200, y: -800 };

  it("puts a map point where the zoomed layers draw it", () => {
    // The layers draw (x, y) at translate + k·(x, y): a pin must land on the same pixel.
    expect(screenPoint(c, 400, 300)).toEqual([400, 400]);
    expect(pinTransform(c, 350.25, 250)).toBe("translate(201,200)");
    expect(screenPoint({ k: 1, x: 0, y: 0 }, 12.34, 5.67)).toEqual([12.3, 5.7]);
  });

  it("writes the layers' transform, optionally to fixed digits", () => {
    expect(cameraTransform(c)).toBe("translate(-1200,-800) scale(4)");
    expect(cameraTransform({ k: 2.5, x: 1.234, y: -5 }, 2)).toBe("translate(1.23,-5.00) scale(2.5000)");
  });

  it("reads a step's data-camera and rejects what is not one", () => {
    expect(decodeCamera("2.077,-437.4,-120.5")).toEqual({ k: 2.077, x: -437.4, y: -120.5 });
    for (const bad of [undefined, "", "0,1,2", "-1,0,0", "2,x,3", "2,3"]) expect(decodeCamera(bad), String(bad)).toBeNull();
  });

  it("converts to d3's zoom view and back", () => {
    const view = cameraToView(c);
    expect(view).toEqual([(MAP_SIZE.width / 2 + 1200) / 4, (MAP_SIZE.height / 2 + 800) / 4, MAP_SIZE.width / 4]);
    const back = viewToCamera(view);
    expect(back.k).toBeCloseTo(c.k, 10);
    expect(back.x).toBeCloseTo(c.x, 10);
    expect(back.y).toBeCloseTo(c.y, 10);
  });
});
