import type { APIRoute } from "astro";
import { getModel } from "../../data/store";
import { eventsCsv } from "../../lib/exports";

export const GET: APIRoute = async () => new Response(eventsCsv(await getModel()), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
