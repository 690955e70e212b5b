import { renderAsync } from "@resvg/resvg-js";
import type { APIRoute, GetStaticPaths } from "astro";
import { getStepParams, getStepStill } from "../../../data/store";
import { STILL_PNG_WIDTH } from "../../../lib/stills";

/** Each step's still as a 1200 px PNG, for platforms that take only images (newsletters, Apple News, CMS previews). */
export const getStaticPaths: GetStaticPaths = getStepParams;

export const GET: APIRoute = async ({ params }) => {
  const svg = await getStepStill(params["slug"]!, params["step"]!);
  // Rasterised off the main thread (libuv's pool), so other pages render meanwhile (build.concurrency).
  const png = (await renderAsync(svg, { font: { loadSystemFonts: true }, fitTo: { mode: "width", value: STILL_PNG_WIDTH } })).asPng();
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
