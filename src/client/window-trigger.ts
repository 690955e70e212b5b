/**
 * The trigger of a story read in its own window (a chapter page, a plain-iframe embed): scrollama's observers
 * fire as a step crosses the trigger line, and the story then reads which step is under it (step-detection.ts).
 * scrollama misses a jump past steps it never saw cross the line (scrollama #26), so a scroll that comes to rest
 * asks too. A story under a host that reports its viewport is triggered by the host instead (hosted.ts), and
 * stops this one.
 *
 * scrollama's own types drift from its code (they allow offsets in tenths only): it is used through `Scroller`.
 * Its setup reads every step's layout, so this is called once the page has been laid out (after a frame).
 */
import scrollama from "scrollama";

interface Scroller {
  setup(options: { step: HTMLElement[]; offset: number }): Scroller;
  onStepEnter(callback: () => void): Scroller;
  onStepExit(callback: () => void): Scroller;
  resize(): Scroller;
  disable(): Scroller;
  destroy(): void;
}

/** How long a scroll must rest before the story reads its step whatever scrollama saw. */
const REST_MS = 120;

/** Calls `onTrigger` when a step crosses the line at `offset` (0–1 of the viewport's height) or a scroll rests. */
export function windowTrigger(steps: HTMLElement[], offset: number, onTrigger: () => void, signal: AbortSignal): { stop(): void } {
  const scroller = (scrollama as unknown as () => Scroller)().setup({ step: steps, offset }).onStepEnter(onTrigger).onStepExit(onTrigger);
  let rest = 0;
  const onScroll = () => {
    clearTimeout(rest);
    rest = window.setTimeout(onTrigger, REST_MS);
  };
  const onResize = () => scroller.resize();
  const stopped = new AbortController();
  addEventListener("scroll", onScroll, { passive: true, signal: stopped.signal });
  addEventListener("resize", onResize, { passive: true, signal: stopped.signal });
  const stop = () => {
    clearTimeout(rest);
    stopped.abort();
    scroller.destroy();
  };
  signal.addEventListener("abort", stop, { once: true });
  return { stop };
}
