/**
 * The zone control: every time the figures write (the timeline's names and quiet labels, its axis, its table, the
 * map's callouts) rewritten in the chosen zone, computed here from each event's time (src/lib/codec.ts) with the
 * same functions the build used.
 */
import { decodeEventTime } from "../lib/codec";
import { pageLang } from "../lib/i18n";
import { eventCell, eventInstant, formatInZone, shortLabel } from "../lib/time";
import { tickDayTexts } from "../lib/timeline/axis";
import { isZoneChoice, resolveZone, tableZoneText, zoneHeading, type ZoneChoice } from "../lib/zones";

const readerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const get = (el: Element) => (name: string) => el.getAttribute(name);

export function setZone(root: HTMLElement, choice: ZoneChoice, reader = readerZone()) {
  const lang = pageLang(root.ownerDocument);
  root.querySelectorAll<HTMLElement>('[data-figure="timeline"]').forEach((f) => (f.dataset["zone"] = choice));
  const axisZone = resolveZone(choice, root.querySelector<HTMLElement>("[data-axis-zone]")?.dataset["axisZone"] ?? "UTC", reader);

  // Every element that carries an event's time and writes it short: "19:44 UTC+3".
  for (const el of root.querySelectorAll(".timeline__event, .timeline__note-time, .callout__time")) {
    const e = decodeEventTime(get(el));
    // A callout's time is its own element; a timeline name or label writes its time in a .timeline__clock inside.
    const out = el.classList.contains("callout__time") ? el : el.querySelector(".timeline__clock");
    if (e && out) out.textContent = shortLabel(e, resolveZone(choice, e.zone, reader), lang, axisZone);
  }
  // Each step's axis: its ticks' clocks (or days) and the days under them.
  for (const axis of root.querySelectorAll(".timeline__axis")) {
    const ticks = [...axis.querySelectorAll<SVGGElement>(".timeline__tick")];
    const instants = ticks.map((t) => t.dataset["tick"] ?? "");
    const daily = ticks.some((t) => t.hasAttribute("data-daily"));
    const size = Number(ticks[0]?.querySelector("text")?.getAttribute("font-size") ?? 13);
    const xs = ticks.map((t) => Number(t.querySelector("line")?.getAttribute("x1")));
    const days = tickDayTexts(instants.map((iso) => formatInZone(iso, axisZone, lang).day), xs, size);
    ticks.forEach((tick, i) => {
      const f = formatInZone(instants[i]!, axisZone, lang);
      const [time, day] = [tick.querySelector(".timeline__tick-time"), tick.querySelector(".timeline__tick-day")];
      if (time) time.textContent = daily ? f.day : f.clock;
      if (day) day.textContent = daily ? "" : days[i]!;
    });
  }
  const heading = root.querySelector("[data-zone-name]");
  if (heading) heading.textContent = zoneHeading(choice, reader, lang);
  for (const td of root.querySelectorAll<HTMLTableCellElement>("td[data-zone-local]")) {
    const e = decodeEventTime(get(td));
    if (!e) continue;
    const tz = resolveZone(choice, e.zone, reader);
    const [t, z] = [td.querySelector("time"), td.querySelector(".time__zone")];
    if (t) t.textContent = eventCell(e, tz, lang);
    if (z) z.textContent = tableZoneText(choice, tz, td.dataset["zoneLabel"] ?? "", eventInstant(e), lang);
  }
}

/**
 * The radio group inside the timeline switches every time in the story's figures. A zone already chosen when the
 * script starts (the reader was quicker than the script, which waits for the first paint; or the browser restored
 * the form on a reload) is applied at once: the figures are drawn in local time.
 */
export function bindZoneControls(root: HTMLElement, signal: AbortSignal) {
  const chosen = root.querySelector<HTMLInputElement>("[data-zone-control] input[type=radio]:checked");
  if (chosen && chosen.value !== "local" && isZoneChoice(chosen.value)) setZone(root, chosen.value);
  root.addEventListener(
    "change",
    (event) => {
      const input = event.target as HTMLInputElement;
      if (input.matches("[data-zone-control] input[type=radio]") && input.checked && isZoneChoice(input.value)) setZone(root, input.value);
    },
    { signal },
  );
}
