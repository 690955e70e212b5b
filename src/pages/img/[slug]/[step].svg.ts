import type { APIRoute, GetStaticPaths } from "astro";
import { getStepParams, getStepStill } from "../../../data/store";

/** Each step's still as SVG (light): what a reader without JavaScript, and print, see beside the step's text. */
export const getStaticPaths: GetStaticPaths = getStepParams;

export const GET: APIRoute = async ({ params }) => new Response(await getStepStill(params["slug"]!, params["step"]!), { headers: { "Content-Type": "image/svg+xml" } });
