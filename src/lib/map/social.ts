import type { StepFigures } from "../figures";
import { DIR } from "../i18n";
import type { StoryModel } from "../model";
import { PALETTE } from "../palette";
import { STRINGS } from "../strings";
import type { MapDrawing } from "./drawing";
import { standaloneMap, svgText } from "./standalone";

/** Size of the social (Open Graph) image. */
export const SOCIAL_SIZE = { width: 1200, height: 630 };
const MAP_WIDTH = 700;
const MARGIN = 48;

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
 * A standalone SVG (inline colours, no classes, no external resources) for a chapter's social image: the map at
 * the chapter's first step, with its callouts and names placed as on a phone's screen (the card's map is about as
 * square), and the chapter's title. In a right-to-left language the card is mirrored: the title's panel on the
 * right, its lines set from the right edge. Pure; rasterised at build time.
 */
export function socialCardSvg(model: StoryModel, title: string, drawing: MapDrawing, step: StepFigures): string {
  const { width, height } = SOCIAL_SIZE;
  const c = PALETTE.light;
  const rtl = DIR[model.lang] === "rtl";
  const panel = width - MAP_WIDTH;
  const [panelX, mapX] = rtl ? [MAP_WIDTH, 0] : [0, panel];
  const map = standaloneMap(drawing, step, "narrow", c, model.lang).replace("<svg ", `<svg x="${mapX}" y="0" width="${MAP_WIDTH}" height="${height}" `);
  // Arabic letters join, so no letter-spacing and no capitals there; its glyphs are wider, so fewer per line.
  const lines = wrap(title, rtl ? 18 : 15);
  const x = rtl ? width - MARGIN : MARGIN;
  const text = (y: number, size: number, fill: string, body: string, extra = "") =>
    svgText(`x="${x}" y="${y}"${rtl ? ` text-anchor="end"` : ""} font-size="${size}" fill="${fill}"${extra}`, body, model.lang);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="${width}" height="${height}" fill="${c.bg}"/>
${map}
<rect x="${panelX}" y="0" width="${panel}" height="${height}" fill="${c.fg}"/>
${rtl ? text(90, 22, "#ff8a80", model.story.title) : text(90, 17, "#ff8a80", model.story.title.toUpperCase(), ` letter-spacing="1"`)}
${lines.map((l, i) => text(170 + i * 58, 46, "#ffffff", l, ` font-weight="bold"`)).join("\n")}
${text(height - MARGIN, 20, "#a7b0ba", STRINGS[model.lang].imageCredit.replace(/^./, (ch) => ch.toUpperCase()))}
</svg>`;
}
