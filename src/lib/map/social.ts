import type { StepFigures } from "../figures";
import type { StoryModel } from "../model";
import { PALETTE } from "../palette";
import type { MapDrawing } from "./drawing";
import { esc, FONT, standaloneMap } from "./standalone";

/** Size of the social (Open Graph) image. */
export const SOCIAL_SIZE = { width: 1200, height: 630 };
const MAP_WIDTH = 700;

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
 * square), and the chapter's title. Pure; rasterised at build time.
 */
export function socialCardSvg(model: StoryModel, title: string, drawing: MapDrawing, step: StepFigures): string {
  const { width, height } = SOCIAL_SIZE;
  const c = PALETTE.light;
  const map = standaloneMap(drawing, step, "narrow", c).replace("<svg ", `<svg x="${width - MAP_WIDTH}" y="0" width="${MAP_WIDTH}" height="${height}" `);
  const lines = wrap(title, 15);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="${width}" height="${height}" fill="${c.bg}"/>
${map}
<rect x="0" y="0" width="${width - MAP_WIDTH}" height="${height}" fill="${c.fg}"/>
<text x="48" y="90" font-family="${FONT}" font-size="17" fill="#ff8a80" letter-spacing="1">${esc(model.story.title.toUpperCase())}</text>
${lines.map((l, i) => `<text x="48" y="${170 + i * 58}" font-family="${FONT}" font-size="46" font-weight="bold" fill="#ffffff">${esc(l)}</text>`).join("\n")}
<text x="48" y="${height - 48}" font-family="${FONT}" font-size="20" fill="#a7b0ba">Map: Natural Earth</text>
</svg>`;
}
