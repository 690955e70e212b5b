import { describe, expect, it } from "vitest";
import { bboxAround, cameraFor, createProjection, MAP_SIZE, OVERVIEW_BBOX } from "./geometry";
import { visibleLabels, type LabelCandidate } from "./labels";

const projection = createProjection();
const places: LabelCandidate[] = [
  { id: "albukamal", name: "Albukamal", lon: 40.9367, lat: 34.4536, priority: 1 },
  { id: "al-qaim", name: "al-Qa'im", lon: 40.9894, lat: 34.3925, priority: 2 },
  { id: "al-omar", name: "al-Omar oil field", lon: 40.5758, lat: 35.1517, priority: 1 },
  { id: "al-mayadin", name: "al-Mayadin", lon: 40.4515, lat: 35.0198, priority: 2 },
  { id: "damascus", name: "Damascus", lon: 36.2913, lat: 33.5102, priority: 3 },
];

describe("label placement", () => {
  it("drops the lower-priority label where two would collide in the overview", () => {
    const shown = visibleLabels(places, projection, cameraFor(OVERVIEW_BBOX, projection), MAP_SIZE);
    expect(shown).toContain("albukamal");
    expect(shown).not.toContain("al-qaim");
    expect(shown).toContain("damascus");
  });

  it("shows both once the camera is close enough to separate them", () => {
    const shown = visibleLabels(places, projection, cameraFor(bboxAround(40.96, 34.42, 12), projection), MAP_SIZE);
    expect(shown).toEqual(expect.arrayContaining(["albukamal", "al-qaim"]));
    expect(shown).not.toContain("damascus"); // out of frame
  });
});
