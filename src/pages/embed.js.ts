import type { APIRoute } from "astro";
import { bundleScript } from "../data/bundle";

/**
 * /embed.js, the host script newsrooms load (src/embed/host.ts), bundled with the message parser it shares with
 * the story (src/client/host-messages.ts).
 */
export const GET: APIRoute = () =>
  bundleScript("src/embed/host.ts", "/*! embed.js: sizes story iframes marked data-story-embed and sends them your page's scroll (pym.js v1 protocol). No dependencies, no cookies. */");
