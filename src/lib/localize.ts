/**
 * The story in another language: the same model (ids, times, places, sources shared), with each translatable
 * field in that language where the content gives it, and the list of what it does not give (`npm run check`
 * warns of it; nothing is invented). Quotes keep their English: the Quote component shows our translation marked
 * as ours, the English a click away (quoteWords). Pure.
 */
import type { Quote } from "../schemas";
import type { Lang } from "./i18n";
import type { StoryModel } from "./model";

export interface Untranslated {
  kind: "events" | "places" | "quotes" | "story";
  id: string;
  fields: string[];
}

export function localizeModel(m: StoryModel, lang: Lang): { model: StoryModel; missing: Untranslated[] } {
  if (lang === "en") return { model: m, missing: [] };
  const missing: Untranslated[] = [];
  const lack = (kind: Untranslated["kind"], id: string, fields: string[]) => fields.length && missing.push({ kind, id, fields });
  const events = m.events.map((e) => {
    const t = e.translations?.[lang];
    lack("events", e.id, ["label", "title", "summary"].filter((f) => !t?.[f as "label"]));
    return t ? { ...e, label: t.label, title: t.title, summary: t.summary } : e;
  });
  const places = m.places.map((p) => {
    const name = p.names?.[lang];
    if (!name) lack("places", p.id, ["name"]);
    return name ? { ...p, name } : p;
  });
  for (const q of m.quotes) if (!q.translations?.[lang]) lack("quotes", q.id, ["text", "speaker"]);
  const st = m.story.translations?.[lang];
  if (!st) lack("story", "story", ["title", "dek", "byline", "figures"]);
  else if ((st.corrections?.length ?? 0) !== m.story.corrections.length) lack("story", "story", ["corrections"]);
  const story = st
    ? {
        ...m.story,
        title: st.title,
        dek: st.dek,
        byline: st.byline,
        figures: { ...m.story.figures, map: st.figures.map, timeline: st.figures.timeline },
        corrections: m.story.corrections.map((c, i) => ({ ...c, text: st.corrections?.[i] ?? c.text })),
      }
    : m.story;
  const index = <T extends { id: string }>(items: T[]) => new Map(items.map((i) => [i.id, i]));
  const model: StoryModel = { ...m, lang, events, places, story, eventById: index(events), placeById: index(places) };
  return { model, missing };
}

/** A quote's words in a language: the speaker's as we have them (English), or our translation of them, marked. */
export function quoteWords(q: Quote, lang: Lang): { text: string; speaker: string; role: string | undefined; ourTranslation: boolean } {
  const t = lang === "en" ? undefined : q.translations?.[lang];
  return t ? { text: t.text, speaker: t.speaker, role: t.role, ourTranslation: true } : { text: q.text, speaker: q.speaker, role: q.role, ourTranslation: false };
}
