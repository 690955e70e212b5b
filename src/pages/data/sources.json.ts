import type { APIRoute } from "astro";
import { getModel } from "../../data/store";

export const GET: APIRoute = async () => new Response(JSON.stringify((await getModel()).sources, null, 2), { headers: { "Content-Type": "application/json" } });
