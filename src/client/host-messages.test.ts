import { describe, expect, it } from "vitest";
import { childIdFrom, makeMessage, parseHostMessage } from "./host-messages";

describe("host messages (pym.js v1 protocol)", () => {
  it("reads a viewport-and-iframe-position message as pym.Parent sends it with trackscroll", () => {
    expect(parseHostMessage("pymxPYMxstoryxPYMxviewport-iframe-positionxPYMx1280 800 -350.5 20 2650 1260", "story")).toEqual({
      type: "viewport",
      viewport: { viewportWidth: 1280, viewportHeight: 800, top: -350.5, left: 20, bottom: 2650, right: 1260 },
    });
    expect(parseHostMessage(makeMessage("a-1", "width", "640"), "a-1")).toEqual({ type: "width", width: 640 });
  });

  it("ignores anything malformed, hostile or meant for another child", () => {
    const bad: unknown[] = [
      null,
      42,
      { type: "viewport" },
      "pymxPYMxotherxPYMxwidthxPYMx640",
      "pymxPYMxstoryxPYMxwidthxPYMx<img src=x onerror=alert(1)>",
      "pymxPYMxstoryxPYMxwidthxPYMx-5",
      "pymxPYMxstoryxPYMxwidthxPYMx1e400",
      "pymxPYMxstoryxPYMxviewport-iframe-positionxPYMx1280 800 NaN 0 10 10",
      "pymxPYMxstoryxPYMxviewport-iframe-positionxPYMx1280 800 0 0 10",
      "pymxPYMxstoryxPYMxviewport-iframe-positionxPYMx1280 0 0 0 10 10",
      "pymxPYMxstoryxPYMxviewport-iframe-positionxPYMx1280 800 100 0 10 10",
      "pymxPYMxstoryxPYMxnavigateToxPYMxjavascript:alert(1)",
      "pymxPYMxstoryxPYMxwidthxPYMx640xPYMxextra",
      "x".repeat(10_000),
    ];
    for (const m of bad) expect(parseHostMessage(m, "story"), String(m).slice(0, 60)).toBeNull();
  });

  it("accepts only safe child ids", () => {
    expect(childIdFrom("?initialWidth=600&childId=story-1")).toBe("story-1");
    expect(childIdFrom("?childId=<script>")).toBeNull();
    expect(childIdFrom("")).toBeNull();
  });
});
