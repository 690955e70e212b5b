import { describe, expect, it } from "vitest";
import { basemap } from "./basemap";
import { FRAMING, OVERVIEW_FRAMING } from "./frame";
import { bboxAround, cameraFor, createProjection, MAP_SIZE, MAX_ZOOM, parseView, pathFor, scaleBar, sideOfLine, viewName, OVERVIEW_BBOX } from "./geometry";

const projection = createProjection();
// The Euphrates is the river line that passes closest to Deir ez-Zor.
const euphrates = basemap.rivers.features
  .flatMap((f) => f.geometry.coordinates)
  .map((line) => ({ line: line as [number, number][], d: sideOfLine(line as [number, number][], [40.1408, 35.3359]).distanceKm }))
  .sort((a, b) => a.d - b.d)[0]!.line;

describe("map projection", () => {
  it("fits the overview inside the frame", () => {
    for (const [lon, lat] of [[OVERVIEW_BBOX[0], OVERVIEW_BBOX[1]], [OVERVIEW_BBOX[2], OVERVIEW_BBOX[3]]] as const) {
      const [x, y] = projection([lon, lat])!;
      expect(x).toBeGreaterThanOrEqual(-0.5);
      expect(x).toBeLessThanOrEqual(MAP_SIZE.width + 0.5);
      expect(y).toBeGreaterThanOrEqual(-0.5);
      expect(y).toBeLessThanOrEqual(MAP_SIZE.height + 0.5);
    }
  });

  it("puts Baghdad east of Damascus and Deir ez-Zor north of Albukamal", () => {
    const [bx] = projection([44.4009, 33.3406])!;
    const [dx] = projection([36.2913, 33.5102])!;
    const [, dzy] = projection([40.1408, 35.3359])!;
    const [, aby] = projection([40.9367, 34.4536])!;
    expect(bx).toBeGreaterThan(dx);
    expect(dzy).toBeLessThan(aby);
  });

  it("draws paths with fixed precision", () => {
    const d = pathFor(projection)(basemap.countries.features[0]!)!;
    expect(d).toMatch(/^M/);
    expect(d).not.toMatch(/\d\.\d\d/);
  });
});

describe("cameras", () => {
  it("frames a place at the centre of the framing region, zoomed in", () => {
    const cam = cameraFor(bboxAround(40.5758, 35.1517, 22), projection, FRAMING);
    const [x, y] = projection([40.5758, 35.1517])!;
    expect(cam.k).toBeGreaterThan(2);
    expect(cam.k).toBeLessThanOrEqual(MAX_ZOOM);
    expect(cam.x + cam.k * x).toBeCloseTo((FRAMING.x0 + FRAMING.x1) / 2, 0);
    expect(cam.y + cam.k * y).toBeCloseTo((FRAMING.y0 + FRAMING.y1) / 2, 0);
  });

  it("frames the overview inside the region a phone shows, so it is whole in both layouts", () => {
    const cam = cameraFor(OVERVIEW_BBOX, projection, OVERVIEW_FRAMING);
    for (const [lon, lat] of [[OVERVIEW_BBOX[0], OVERVIEW_BBOX[1]], [OVERVIEW_BBOX[2], OVERVIEW_BBOX[3]]] as const) {
      const [x, y] = projection([lon, lat])!;
      expect(cam.x + cam.k * x).toBeGreaterThanOrEqual(OVERVIEW_FRAMING.x0 - 1);
      expect(cam.x + cam.k * x).toBeLessThanOrEqual(OVERVIEW_FRAMING.x1 + 1);
      expect(cam.y + cam.k * y).toBeGreaterThanOrEqual(OVERVIEW_FRAMING.y0 - 1);
      expect(cam.y + cam.k * y).toBeLessThanOrEqual(OVERVIEW_FRAMING.y1 + 1);
    }
  });

  it("gives a scale bar that shrinks in km as the camera zooms in", () => {
    const wide = scaleBar(projection, cameraFor(OVERVIEW_BBOX, projection, OVERVIEW_FRAMING));
    const close = scaleBar(projection, cameraFor(bboxAround(40.5, 35, 20), projection, FRAMING));
    expect(wide.km).toBeGreaterThan(close.km);
    expect(close.px).toBeGreaterThan(20);
  });
});

describe("views", () => {
  it("reads every form of the view prop and names it", () => {
    expect(viewName(parseView(undefined))).toBe("overview");
    expect(viewName(parseView("al-omar"))).toBe("al-omar");
    expect(viewName(parseView(["albukamal", "al-omar"]))).toBe("albukamal+al-omar");
    expect(viewName(parseView([40, 34, 41, 35]))).toBe("bbox:40,34,41,35");
  });
});

describe("the river against the towns (checked against an atlas)", () => {
  it("keeps al-Mayadin and Albukamal on the south-west bank and the al-Omar field north-east of the Euphrates", () => {
    expect(sideOfLine(euphrates, [40.4515, 35.0198]).side).toBe("south-west"); // al-Mayadin
    expect(sideOfLine(euphrates, [40.9367, 34.4536]).side).toBe("south-west"); // Albukamal
    expect(sideOfLine(euphrates, [40.5758, 35.1517]).side).toBe("north-east"); // al-Omar field
    expect(sideOfLine(euphrates, [40.8308, 34.6894]).side).toBe("north-east"); // Hajin, east bank
  });

  it("puts the approximate areas of control on their own banks", () => {
    expect(sideOfLine(euphrates, [40.78, 34.93]).side).toBe("north-east"); // SDF-held label
    expect(sideOfLine(euphrates, [40.45, 34.8]).side).toBe("south-west"); // government and militias label
  });
});

describe("the basemap's paths", () => {
  it("are written relative, and draw the same points as d3's absolute ones", async () => {
    const { relativePath } = await import("./drawing");
    const abs = "M10,10L12.5,10L12.5,7.25Z M20,20L21,19Z";
    const rel = relativePath(abs);
    expect(rel).toBe("M10,10l2.5,0l0-2.7zm10,10l1-1z");
    // Walk the relative path back to absolute points.
    let [x, y, sx, sy] = [0, 0, 0, 0];
    const points: [number, number][] = [];
    for (const [, c, a] of rel.matchAll(/([MmLlz])([^MmLlz]*)/g)) {
      if (c === "z") ([x, y] = [sx, sy]);
      else {
        const [dx, dy] = a!.match(/-?[\d.]+/g)!.map(Number);
        [x, y] = c === "M" ? [dx!, dy!] : [Math.round((x + dx!) * 10) / 10, Math.round((y + dy!) * 10) / 10];
        if (c === "M" || c === "m") [sx, sy] = [x, y];
        points.push([x, y]);
      }
    }
    expect(points).toEqual([[10, 10], [12.5, 10], [12.5, 7.3], [20, 20], [21, 19]]);
  });
});
