/**
 * Embedded in an iframe. Until a host page answers, this is an ordinary page scrolling inside a fixed-height
 * frame (a bare <iframe> works as is). Once a host (pym.js or our /embed.js) sends its viewport, the story is
 * hosted: it reports its height so the host sizes the frame to it, takes the host's viewport from the messages
 * (parsed strictly, see host-messages.ts), keeps its graphic in the host's view, and lets the host's scroll drive
 * the steps.
 */
import { makeMessage, parseHostMessage, type HostViewport } from "./host-messages";

export interface HostLink {
  /** The host's latest viewport, or null until a host has answered. */
  viewport(): HostViewport | null;
  /** Ask the host to scroll its page by `y` px from the frame's top (pym's scrollToChildPos). */
  scrollBy(y: number): void;
}

export function connectToHost(root: HTMLElement, id: string, onViewport: (v: HostViewport) => void, signal: AbortSignal): HostLink {
  const doc = document.documentElement;
  const post = (type: string, payload: string) => window.parent.postMessage(makeMessage(id, type, payload), "*");
  let host: HostViewport | null = null;
  let lastHeight = 0;
  const sendHeight = () => {
    const h = Math.ceil(doc.scrollHeight);
    if (h !== lastHeight) post("height", String((lastHeight = h)));
  };
  const resize = new ResizeObserver(sendHeight);
  addEventListener(
    "message",
    (event) => {
      if (event.source !== window.parent) return;
      const message = parseHostMessage(event.data, id);
      if (message?.type !== "viewport") return;
      if (!host) {
        doc.classList.add("is-hosted");
        resize.observe(document.body);
      }
      host = message.viewport;
      // 1% of the host's viewport height, never of our own frame, whose height follows what we report.
      doc.style.setProperty("--st-vh", `${(host.viewportHeight / 100).toFixed(2)}px`);
      sendHeight();
      keepGraphicInView(root, host);
      onViewport(host);
    },
    { signal },
  );
  // Ask for the host's viewport a few times a second: pym.Parent without trackscroll answers only when asked.
  const ask = () => post("parentPositionInfo", "");
  ask();
  const timer = window.setInterval(ask, 250);
  signal.addEventListener("abort", () => {
    clearInterval(timer);
    resize.disconnect();
  });
  return { viewport: () => host, scrollBy: (y) => post("scrollToChildPos", String(Math.round(y))) };
}

/** Emulated sticky: the graphic stays at the top of the host's viewport while the story passes under it. */
function keepGraphicInView(root: HTMLElement, host: HostViewport) {
  const graphic = root.querySelector<HTMLElement>(".story__graphic");
  if (!graphic || root.hasAttribute("data-single")) return;
  const storyTop = root.getBoundingClientRect().top + scrollY;
  const max = root.offsetHeight - graphic.offsetHeight;
  const y = Math.min(Math.max(0, -host.top - storyTop), Math.max(0, max));
  graphic.style.transform = `translateY(${y.toFixed(1)}px)`;
}
