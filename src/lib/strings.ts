/**
 * The words of the interface (not of the story, which is content) in each language: controls, legends, figure
 * furniture, attributions. One object per language with the same keys, so a missing word is a type error.
 */
import type { Lang } from "./i18n";
import { formatKm, formatNumber } from "./i18n";
import type { EventKind, Status } from "../schemas";
import type { SourceKind } from "../schemas/source";

export interface Strings {
  skip: string;
  siteNav: string;
  sources: string;
  about: string;
  chapters: string;
  allChapters: string;
  chapterOf: (n: number, of: number) => string;
  readingProgress: string;
  previous: string;
  next: string;
  stepOf: (n: number, of: number) => string;
  steps: string;
  languageSwitch: string;
  /** A chapter shown in English in the Arabic edition, until it is translated. */
  untranslated: string;
  status: Record<Status, string>;
  statusLong: Record<Status, string>;
  whatItClaims: string;
  whatItClaimsIs: (status: string) => string;
  said: string;
  published: string;
  dateUnknown: string;
  in: string;
  asQuotedBy: string;
  whichPublishedThem: string;
  originallyIn: (language: string, translator: string) => string;
  saidConfirmed: string;
  saidAsReportedBy: (outlet: string) => string;
  sourceDetails: string;
  ourTranslation: string;
  englishOriginal: string;
  mapAtStep: string;
  stillAlt: string;
  keyToMap: string;
  mapLegend: string;
  legendConfirmed: string;
  legendClaimed: string;
  legendDisputed: string;
  legendArea: string;
  legendControl: (sources: string) => string;
  showTimesIn: string;
  times: string;
  zoneChoice: { local: string; utc: string; washington: string; reader: string };
  timelineDesc: string;
  timelineTable: string;
  timelineTableNote: string;
  eventsInOrder: string;
  timeColumn: string;
  eventColumn: string;
  statusColumn: string;
  sourcesColumn: string;
  approx: string;
  countries: { syria: string; iraq: string };
  kinds: Record<EventKind, string>;
  mapCredits: string;
  /** The front page: its call to start, a chapter's length, the mark of a chapter shown in English. */
  startReading: string;
  stepCount: (n: number) => string;
  inEnglish: string;
  /** The site's footer, around its link to the sources. */
  footer: [string, string, string];
  /** An area's tooltip: a place known only within a radius. */
  withinKm: (name: string, km: number) => string;
  /** The credit on a still or a social card, after the story's name. */
  imageCredit: string;
  lanes: Record<string, string>;
  corrections: string;
  noCorrections: string;
  undated: string;
  knownThrough: (outlets: string[]) => string;
  eventUse: string;
  quoteUse: string;
  sourceKinds: Record<SourceKind, string>;
  language: (code: string) => string;
  staticVersion: string;
  interactiveVersion: string;
  everySource: string;
  /** The credit under an embed: these words, the story and chapter's names (linked), then the byline. */
  creditFrom: string;
  creditAfter: (byline: string) => string;
  updated: string;
  /** The Embed control under a chapter (src/components/EmbedCode.astro). */
  embed: {
    summary: string;
    intro: string;
    schemeGroup: string;
    schemeLabel: string;
    schemes: Record<"false" | "true" | "auto", string>;
    /** The hint, around the two query strings it names. */
    hint: [string, string, string];
    codes: Record<"pym" | "script" | "iframe", string>;
    copy: string;
    copied: string;
    copyFailed: string;
    noIframes: string;
    staticBefore: string;
    staticLink: string;
    staticAfter: (pixels: number) => string;
    still: (n: number, file: string) => string;
  };
}

const en: Strings = {
  skip: "Skip to the story",
  siteNav: "Site",
  sources: "Sources",
  about: "About",
  chapters: "Chapters",
  allChapters: "All chapters",
  chapterOf: (n, of) => `Chapter ${n} of ${of}`,
  readingProgress: "Reading progress",
  previous: "Previous step",
  next: "Next step",
  stepOf: (n, of) => `Step ${n} of ${of}`,
  steps: "Steps",
  languageSwitch: "Language",
  untranslated: "This chapter is not yet translated; it is shown in English.",
  status: { confirmed: "confirmed", claimed: "claimed", disputed: "disputed" },
  statusLong: { confirmed: "confirmed", claimed: "claimed, not verified", disputed: "disputed" },
  whatItClaims: "What it claims",
  whatItClaimsIs: (s) => `What it claims is ${s}`,
  said: "said",
  published: "published",
  dateUnknown: "date not known",
  in: "in",
  asQuotedBy: "as quoted by",
  whichPublishedThem: "which published them on",
  originallyIn: (language, translator) => `Originally in ${language}; English: ${translator}`,
  saidConfirmed: "Said: confirmed",
  saidAsReportedBy: (outlet) => `Said: as reported by ${outlet}`,
  sourceDetails: "Source details",
  ourTranslation: "Our translation",
  englishOriginal: "The English we quote",
  mapAtStep: "Map at this step:",
  stillAlt: "The map and timeline at this step, described below",
  keyToMap: "Key to the map",
  mapLegend: "Map legend",
  legendConfirmed: "Confirmed: solid",
  legendClaimed: "Claimed: hollow",
  legendDisputed: "Disputed: dashed",
  legendArea: "Area where the strikes are placed, approximate",
  legendControl: (sources) => `Italic: approximate control, after ${sources}`,
  showTimesIn: "Show times in",
  times: "Times",
  zoneChoice: { local: "Local", utc: "UTC", washington: "Washington", reader: "Your time" },
  timelineDesc:
    "Each event is a dot, or a bar where only a time window is known, in the lane of the party that acted or spoke. At each step the timeline shows the time around that step's events and names them; a bracket marks the interval from the airstrikes to the rocket attack when a step is about it.",
  timelineTable: "The timeline as a table",
  timelineTableNote: 'Dots are times the sources give; bars are windows where the exact time is not known or sources disagree; a dot with a tail is a "by" time. Solid: confirmed; hollow: claimed; dashed outline: disputed.',
  eventsInOrder: "Events, in time order",
  timeColumn: "Time",
  eventColumn: "Event",
  statusColumn: "Status",
  sourcesColumn: "Sources",
  approx: "approx.",
  countries: { syria: "SYRIA", iraq: "IRAQ" },
  kinds: { strike: "Airstrike", attack: "Rocket attack", "counter-fire": "Counter-fire", statement: "Statement", claim: "Claim", report: "Report", other: "Other" },
  startReading: "Start reading",
  stepCount: (n) => `${n} ${new Intl.PluralRules("en").select(n) === "one" ? "step" : "steps"}`,
  inEnglish: "in English",
  footer: ["Built from public reporting; every event and quotation links to its ", "sources", "."],
  imageCredit: "map: Natural Earth",
  withinKm: (name, km) => `${name}: within about ${formatKm(km, "en")}`,
  mapCredits: "Borders, rivers and governorates: Natural Earth (public domain). Place coordinates: GeoNames (CC BY 4.0), Wikipedia.",
  lanes: {},
  corrections: "Corrections",
  noCorrections: "No corrections so far.",
  undated: "undated",
  knownThrough: (outlets) => `known through ${outlets.join(", then ")}`,
  eventUse: "Event",
  quoteUse: "Quote",
  sourceKinds: { official: "official", wire: "wire", news: "news", analysis: "analysis", "state-media": "state-media", osint: "osint", social: "social" },
  language: (code) => (code === "und" ? "an undetermined language" : (new Intl.DisplayNames(["en"], { type: "language", fallback: "code" }).of(code) ?? code)),
  staticVersion: "static version",
  interactiveVersion: "The interactive version",
  everySource: "Every source of the story, with what rests on each:",
  creditFrom: "From",
  creditAfter: (byline) => ` · ${byline} · Sources and method on the full story`,
  updated: "updated",
  embed: {
    summary: "Embed this chapter",
    intro: "Put this chapter in your own article. Each way works on any site; the first two size the frame to the story and make it follow your page's scroll.",
    schemeGroup: "Colour scheme of the embed",
    schemeLabel: "Colours:",
    schemes: { false: "Light (for light pages)", true: "Dark (for dark pages)", auto: "The reader's choice" },
    hint: ["The embed is light unless its address ends in ", " (dark) or ", " (the reader's setting); the codes below follow your choice."],
    codes: { pym: "With pym.js (already on many newsroom CMSs)", script: "With our host script (no other dependency)", iframe: "Plain iframe (no script on your page: fixed height, scrolls inside)" },
    copy: "Copy code",
    copied: "Copied",
    copyFailed: "Select and copy the code above",
    noIframes: "No iframes on your platform (newsletters, Apple News, some CMS previews)?",
    staticBefore: "Link to ",
    staticLink: "the chapter as a static page",
    staticAfter: (px) => ` (text, one picture per step, sources; no script), or use its pictures, ${px} px wide:`,
    still: (n, file) => `Step ${n} (${file})`,
  },
};

const ar: Strings = {
  skip: "انتقل إلى القصة",
  siteNav: "الموقع",
  sources: "المصادر",
  about: "عن هذه القصة",
  chapters: "الفصول",
  allChapters: "كل الفصول",
  chapterOf: (n, of) => `الفصل ${formatNumber(n, "ar")} من ${formatNumber(of, "ar")}`,
  readingProgress: "تقدّم القراءة",
  previous: "الخطوة السابقة",
  next: "الخطوة التالية",
  stepOf: (n, of) => `الخطوة ${formatNumber(n, "ar")} من ${formatNumber(of, "ar")}`,
  steps: "الخطوات",
  languageSwitch: "اللغة",
  untranslated: "لم يُترجَم هذا الفصل بعد؛ يُعرض بالإنجليزية.",
  status: { confirmed: "مؤكد", claimed: "مُدَّعى", disputed: "متنازَع عليه" },
  statusLong: { confirmed: "مؤكد", claimed: "مُدَّعى، لم يُتحقَّق منه", disputed: "متنازَع عليه" },
  whatItClaims: "ما يدّعيه",
  whatItClaimsIs: (s) => `ما يدّعيه: ${s}`,
  said: "قيل في",
  published: "نُشر في",
  dateUnknown: "التاريخ غير معروف",
  in: "في",
  asQuotedBy: "كما نقلته",
  whichPublishedThem: "التي نشرته في",
  originallyIn: (language, translator) => `الأصل باللغة ${language}؛ الترجمة الإنجليزية: ${translator}`,
  saidConfirmed: "القول: مؤكد",
  saidAsReportedBy: (outlet) => `القول: بحسب ما نقلته ${outlet}`,
  sourceDetails: "تفاصيل المصدر",
  ourTranslation: "ترجمتنا",
  englishOriginal: "النص الإنجليزي الذي نقتبسه",
  mapAtStep: "الخريطة في هذه الخطوة:",
  stillAlt: "الخريطة والخط الزمني في هذه الخطوة، موصوفان أدناه",
  keyToMap: "مفتاح الخريطة",
  mapLegend: "مفتاح الخريطة",
  legendConfirmed: "مؤكد: مصمت",
  legendClaimed: "مُدَّعى: مفرَّغ",
  legendDisputed: "متنازَع عليه: متقطّع",
  legendArea: "المنطقة التي تُنسب إليها الضربات، تقريبية",
  legendControl: (sources) => `مائل: سيطرة تقريبية، بحسب ${sources}`,
  showTimesIn: "اعرض الأوقات بتوقيت",
  times: "التوقيت",
  zoneChoice: { local: "المحلي", utc: "غرينتش", washington: "واشنطن", reader: "توقيتك" },
  timelineDesc:
    "كل حدث نقطة، أو شريط حين لا يُعرف إلا إطار زمني، في مسار الطرف الذي فعل أو قال. يُظهر الخط الزمني في كل خطوة الوقت المحيط بأحداثها ويسمّيها؛ ويحدّد قوسٌ المدة بين الغارات الجوية والهجوم الصاروخي حين تتناولها الخطوة. يسير الزمن من اليمين إلى اليسار.",
  timelineTable: "الخط الزمني في جدول",
  timelineTableNote: "النقاط أوقات تذكرها المصادر؛ والأشرطة أطر زمنية حيث لا يُعرف الوقت بدقة أو تختلف المصادر؛ والنقطة ذات الذيل وقتٌ «بحلول». المصمت: مؤكد؛ المفرَّغ: مُدَّعى؛ المحيط المتقطّع: متنازَع عليه.",
  eventsInOrder: "الأحداث بترتيبها الزمني",
  timeColumn: "الوقت",
  eventColumn: "الحدث",
  statusColumn: "الحالة",
  sourcesColumn: "المصادر",
  approx: "تقريبًا",
  countries: { syria: "سوريا", iraq: "العراق" },
  kinds: { strike: "غارة جوية", attack: "هجوم صاروخي", "counter-fire": "نيران مضادة", statement: "بيان", claim: "ادعاء", report: "تقرير", other: "غير ذلك" },
  startReading: "ابدأ القراءة",
  stepCount: (n) =>
    ({ zero: `${formatNumber(n, "ar")} خطوات`, one: "خطوة واحدة", two: "خطوتان", few: `${formatNumber(n, "ar")} خطوات`, many: `${formatNumber(n, "ar")} خطوة`, other: `${formatNumber(n, "ar")} خطوة` })[new Intl.PluralRules("ar").select(n) as "zero" | "one" | "two" | "few" | "many" | "other"],
  inEnglish: "بالإنجليزية",
  footer: ["مبنية على تقارير منشورة؛ كل حدث واقتباس مرتبط ", "بمصادره", "."],
  imageCredit: "الخريطة: Natural Earth",
  withinKm: (name, km) => `${name}: في نطاق نحو ${formatKm(km, "ar")}`,
  mapCredits: "الحدود والأنهار والمحافظات: Natural Earth (ملكية عامة). إحداثيات الأماكن: GeoNames (CC BY 4.0) وويكيبيديا.",
  lanes: {
    "Strikes and fire": "الضربات والنيران",
    US: "الولايات المتحدة",
    "Iraq and the PMU": "العراق والحشد الشعبي",
    "Syrian sources": "مصادر سورية",
    "Iranian media": "إعلام إيراني",
    "Open source and press": "المصادر المفتوحة والصحافة",
  },
  corrections: "التصحيحات",
  noCorrections: "لا تصحيحات حتى الآن.",
  undated: "غير مؤرَّخ",
  knownThrough: (outlets) => `معروف عبر ${outlets.join("، ثم ")}`,
  eventUse: "حدث",
  quoteUse: "اقتباس",
  sourceKinds: { official: "رسمي", wire: "وكالة أنباء", news: "إخباري", analysis: "تحليل", "state-media": "إعلام رسمي", osint: "مصادر مفتوحة", social: "وسائل التواصل" },
  language: (code) => (code === "und" ? "لغة غير محدَّدة" : (new Intl.DisplayNames(["ar"], { type: "language", fallback: "code" }).of(code) ?? code)),
  staticVersion: "نسخة ثابتة",
  interactiveVersion: "النسخة التفاعلية",
  everySource: "كل مصادر القصة، وما يستند إلى كل منها:",
  creditFrom: "من",
  creditAfter: (byline) => ` · ${byline} · المصادر والمنهج في القصة الكاملة`,
  updated: "حُدّث في",
  embed: {
    summary: "تضمين هذا الفصل",
    intro: "ضع هذا الفصل في مقالك. كل طريقة تعمل على أي موقع؛ الطريقتان الأوليان تضبطان ارتفاع الإطار على القصة وتجعلانها تتبع تمرير صفحتك.",
    schemeGroup: "ألوان النسخة المضمَّنة",
    schemeLabel: "الألوان:",
    schemes: { false: "فاتحة (للصفحات الفاتحة)", true: "داكنة (للصفحات الداكنة)", auto: "حسب إعداد القارئ" },
    hint: ["النسخة المضمَّنة فاتحة ما لم ينتهِ عنوانها بـ ", " (داكنة) أو ", " (حسب إعداد القارئ)؛ الرموز أدناه تتبع اختيارك."],
    codes: { pym: "باستخدام pym.js (موجودة في كثير من أنظمة إدارة المحتوى في غرف الأخبار)", script: "باستخدام سكربت المضيف الخاص بنا (دون أي اعتماد آخر)", iframe: "إطار iframe بسيط (دون سكربت على صفحتك: ارتفاع ثابت، والتمرير داخله)" },
    copy: "انسخ الرمز",
    copied: "نُسخ",
    copyFailed: "حدِّد الرمز أعلاه وانسخه",
    noIframes: "منصتك لا تقبل إطارات iframe (النشرات البريدية، Apple News، بعض معاينات أنظمة إدارة المحتوى)؟",
    staticBefore: "ضع رابطًا إلى ",
    staticLink: "الفصل صفحةً ثابتة",
    staticAfter: (px) => ` (النص، وصورة لكل خطوة، والمصادر؛ دون سكربت)، أو استخدم صوره بعرض ${formatNumber(px, "ar", { useGrouping: false })} بكسل:`,
    still: (n, file) => `الخطوة ${formatNumber(n, "ar")} (${file})`,
  },
};

export const STRINGS: Record<Lang, Strings> = { en, ar };
