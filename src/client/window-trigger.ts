/**
 * The trigger of a story read in its own window (a chapter page, a plain-iframe embed): scrollama's observers fire
 * as the trigger line passes from one step to the next, and the story then reads which step is under the line
 * (step-detection.ts). A scroll that comes to rest asks too (scrollama #26 names jumps its observers miss). A story
 * under a host that reports its viewport is triggered by the host instead (hosted.ts), and stops this one.
 *
 * scrollama sees an element while it straddles the line. The step cards do not tile the page (a gap follows each),
 * so a fast move could pass a short card without any observer firing. scrollama therefore watches one invisible
 * band per step, from its card's top to the next card's top (the last to the page's end): the bands tile the
 * story, and the band under the line is the detector's step, so every move from one step to another fires.
 *
 * scrollama's own types drift from its code (they allow offsets in tenths only): it is used through `Scroller`.
 * Its setup reads every band's layout, so this is called once the page has been laid out (after a frame).
 */
import scrollama from "scrollama";

interface Scroller {
  setup(options: { step: HTMLElement[]; offset: number }): Scroller;
  onStepEnter(callback: () => void): Scroller;
  onStepExit(callback: () => void): Scroller;
  resize(): Scroller;
  destroy(): void;
}

/** How long a scroll must rest before the story reads its step whatever scrollama saw. */
const REST_MS = 120;

/** One band per step, in page coordinates, from its top to the next step's (the last to the page's end). */
function placeBands(steps: HTMLElement[], bands: HTMLElement[]) {
  const tops = steps.map((s) => s.getBoundingClientRect().top + scrollY);
  const end = document.documentElement.scrollHeight;
  bands.forEach((band, i) => {
    const top = tops[i]!;
    const bottom = Math.max(top + 1, tops[i + 1] ?? end);
    Object.assign(band.style, { top: `${top}px`, height: `${bottom - top}px` });
  });
}

/** Calls `onTrigger` when the line at `offset` (0–1 of the viewport's height) passes into another step's band, or a scroll rests. */
export function windowTrigger(steps: HTMLElement[], offset: number, onTrigger: () => void, signal: AbortSignal): { stop(): void } {
  const layer = document.createElement("div");
  layer.setAttribute("aria-hidden", "true");
  Object.assign(layer.style, { position: "absolute", top: "0", left: "0", width: "1px", pointerEvents: "none", opacity: "0" });
  const bands = steps.map((step) => {
    const band = document.createElement("div");
    band.dataset["stepBand"] = step.id;
    Object.assign(band.style, { position: "absolute", left: "0", width: "1px" });
    return band;
  });
  layer.append(...bands);
  document.body.append(layer);
  placeBands(steps, bands);
  const scroller = (scrollama as unknown as () => Scroller)().setup({ step: bands, offset }).onStepEnter(onTrigger).onStepExit(onTrigger);
  // The page reflows (a resize, fonts, an image): the bands follow their steps, and scrollama its bands.
  const replace = () => {
    placeBands(steps, bands);
    scroller.resize();
  };
  const reflow = new ResizeObserver(replace);
  reflow.observe(document.documentElement);
  let rest = 0;
  const onScroll = () => {
    clearTimeout(rest);
    rest = window.setTimeout(onTrigger, REST_MS);
  };
  const stopped = new AbortController();
  addEventListener("scroll", onScroll, { passive: true, signal: stopped.signal });
  // scrollama's line is a share of the viewport's height, which a resize may change without the page's.
  addEventListener("resize", replace, { passive: true, signal: stopped.signal });
  const stop = () => {
    clearTimeout(rest);
    stopped.abort();
    reflow.disconnect();
    scroller.destroy();
    layer.remove();
  };
  signal.addEventListener("abort", stop, { once: true });
  return { stop };
}
