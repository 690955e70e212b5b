import { progressIn, scrollToProgress } from "./reading-place";

/**
 * A reload mid-story comes back to the step being read. Browsers restore the scroll position themselves, except
 * Firefox on a right-to-left page (153 ESR loses it on reload whenever <html dir="rtl">, found by the Arabic
 * edition's reader paths); so the story notes its reading place (reading-place.ts) when the page is hidden, and on
 * a reload that came back at the very top, puts the reader at that point of that step again.
 */
interface Place {
  step: string;
  progress: number;
}

const key = () => `story-place:${location.pathname}`;

/** `line`: the trigger line, px from the viewport's top. */
export function rememberPlace(current: () => HTMLElement | undefined, line: () => number, signal: AbortSignal) {
  addEventListener(
    "pagehide",
    () => {
      const step = current();
      if (!step) return;
      try {
        sessionStorage.setItem(key(), JSON.stringify({ step: step.id, progress: progressIn(step, line()) } satisfies Place));
      } catch {
        // Storage refused (a sandboxed frame, a private mode): the browser's own restoration is all there is.
      }
    },
    { signal },
  );
}

/** On a reload the browser did not restore (still at the top, no #step), scroll back to the noted place. */
export function restorePlace(line: number): void {
  const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
  if (navigation?.type !== "reload" || location.hash || scrollY > 0) return;
  let place: Place | null = null;
  try {
    place = JSON.parse(sessionStorage.getItem(key()) ?? "null") as Place | null;
  } catch {
    return;
  }
  const step = place && document.getElementById(place.step);
  if (step && place) scrollTo(0, scrollToProgress(step, place.progress, line));
}
