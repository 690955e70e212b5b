import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { renderAsync } from "@resvg/resvg-js";
import { woffToSfnt } from "../lib/woff";

/*
 * Build-time PNGs (social cards, stills) from our standalone SVGs. Latin text uses the system's fonts (DejaVu on
 * these machines); Arabic text uses Noto Sans Arabic from the npm registry (@fontsource, shipped as WOFF and
 * unpacked here once per build into node_modules/.cache, because resvg reads only OpenType). Pages never load it.
 */
let fontFiles: string[] | undefined;
function arabicFontFiles(): string[] {
  if (fontFiles) return fontFiles;
  const require = createRequire(import.meta.url);
  const dir = join(process.cwd(), "node_modules", ".cache", "story-fonts");
  mkdirSync(dir, { recursive: true });
  fontFiles = [400, 700].map((weight) => {
    const woff = require.resolve(`@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-${weight}-normal.woff`);
    const file = join(dir, `noto-sans-arabic-${weight}.ttf`);
    writeFileSync(file, woffToSfnt(readFileSync(woff)));
    return file;
  });
  return fontFiles;
}

/** An SVG as a PNG, `width` pixels across (or at its own size). Rasterised off the main thread (libuv's pool). */
export async function svgToPng(svg: string, width?: number): Promise<Uint8Array<ArrayBuffer>> {
  const rendered = await renderAsync(svg, {
    font: { loadSystemFonts: true, fontFiles: arabicFontFiles() },
    ...(width ? { fitTo: { mode: "width" as const, value: width } } : {}),
  });
  return new Uint8Array(rendered.asPng());
}
