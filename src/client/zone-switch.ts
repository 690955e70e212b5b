/**
 * The zone control: every time on the timeline (mark labels, axis ticks, the table) rewritten in the chosen zone,
 * computed here from each event's time (src/lib/codec.ts) with the same functions the build used.
 */
import { decodeEventTime } from "../lib/codec";
import { eventCell, eventInstant, formatInZone, shortLabel } from "../lib/time";
import { isZoneChoice, resolveZone, tableZoneText, tickDays, zoneHeading, type ZoneChoice } from "../lib/zones";

const readerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function setZone(figure: HTMLElement, choice: ZoneChoice, reader = readerZone()) {
  figure.dataset["zone"] = choice;
  const axisZone = resolveZone(choice, figure.dataset["axisZone"] ?? "UTC", reader);
  const get = (el: Element) => (name: string) => el.getAttribute(name);

  for (const g of figure.querySelectorAll<SVGGElement>(".timeline__event")) {
    const e = decodeEventTime(get(g));
    const out = g.querySelector(".timeline__clock");
    if (e && out) out.textContent = shortLabel(e, resolveZone(choice, e.zone, reader));
  }
  const ticks = [...figure.querySelectorAll<SVGGElement>(".timeline__tick")];
  const instants = ticks.map((t) => t.dataset["tick"] ?? "");
  const days = tickDays(instants.map((iso) => formatInZone(iso, axisZone).day));
  ticks.forEach((tick, i) => {
    const time = tick.querySelector(".timeline__tick-time");
    const day = tick.querySelector(".timeline__tick-day");
    if (time) time.textContent = formatInZone(instants[i]!, axisZone).clock;
    if (day) day.textContent = days[i]!;
  });
  const heading = figure.querySelector("[data-zone-name]");
  if (heading) heading.textContent = zoneHeading(choice, reader);
  for (const td of figure.querySelectorAll<HTMLTableCellElement>("td[data-zone-local]")) {
    const e = decodeEventTime(get(td));
    if (!e) continue;
    const tz = resolveZone(choice, e.zone, reader);
    const t = td.querySelector("time");
    const z = td.querySelector(".time__zone");
    if (t) t.textContent = eventCell(e, tz);
    if (z) z.textContent = tableZoneText(choice, tz, td.dataset["zoneLabel"] ?? "", eventInstant(e));
  }
}

/** The radio group inside each timeline switches that timeline. */
export function bindZoneControls(root: HTMLElement, signal: AbortSignal) {
  for (const figure of root.querySelectorAll<HTMLElement>('[data-figure="timeline"]')) {
    figure.addEventListener(
      "change",
      (event) => {
        const input = event.target as HTMLInputElement;
        if (input.matches("[data-zone-control] input[type=radio]") && input.checked && isZoneChoice(input.value)) setZone(figure, input.value);
      },
      { signal },
    );
  }
}
