import type { APIRoute } from "astro";
import { getModel } from "../../data/store";
import { placesGeoJson } from "../../lib/exports";

export const GET: APIRoute = async () => new Response(JSON.stringify(placesGeoJson(await getModel()), null, 2), { headers: { "Content-Type": "application/geo+json" } });
