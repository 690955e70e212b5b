import type { APIRoute, GetStaticPaths } from "astro";
import { getStepParams, getStepStill } from "../../../../data/store";

/** Each step's still for a phone (the middle of the map, the narrow timeline), shown without JavaScript there. */
export const getStaticPaths: GetStaticPaths = getStepParams;

export const GET: APIRoute = async ({ params }) => new Response(await getStepStill(params["slug"]!, params["step"]!, "narrow"), { headers: { "Content-Type": "image/svg+xml" } });
