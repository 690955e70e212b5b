import type { APIRoute, GetStaticPaths } from "astro";
import { chapterKey, getChapterGraphics, getModel, getPublishedChapters, type Chapter } from "../../data/store";
import { svgToPng } from "../../data/raster";
import { socialCardSvg } from "../../lib/map/social";

/** Each chapter's social image in its language (/og/<slug>.png, /og/<lang>-<slug>.png), drawn from the map at build time. */
export const getStaticPaths: GetStaticPaths = async () => (await getPublishedChapters()).map((chapter) => ({ params: { card: chapterKey(chapter).replace("/", "-") }, props: { chapter } }));

export const GET: APIRoute = async ({ props }) => {
  const { chapter } = props as { chapter: Chapter };
  const { figures } = await getChapterGraphics(chapter);
  const svg = socialCardSvg(await getModel(chapter.lang), chapter.data.title, figures.map, figures.steps[0]!);
  return new Response(await svgToPng(svg), { headers: { "Content-Type": "image/png" } });
};
