/**
 * A reload mid-story comes back to the step being read. Browsers restore the scroll position themselves, except
 * Firefox on a right-to-left page (153 ESR loses it on reload whenever <html dir="rtl">, found by the Arabic
 * edition's reader paths); so the story notes where its current step stands when the page is hidden, and on a
 * reload that came back at the very top, puts that step back where it was.
 */
interface Place {
  step: string;
  /** The step's top, in px from the top of the viewport, when the page was hidden. */
  top: number;
}

const key = () => `story-place:${location.pathname}`;

export function rememberPlace(current: () => HTMLElement | undefined, signal: AbortSignal) {
  addEventListener(
    "pagehide",
    () => {
      const step = current();
      if (!step) return;
      try {
        sessionStorage.setItem(key(), JSON.stringify({ step: step.id, top: Math.round(step.getBoundingClientRect().top) } satisfies Place));
      } catch {
        // Storage refused (a sandboxed frame, a private mode): the browser's own restoration is all there is.
      }
    },
    { signal },
  );
}

/** On a reload the browser did not restore (still at the top, no #step), scroll back to the noted place. */
export function restorePlace(): void {
  const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
  if (navigation?.type !== "reload" || location.hash || scrollY > 0) return;
  let place: Place | null = null;
  try {
    place = JSON.parse(sessionStorage.getItem(key()) ?? "null") as Place | null;
  } catch {
    return;
  }
  const step = place && document.getElementById(place.step);
  if (step && place) scrollTo(0, step.getBoundingClientRect().top + scrollY - place.top);
}
