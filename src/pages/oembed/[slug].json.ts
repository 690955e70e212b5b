import type { APIRoute, GetStaticPaths } from "astro";
import { getChapters, getModel } from "../../data/store";

/** oEmbed (type "rich") for each chapter, discovered through the <link rel="alternate"> on the chapter page. */
export const getStaticPaths: GetStaticPaths = async () => (await getChapters()).map((c) => ({ params: { slug: c.slug } }));

export const GET: APIRoute = async ({ params, site }) => {
  const chapter = (await getChapters()).find((c) => c.slug === params["slug"])!;
  const model = await getModel();
  const base = import.meta.env.BASE_URL;
  const src = new URL(`${base}embed/${chapter.slug}/`, site).href;
  const title = `${chapter.entry.data.title} — ${model.story.title}`;
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const body = {
    version: "1.0",
    type: "rich",
    title,
    author_name: model.story.byline,
    provider_name: model.story.title,
    provider_url: new URL(base, site).href,
    width: 800,
    height: 720,
    html: `<iframe data-story-embed src="${escape(src)}" title="${escape(title)}" style="width:100%;border:0" height="720" loading="lazy"></iframe><script src="${escape(new URL(`${base}embed.js`, site).href)}" defer></script>`,
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { "Content-Type": "application/json+oembed" } });
};
