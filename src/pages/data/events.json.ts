import type { APIRoute } from "astro";
import { getModel } from "../../data/store";
import { eventsJson } from "../../lib/exports";

export const GET: APIRoute = async () => new Response(JSON.stringify(eventsJson(await getModel()), null, 2), { headers: { "Content-Type": "application/json" } });
