import type { Quote } from "../schemas";
import { getEvent, sourceChain, type StoryModel } from "./model";
import { formatDate, formatInZone, zonePlace } from "./time";
import { COMMA } from "./i18n";

/** Everything a quote's caption says about when and where its words appeared. Pure. */
export interface QuoteAttribution {
  /** When the words were said, in the speaker's zone: "27 June 2021 (Washington)", "19:44, 28 June 2021, Syria time (UTC+3)". */
  said: { text: string; datetime: string } | null;
  /** The publication we read them in, named apart when its date differs from when they were said (or nothing says when). */
  published: { outlet: string; url: string; text: string; datetime: string } | null;
  /** Outlets the words reached us through, after the first: [Fars, The Jerusalem Post]. */
  via: { outlet: string; url: string }[];
  /** "confirmed" when our source carries the speaker's own words; "reported" when we have them only through another outlet. */
  saidStatus: "confirmed" | "reported";
  /** The zone `said` is shown in. */
  zone: string;
}

/** A source's publication date as written (a date, or the date part of a date-time in its own offset). */
const publishedDate = (published: string) => published.slice(0, 10);

export function quoteAttribution(model: StoryModel, quote: Quote): QuoteAttribution {
  const lang = model.lang;
  const [source, ...via] = sourceChain(model, quote.source);
  const zone = quote.zone ?? (quote.event ? getEvent(model, quote.event).zone : "UTC");
  let said: QuoteAttribution["said"] = null;
  let saidDate: string | null = null;
  if (quote.said && quote.said.length === 10) {
    said = { text: `${formatDate(quote.said, lang)} (${zonePlace(zone, lang)})`, datetime: quote.said };
    saidDate = quote.said;
  } else if (quote.said) {
    const t = formatInZone(quote.said, zone, lang);
    const comma = COMMA[lang];
    said = { text: `${t.clock}${comma} ${t.date}${comma} ${t.zone}`, datetime: t.iso };
    saidDate = t.iso.slice(0, 10);
  }
  const first = source!;
  const pubDate = first.published ? publishedDate(first.published) : null;
  const published = pubDate === null || saidDate === pubDate ? null : { outlet: first.outlet, url: first.url, text: formatDate(pubDate, lang), datetime: first.published! };
  return { said, published, via: via.map((v) => ({ outlet: v.outlet, url: v.url })), saidStatus: via.length ? "reported" : "confirmed", zone };
}
