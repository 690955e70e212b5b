/**
 * A step's graphic as a still picture: its map (camera, callouts, names) above its timeline (window, labels,
 * bracket), drawn from the same drawings and placements as the live figures, in inline colours. Shown to readers
 * without JavaScript, in print, on the static rendition, and as PNGs for platforms that take only images. Pure.
 */
import type { ChapterFigures, StepFigures } from "./figures";
import { MAP_SIZE } from "./map/camera";
import { MAP_LAYOUTS, type LayoutName } from "./map/frame";
import { standaloneMap, svgText } from "./map/standalone";
import type { StoryModel } from "./model";
import { PALETTE, type Palette } from "./palette";
import { DIR } from "./i18n";
import { STRINGS } from "./strings";
import { standaloneTimeline } from "./timeline/standalone";

/** Width of a still in its own units: the map's frame (wide), or a phone's panel (narrow, the timeline's width). */
export const STILL_PNG_WIDTH = 1200;

/** The part of the map's frame a layout shows across (the narrow one, a phone's, is its middle). */
const mapColumns = (layout: LayoutName) => (layout === "wide" ? { x0: 0, width: MAP_SIZE.width } : { x0: MAP_LAYOUTS.narrow.visible.x0, width: MAP_LAYOUTS.narrow.visible.x1 - MAP_LAYOUTS.narrow.visible.x0 });

function geometry(figures: ChapterFigures, layout: LayoutName) {
  const t = figures.timeline[layout];
  const width = layout === "wide" ? MAP_SIZE.width : t.spec.width;
  const cols = mapColumns(layout);
  const mapHeight = (MAP_SIZE.height * width) / cols.width;
  const k = width / t.spec.width;
  return { width, cols, mapHeight, k, t, height: Math.ceil(mapHeight + 12 + t.height * k + 30) };
}

export function stillSize(figures: ChapterFigures, layout: LayoutName = "wide"): { width: number; height: number } {
  const g = geometry(figures, layout);
  return { width: g.width, height: g.height };
}

/**
 * One step's still, for a layout: wide (the laptop's figures, 1000 units across; print and the PNG) or narrow (a
 * phone's: the middle of the map and the narrow timeline, with their own placements, so text stays legible).
 */
export function stillSvg(model: StoryModel, figures: ChapterFigures, step: StepFigures, layout: LayoutName = "wide", c: Palette = PALETTE.light): string {
  const { width, height, cols, mapHeight, k, t } = geometry(figures, layout);
  const map = standaloneMap(figures.map, step, layout, c, model.lang).replace(/<svg [^>]*>/, `<svg xmlns="http://www.w3.org/2000/svg" x="0" y="0" width="${width}" height="${mapHeight.toFixed(1)}" viewBox="${cols.x0} 0 ${cols.width} ${MAP_SIZE.height}">`);
  const rtl = DIR[model.lang] === "rtl";
  const credit = `${model.story.title} · ${STRINGS[model.lang].imageCredit}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="${width}" height="${height}" fill="${c.bg}"/>
${map}
<g transform="translate(0,${(mapHeight + 12).toFixed(1)}) scale(${k.toFixed(4)})">${standaloneTimeline(model, t, step, layout, c)}</g>
${svgText(`x="${rtl ? width - 8 : 8}" y="${height - 10}"${rtl ? ` text-anchor="end"` : ""} font-size="${layout === "wide" ? 13 : 12}" fill="${c.muted}"`, credit, model.lang)}
</svg>`;
}
