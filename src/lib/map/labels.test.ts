import { describe, expect, it } from "vitest";
import { bboxAround, cameraFor, createProjection, MAP_SIZE, OVERVIEW_BBOX } from "./geometry";
import { placeLabels, type LabelCandidate } from "./labels";

const projection = createProjection();
const places: LabelCandidate[] = [
  { id: "albukamal", name: "Albukamal", lon: 40.9367, lat: 34.4536, priority: 1 },
  { id: "al-qaim", name: "al-Qa'im", lon: 40.9894, lat: 34.3925, priority: 2 },
  { id: "al-omar", name: "al-Omar oil field", lon: 40.5758, lat: 35.1517, priority: 1 },
  { id: "al-mayadin", name: "al-Mayadin", lon: 40.4515, lat: 35.0198, priority: 2 },
  { id: "damascus", name: "Damascus", lon: 36.2913, lat: 33.5102, priority: 3 },
];

describe("label placement", () => {
  it("sets a label to the left of its point where the right has no room, and drops it where neither side has room", () => {
    const camera = cameraFor(OVERVIEW_BBOX, projection);
    const { shown, left } = placeLabels(places, projection, camera, MAP_SIZE);
    expect(shown).toContain("albukamal");
    expect(shown).toContain("damascus");
    // Albukamal and al-Qa'im are 8 km apart: at the overview the lower-priority one moves to the other side.
    expect(shown).toContain("al-qaim");
    expect(left).toContain("al-qaim");
    expect(left).not.toContain("albukamal");
    // A label with room on neither side is dropped: a third name at the same point.
    const crowded = [...places, { id: "twin", name: "Twin of al-Qa'im", lon: 40.9894, lat: 34.3925, priority: 9 }];
    expect(placeLabels(crowded, projection, camera, MAP_SIZE).shown).not.toContain("twin");
    // Near the frame's right edge, a place's label has no room on the right and goes left.
    const edge: LabelCandidate = { id: "edge", name: "Edge town", lon: 44.3, lat: 34.8, priority: 0 };
    const placed = placeLabels([edge], projection, camera, MAP_SIZE);
    expect(placed).toEqual({ shown: ["edge"], left: ["edge"] });
  });

  it("shows both once the camera is close enough to separate them", () => {
    const { shown } = placeLabels(places, projection, cameraFor(bboxAround(40.96, 34.42, 12), projection), MAP_SIZE);
    expect(shown).toEqual(expect.arrayContaining(["albukamal", "al-qaim"]));
    expect(shown).not.toContain("damascus"); // out of frame
  });
});
