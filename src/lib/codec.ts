/**
 * The one contract between the build and the browser. The build writes each step's whole state, and each
 * timeline event's time, as data-* attributes; the client reads them back with the same functions, so a field
 * is added, renamed or re-encoded here and nowhere else. No DOM or Node APIs: unit-tested in Node, bundled
 * into the client.
 */
import type { Camera } from "./map/camera";
import type { LocatorBox } from "./map/locator";
import type { Timed } from "./time";

/** Where a step becomes active: this fraction of the reader's viewport height (the host page's, when embedded). */
export const TRIGGER_LINE = 0.55;

/** Everything the figures show at one step: set whole, never accumulated. */
export interface StepState {
  step: string;
  /** The map's view name: "overview", "al-omar", "albukamal+al-omar", "bbox:40,34,41,35". */
  view: string;
  camera: Camera;
  scale: { px: number; label: string };
  /** Where the map's view lies on the locator map (x, y, width, height in its units; lib/map/locator.ts). */
  locator: LocatorBox;
  /** Events highlighted on both figures. */
  events: string[];
  /** Places highlighted on the map. */
  places: string[];
  /** The time the timeline shows: [start, end] in ms. */
  window: [number, number];
  /** The dates its title names for that window ("28–30 June 2021"). */
  dates: string;
  /** The figure a phone shows at this step. */
  focus: "map" | "timeline";
  /** What the figures show, in words: announced to screen readers, printed without script. */
  alt: string;
}

/** data-* attribute names (as written in HTML) of a step's state. */
const STEP_ATTRS = {
  step: "data-step",
  view: "data-view",
  camera: "data-camera",
  scale: "data-scale",
  locator: "data-locator",
  events: "data-events",
  places: "data-places",
  window: "data-window",
  dates: "data-dates",
  focus: "data-focus",
  alt: "data-alt",
} as const satisfies Record<keyof StepState, string>;

const words = (s: string | undefined | null) => (s ?? "").split(/\s+/).filter(Boolean);
const num = (s: string | undefined) => (s !== undefined && s.trim() !== "" && Number.isFinite(Number(s)) ? Number(s) : null);

/** A step's state as the attributes its element carries. */
export function encodeStep(s: StepState): Record<string, string> {
  return {
    [STEP_ATTRS.step]: s.step,
    [STEP_ATTRS.view]: s.view,
    [STEP_ATTRS.camera]: `${s.camera.k},${s.camera.x},${s.camera.y}`,
    [STEP_ATTRS.scale]: `${s.scale.px},${s.scale.label}`,
    [STEP_ATTRS.locator]: s.locator.join(","),
    [STEP_ATTRS.events]: s.events.join(" "),
    [STEP_ATTRS.places]: s.places.join(" "),
    [STEP_ATTRS.window]: `${s.window[0]},${s.window[1]}`,
    [STEP_ATTRS.dates]: s.dates,
    [STEP_ATTRS.focus]: s.focus,
    [STEP_ATTRS.alt]: s.alt,
  };
}

/** A camera written as "k,x,y"; null when it is not one. */
export function decodeCamera(s: string | null | undefined): Camera | null {
  const [k, x, y] = (s ?? "").split(",").map(num);
  return k && k > 0 && x !== null && x !== undefined && y !== null && y !== undefined ? { k, x, y } : null;
}

/** A step's state read back from its element's attributes (`get` is `el.getAttribute`); null when it is not a step. */
export function decodeStep(get: (name: string) => string | null): StepState | null {
  const step = get(STEP_ATTRS.step);
  const camera = decodeCamera(get(STEP_ATTRS.camera));
  const [start, end] = (get(STEP_ATTRS.window) ?? "").split(",").map(num);
  if (!step || !camera || start == null || end == null || !(end > start)) return null;
  const scale = get(STEP_ATTRS.scale) ?? "";
  const comma = scale.indexOf(",");
  const locator = (get(STEP_ATTRS.locator) ?? "").split(",").map(num);
  return {
    step,
    view: get(STEP_ATTRS.view) ?? "overview",
    camera,
    scale: { px: num(scale.slice(0, comma)) ?? 0, label: comma < 0 ? "" : scale.slice(comma + 1) },
    // No box (an older page, a hand-written step): width 0, and the client leaves the locator as it is.
    locator: locator.length === 4 && locator.every((v) => v !== null) ? (locator as LocatorBox) : [0, 0, 0, 0],
    events: words(get(STEP_ATTRS.events)),
    places: words(get(STEP_ATTRS.places)),
    window: [start, end],
    dates: get(STEP_ATTRS.dates) ?? "",
    focus: get(STEP_ATTRS.focus) === "timeline" ? "timeline" : "map",
    alt: get(STEP_ATTRS.alt) ?? "",
  };
}

/** An event's time and local zone, as the timeline's marks and table cells carry it for the zone switch. */
export interface EventTime extends Timed {
  zone: string;
}

const TIME_ATTRS = { time: "data-time", timeIs: "data-time-is", start: "data-start", end: "data-end", zone: "data-zone-local" } as const;

/** An event's time as attributes: instants in UTC ISO, so the browser can show them in any zone. */
export function encodeEventTime(e: EventTime): Record<string, string> {
  const iso = (t: string) => new Date(t).toISOString();
  const out: Record<string, string> = { [TIME_ATTRS.zone]: e.zone };
  if (e.time !== undefined) out[TIME_ATTRS.time] = iso(e.time);
  if (e.timeIs !== undefined) out[TIME_ATTRS.timeIs] = e.timeIs;
  if (e.timeRange) {
    out[TIME_ATTRS.start] = iso(e.timeRange[0]);
    out[TIME_ATTRS.end] = iso(e.timeRange[1]);
  }
  return out;
}

const isInstant = (s: string | null): s is string => s !== null && !Number.isNaN(Date.parse(s));

/** An event's time read back; null when the attributes hold no time. */
export function decodeEventTime(get: (name: string) => string | null): EventTime | null {
  const time = get(TIME_ATTRS.time);
  const [start, end] = [get(TIME_ATTRS.start), get(TIME_ATTRS.end)];
  const timeIs = get(TIME_ATTRS.timeIs);
  const e: EventTime = { zone: get(TIME_ATTRS.zone) || "UTC" };
  if (isInstant(time)) e.time = time;
  if (timeIs === "at" || timeIs === "about" || timeIs === "by") e.timeIs = timeIs;
  if (isInstant(start) && isInstant(end)) e.timeRange = [start, end];
  return e.time !== undefined || e.timeRange ? e : null;
}
