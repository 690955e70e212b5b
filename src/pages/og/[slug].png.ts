import { renderAsync } from "@resvg/resvg-js";
import type { APIRoute, GetStaticPaths } from "astro";
import { getChapterGraphics, getChapters, getModel } from "../../data/store";
import { socialCardSvg } from "../../lib/map/social";

/** Each chapter's social image, drawn from the map at build time (no external service). */
export const getStaticPaths: GetStaticPaths = async () => (await getChapters()).map((c) => ({ params: { slug: c.slug } }));

export const GET: APIRoute = async ({ params }) => {
  const chapter = (await getChapters()).find((c) => c.slug === params["slug"])!;
  const { figures } = await getChapterGraphics(chapter);
  const svg = socialCardSvg(await getModel(), chapter.entry.data.title, figures.map, figures.steps[0]!);
  // Rasterised off the main thread (libuv's pool), so other pages render meanwhile (build.concurrency).
  const png = (await renderAsync(svg, { font: { loadSystemFonts: true } })).asPng();
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
