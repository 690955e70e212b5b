import type { StoryModel, StepSpec } from "../model";
import { basemap } from "./basemap";
import { cameraFor, createProjection, pathFor, screenPoint, viewBBox } from "./geometry";
import { LABEL_DX, LABEL_DY, LABEL_FONT_PX, placeLabels } from "./labels";
import { MARK_PATHS } from "./marks";
import { labelCandidates } from "./state";

/** Size of the social (Open Graph) image. */
export const SOCIAL_SIZE = { width: 1200, height: 630 };

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Wrap text into lines of at most `max` characters. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if ((line + " " + word).trim().length > max) {
      lines.push(line.trim());
      line = word;
    } else line += ` ${word}`;
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

/**
 * A standalone SVG (inline styles, no CSS classes, no external resources) for a chapter's social image: the map
 * at the chapter's first step, with its events marked, and the chapter's title. Pure; rasterised at build time.
 */
export function socialCardSvg(model: StoryModel, title: string, step: StepSpec | undefined): string {
  const { width, height } = SOCIAL_SIZE;
  const mapSize = { width: 700, height: height };
  const projection = createProjection(mapSize);
  const view = step ? step.view : { kind: "overview" as const };
  const camera = cameraFor(viewBBox(view, model.placeById), projection, mapSize, 60);
  const path = pathFor(projection, 1);
  const k = camera.k;
  const xy = (lon: number, lat: number) => projection([lon, lat])!;
  const active = new Set(step?.events ?? []);
  const marks = model.events
    .filter((e) => active.has(e.id))
    .flatMap((e) =>
      e.places.map((pid) => {
        const p = model.placeById.get(pid)!;
        const [x, y] = xy(p.lon, p.lat);
        const hollow = e.status !== "confirmed";
        return `<g transform="translate(${x.toFixed(1)},${y.toFixed(1)}) scale(${(1.6 / k).toFixed(4)})"><path d="${MARK_PATHS[e.kind]}" fill="${hollow ? "#ffffff" : "#b3261e"}" stroke="#b3261e" stroke-width="2"${e.status === "disputed" ? ' stroke-dasharray="3 2"' : ""}/></g>`;
      }),
    );
  const places = model.places
    .filter((p) => p.kind !== "area")
    .map((p) => {
      const [x, y] = xy(p.lon, p.lat);
      return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${(4 / k).toFixed(3)}" fill="#1b1f24"/>`;
    });
  // Place names, placed as on the page (no collisions, left of the point where the right has no room).
  const focus = new Set<string>(view.kind === "places" ? view.ids : []);
  for (const id of active) for (const p of model.eventById.get(id)?.places ?? []) focus.add(p);
  const candidates = labelCandidates(model, focus).filter((c) => c.anchor !== "middle"); // no area names
  const placed = placeLabels(candidates, projection, camera, mapSize);
  const labels = candidates
    .filter((c) => placed.shown.includes(c.id))
    .map((c) => {
      const [x, y] = screenPoint(camera, ...xy(c.lon, c.lat));
      const left = placed.left.includes(c.id);
      return `<text x="${(x + (left ? -LABEL_DX : LABEL_DX)).toFixed(1)}" y="${(y + LABEL_DY).toFixed(1)}" text-anchor="${left ? "end" : "start"}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="${LABEL_FONT_PX}" fill="#1b1f24" stroke="#fbfaf7" stroke-width="5" stroke-linejoin="round" paint-order="stroke">${esc(c.name)}</text>`;
    });
  const lines = wrap(title, 15);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="${width}" height="${height}" fill="#fbfaf7"/>
<svg x="${width - mapSize.width}" y="0" width="${mapSize.width}" height="${mapSize.height}" viewBox="0 0 ${mapSize.width} ${mapSize.height}">
<rect width="${mapSize.width}" height="${mapSize.height}" fill="#dfe9ef"/>
<g transform="translate(${camera.x},${camera.y}) scale(${k})">
${basemap.countries.features.map((f) => `<path d="${path(f)}" fill="${f.properties.name === "Syria" || f.properties.name === "Iraq" ? "#efece4" : "#e2ded4"}" stroke="#6b6459" stroke-width="${(1 / k).toFixed(4)}"/>`).join("\n")}
${basemap.rivers.features.map((f) => `<path d="${path(f)}" fill="none" stroke="#3f7fb5" stroke-width="${(3 / k).toFixed(4)}"/>`).join("\n")}
${places.join("\n")}
${marks.join("\n")}
</g>
${labels.join("\n")}
</svg>
<rect x="0" y="0" width="${width - mapSize.width}" height="${height}" fill="#1b1f24"/>
<text x="48" y="90" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="17" fill="#ff8a80" letter-spacing="1">${esc(model.story.title.toUpperCase())}</text>
${lines.map((l, i) => `<text x="48" y="${170 + i * 58}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="46" font-weight="bold" fill="#ffffff">${esc(l)}</text>`).join("\n")}
<text x="48" y="${height - 48}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="20" fill="#a7b0ba">Map: Natural Earth</text>
</svg>`;
}
