import type { APIRoute, GetStaticPaths } from "astro";
import { drawStill, getStills, type Still } from "../../data/store";

/**
 * Each step's still as SVG, in each edition and layout: /img/[<lang>/]<slug>/[narrow/]<step>.svg, and the narrow
 * one in dark too (<step>.dark.svg). What a reader without JavaScript, and print, see beside the step's text.
 */
export const getStaticPaths: GetStaticPaths = async () => (await getStills()).map((still) => ({ params: { still: still.path }, props: { still } }));

export const GET: APIRoute = async ({ props }) => new Response(await drawStill((props as { still: Still }).still), { headers: { "Content-Type": "image/svg+xml" } });
