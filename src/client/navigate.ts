/**
 * The previous/next step buttons. In our own window the page scrolls the step to just above the trigger line; the
 * move is over when the page has arrived, when the scroll ends ("scrollend"), or when the reader takes over
 * (wheel, touch, keys), never later than 3 s; then the step is read from layout again. No timer guesses when a
 * smooth scroll has finished: a slow device may start it late or take long. Hosted, the host page is asked to
 * scroll instead.
 */
import type { HostLink } from "./hosted";

export interface Navigator {
  /** Scroll to `target`; `settled` runs when the move is over. */
  go(target: HTMLElement, settled: () => void): void;
  /** True while a button's scroll is under way (the steps it passes are not the reader's). */
  readonly moving: boolean;
}

const TAKEOVER = ["scrollend", "wheel", "touchstart"] as const;
/** A key pressed on the step buttons is the reader using them again, not taking the scroll over. */
const onButtons = (e: Event) => (e.target as Element | null)?.closest?.("[data-step-prev], [data-step-next]") != null;

export function createNavigator(trigger: number, reducedMotion: MediaQueryList, host: HostLink | null, signal: AbortSignal): Navigator {
  let stop: (() => void) | null = null;
  signal.addEventListener("abort", () => stop?.());
  const nav = {
    moving: false,
    go(target: HTMLElement, settled: () => void) {
      const hosted = host?.viewport();
      if (host && hosted) {
        host.scrollBy(target.getBoundingClientRect().top - hosted.viewportHeight * (trigger - 0.1));
        return;
      }
      const top = target.getBoundingClientRect().top + scrollY - innerHeight * (trigger - 0.1);
      const goal = Math.round(Math.max(0, Math.min(top, document.documentElement.scrollHeight - innerHeight)));
      const arrived = () => Math.abs(scrollY - goal) < 2;
      // A press during a move replaces it: its listeners go, the step is not re-read half-way.
      stop?.();
      const moveAbort = new AbortController();
      const timer = window.setTimeout(() => settle(), 3000);
      const end = () => {
        clearTimeout(timer);
        moveAbort.abort();
        stop = null;
        nav.moving = false;
      };
      const settle = () => {
        end();
        settled();
      };
      stop = end;
      nav.moving = true;
      const opts = { passive: true, signal: moveAbort.signal };
      addEventListener("scroll", () => arrived() && settle(), opts);
      for (const type of TAKEOVER) addEventListener(type, settle, opts);
      addEventListener("keydown", (e) => onButtons(e) || settle(), opts);
      scrollTo({ top: goal, behavior: reducedMotion.matches ? "auto" : "smooth" });
      if (arrived()) settle();
      if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      target.focus({ preventScroll: true });
    },
  };
  return nav;
}
