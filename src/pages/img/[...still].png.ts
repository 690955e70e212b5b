import type { APIRoute, GetStaticPaths } from "astro";
import { drawStill, getStills, type Still } from "../../data/store";
import { svgToPng } from "../../data/raster";
import { STILL_PNG_WIDTH } from "../../lib/stills";

/**
 * Each step's still as a 1200 px PNG (the wide layout), in each edition: /img/[<lang>/]<slug>/<step>.png, for
 * platforms that take only images (newsletters, Apple News, CMS previews).
 */
export const getStaticPaths: GetStaticPaths = async () => (await getStills()).filter((s) => s.layout === "wide" && s.scheme === "light").map((still) => ({ params: { still: still.path }, props: { still } }));

export const GET: APIRoute = async ({ props }) => new Response(await svgToPng(await drawStill((props as { still: Still }).still), STILL_PNG_WIDTH), { headers: { "Content-Type": "image/png" } });
