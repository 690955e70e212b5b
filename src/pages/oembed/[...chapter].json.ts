import type { APIRoute, GetStaticPaths } from "astro";
import { chapterKey, chapterUrls, getModel, getPublishedChapters, type Chapter } from "../../data/store";

/**
 * oEmbed (type "rich") for each chapter in its language (/oembed/<slug>.json, /oembed/<lang>/<slug>.json),
 * discovered through the <link rel="alternate"> on the chapter page.
 */
export const getStaticPaths: GetStaticPaths = async () => (await getPublishedChapters()).map((chapter) => ({ params: { chapter: chapterKey(chapter) }, props: { chapter } }));

export const GET: APIRoute = async ({ props, site }) => {
  const { chapter } = props as { chapter: Chapter };
  const model = await getModel(chapter.lang);
  const base = import.meta.env.BASE_URL;
  const src = new URL(chapterUrls(chapter).embed, site).href;
  const title = `${chapter.data.title} — ${model.story.title}`;
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
