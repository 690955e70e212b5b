/**
 * A step's map as one standalone SVG group: inline colours from the palette, no classes, no script, no external
 * resource, so it can be rasterised at build time (social cards, stills) with the same drawing and the same
 * placement as the live figure. Pure.
 */
import type { StepFigures } from "../figures";
import type { Palette } from "../palette";
import { geoPath } from "d3-geo";
import { MAP_SIZE, pinTransform, screenPoint, type Camera } from "./camera";
import { basemap } from "./basemap";
import { createProjection } from "./geometry";
import { countrySpacing, STATUS_SYMBOL } from "./annotate";
import { DIR, type Lang } from "../i18n";
import type { MapDrawing } from "./drawing";
import { MAP_LAYOUTS, type LayoutName } from "./frame";
import { MARK_PATHS, MARK_SCALE } from "./marks";

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const LATIN_FONTS = "DejaVu Sans, Liberation Sans, Arial, sans-serif";
/** What the Arabic subset of Noto Sans Arabic draws (@fontsource's unicode.json, "arabic", its BMP part), and the space. */
export const NOTO_ARABIC_TEXT =
  /^[ \u0600-\u06FF\u0750-\u077F\u0870-\u088E\u0890-\u0891\u0897-\u08E1\u08E3-\u08FF\u200C-\u200E\u2010-\u2011\u204F\u2E41\uFB50-\uFDFF\uFE70-\uFE74\uFE76-\uFEFC]*$/;
/**
 * The font stack of one text of a standalone figure. Arabic text is set in Noto Sans Arabic (from the npm registry;
 * the build rasterises with it, src/data/raster.ts) where that font has every character of it; a text that mixes
 * in Latin letters, digits or symbols keeps the system's sans (DejaVu draws Arabic too), because resvg cannot
 * fall back from one font to another within a text. A browser showing the SVG uses its own fonts where it lacks these.
 */
export const fontFamily = (text: string): string =>
  /[\u0600-\u06FF]/.test(text) && NOTO_ARABIC_TEXT.test(text)
    ? `Noto Sans Arabic, ${LATIN_FONTS}`
    : LATIN_FONTS;

/**
 * A text as a standalone figure writes it: escaped, and in a right-to-left language wrapped in a right-to-left
 * embedding (U+202B … U+202C), because resvg lays every text out left to right whatever its `direction`.
 */
const textIn = (body: string, lang: Lang): string => (DIR[lang] === "rtl" ? `\u202B${esc(body)}\u202C` : esc(body));

/** One text of a standalone figure: `attrs` (position, size, fill…), then its font stack and its words, both from `body`. */
export const svgText = (attrs: string, body: string, lang: Lang): string => `<text ${attrs} font-family="${fontFamily(body)}">${textIn(body, lang)}</text>`;

/** A path generator that draws in the frame's units under `camera`, clipped to a little beyond the frame. */
function cameraPath(camera: Camera) {
  // A fresh projection: d3's setters change the projection they are called on.
  const cam = createProjection(MAP_SIZE);
  const [tx, ty] = cam.translate();
  cam
    .scale(cam.scale() * camera.k)
    .translate([tx * camera.k + camera.x, ty * camera.k + camera.y])
    .clipExtent([
      [-20, -20],
      [MAP_SIZE.width + 20, MAP_SIZE.height + 20],
    ]);
  return geoPath(cam).digits(1);
}

/** The map of one step, drawn into the frame (MAP_SIZE), with the notes of `layout`. */
export function standaloneMap(
  drawing: MapDrawing,
  step: StepFigures,
  layout: LayoutName,
  c: Palette,
  lang: Lang = "en",
): string {
  const { camera, events, places } = step.state;
  const k = camera.k;
  const active = new Set(events);
  const activePlaces = new Set(places);
  const note = step.map[layout];
  const f = MAP_LAYOUTS[layout].font;
  // The layers drawn straight in screen units for this camera, clipped to the frame (no transform with a large
  // scale: resvg cannot bound some paths under one).
  const path = cameraPath(camera);
  const layers = [
    ...basemap.countries.features.map(
      (f) =>
        `<path d="${path(f) ?? ""}" fill="${f.properties.name === "Syria" || f.properties.name === "Iraq" ? c.land : c.landOther}" stroke="${c.border}" stroke-width="1"/>`,
    ),
    ...basemap.governorates.features.map(
      (f) =>
        `<path d="${path(f) ?? ""}" fill="none" stroke="${c.border}" stroke-width="0.8" stroke-dasharray="4 3" opacity="0.7"/>`,
    ),
    ...basemap.rivers.features.map(
      (f) => `<path d="${path(f) ?? ""}" fill="none" stroke="${c.river}" stroke-width="2.5"/>`,
    ),
    ...drawing.areas.filter((a) => places.includes(a.id)).map((a) => {
      const [x, y] = screenPoint(camera, a.at[0], a.at[1]);
      return `<circle cx="${x}" cy="${y}" r="${(a.r * k).toFixed(1)}" fill="${c.mark}" fill-opacity="0.12" stroke="${c.mark}" stroke-width="1.5" stroke-dasharray="5 4"/>`;
    }),
  ].filter((p) => !p.includes('d=""'));
  // Only what falls in or near the frame (resvg fails to bound elements far outside a clipped viewport).
  const near = (at: [number, number]) => {
    const [x, y] = screenPoint(camera, at[0], at[1]);
    return x > -60 && x < MAP_SIZE.width + 60 && y > -60 && y < MAP_SIZE.height + 60;
  };
  const dots = drawing.places
    .filter((p) => near(p.at) && (activePlaces.has(p.id) || note.named.includes(p.id)))
    .map(
      (p) =>
        `<g transform="${pinTransform(camera, p.at[0], p.at[1])}"><circle r="${activePlaces.has(p.id) ? 7 : 5}" fill="${c.fg}" stroke="${c.bg}" stroke-width="1.5"/></g>`,
    );
  const marks = drawing.marks
    .filter((m) => near(m.at))
    .map((m) => {
      const on = active.has(m.event);
      const hollow = m.status !== "confirmed";
      const dash = m.status === "disputed" ? ` stroke-dasharray="3 2"` : "";
      return `<g transform="${pinTransform(camera, m.at[0], m.at[1])}" opacity="${on ? 1 : 0.45}"><path transform="translate(${m.dx},${m.dy}) scale(${MARK_SCALE})" d="${MARK_PATHS[m.kind]}" fill="${hollow ? c.card : c.mark}" stroke="${c.mark}" stroke-width="${on ? 2.5 : 1.5}"${dash}/></g>`;
    });
  const text = (x: number, y: number, size: number, body: string, extra = "") =>
    svgText(`x="${x}" y="${y}" font-size="${size}" fill="${c.fg}" stroke="${c.bg}" stroke-width="${(size / 4).toFixed(1)}" stroke-linejoin="round" paint-order="stroke"${extra}`, body, lang);
  const names = note.texts.map((t) => {
    const size = t.kind === "country" ? f.country : f.label;
    const latin = lang === "en";
    const extra = ` text-anchor="${t.anchor}"${t.kind === "country" ? ` letter-spacing="${(size * countrySpacing(lang)).toFixed(1)}" fill-opacity="0.7"` : ""}${t.kind === "area" && latin ? ` font-style="italic"` : ""}${t.active ? ` font-weight="bold"` : ""}`;
    return text(t.x, t.y, size, t.text, extra);
  });
  const callouts = note.callouts.map((co) => {
    const b = co.box;
    const lines = co.lines.flatMap((l) => {
      const status = `${STATUS_SYMBOL[l.meta.status]} ${l.meta.statusText}`;
      const oneLine = `${l.meta.said}${l.meta.time} · ${status}`;
      return [
        svgText(`x="${l.label.x}" y="${l.label.y}" text-anchor="${l.anchor}" font-size="${f.callout}" font-weight="bold" fill="${c.fg}"`, l.label.text, lang),
        ...(l.meta.statusY === undefined
          ? [
              svgText(`x="${l.meta.x}" y="${l.meta.y}" text-anchor="${l.anchor}" font-size="${f.meta}" fill="${c.muted}"`, oneLine, lang),
            ]
          : [
              svgText(`x="${l.meta.x}" y="${l.meta.y}" text-anchor="${l.anchor}" font-size="${f.meta}" fill="${c.muted}"`, l.meta.said + l.meta.time, lang),
              svgText(`x="${l.meta.x}" y="${l.meta.statusY}" text-anchor="${l.anchor}" font-size="${f.meta}" fill="${c.muted}"`, status, lang),
            ]),
      ];
    });
    return [
      // resvg cannot bound a perfectly vertical or horizontal line: nudge it by a hundredth of a unit.
      ...co.leaders.map(
        (ld) =>
          `<line x1="${ld[0]}" y1="${ld[1]}" x2="${ld[2] + (ld[0] === ld[2] ? 0.01 : 0)}" y2="${ld[3] + (ld[1] === ld[3] ? 0.01 : 0)}" stroke="${c.fg}" stroke-width="1.5"/>`,
      ),
      `<rect x="${b.x0}" y="${b.y0}" width="${(b.x1 - b.x0).toFixed(1)}" height="${(b.y1 - b.y0).toFixed(1)}" rx="4" fill="${c.card}" stroke="${c.fg}" stroke-width="1.5"/>`,
      ...lines,
    ].join("");
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_SIZE.width} ${MAP_SIZE.height}" preserveAspectRatio="xMidYMid slice">
<rect width="${MAP_SIZE.width}" height="${MAP_SIZE.height}" fill="${c.sea}"/>
${layers.join("")}
${dots.join("")}${marks.join("")}
${names.join("")}${callouts.join("")}
</svg>`;
}
