import type { APIRoute } from "astro";
import { bundleScript } from "../data/bundle";

/** /embed-scheme.js: an embed's colour scheme from its URL's `?dark=` (src/embed/scheme.ts). */
export const GET: APIRoute = () => bundleScript("src/embed/scheme.ts", "/*! embed-scheme.js: ?dark=true|false|auto */");
