/**
 * Embedded in an iframe. The story reports its height from the start, in pym.js's form and in AMP's
 * (`embed-size`, which NPR's Sidechain also reads), so a host that sizes frames sizes this one; a bare <iframe>
 * ignores it and the story scrolls inside its fixed frame. Once a host (pym.js, our /embed.js) sends its viewport,
 * the story is hosted: it takes the host's viewport from the messages (parsed strictly, see host-messages.ts),
 * keeps its graphic in the host's view, and lets the host's scroll drive the steps. A host that sizes the frame
 * but says nothing of its viewport (Sidechain, amp-iframe) is read through IntersectionObservers, which see
 * through frames: where the frame shows in the reader's viewport, to a band of BAND px (visibility.ts).
 */
import { makeMessage, parseHostMessage, type HostViewport } from "./host-messages";
import { watchVisibility } from "./visibility";

export interface HostLink {
  /** The host's latest viewport, or null until a host has answered. */
  viewport(): HostViewport | null;
  /** Ask the host to scroll its page by `y` px from the frame's top (pym's scrollToChildPos). */
  scrollBy(y: number): void;
}

export function connectToHost(root: HTMLElement, id: string, onViewport: (v: HostViewport) => void, signal: AbortSignal): HostLink {
  const doc = document.documentElement;
  const post = (message: unknown) => window.parent.postMessage(message, "*");
  let host: HostViewport | null = null;
  let messages = false;
  let lastHeight = 0;
  // The page's own height: the root's box (its content, the first element's margin included), never the frame's
  // viewport, which follows what we report (scrollHeight would never let the frame shrink).
  const sendHeight = () => {
    const h = Math.ceil(doc.getBoundingClientRect().height);
    if (h === lastHeight) return;
    lastHeight = h;
    post(makeMessage(id, "height", String(h)));
    post({ sentinel: "amp", type: "embed-size", height: h });
  };
  const take = (viewport: HostViewport) => {
    if (!host) {
      doc.classList.add("is-hosted");
      // Said again to the host that has just adopted the frame: a height posted before its script listened (a
      // story from cache can load before a deferred host script runs) was lost, and an unchanged one is not resent.
      lastHeight = 0;
    }
    host = viewport;
    // 1% of the host's viewport height, never of our own frame, whose height follows what we report.
    doc.style.setProperty("--st-vh", `${(host.viewportHeight / 100).toFixed(2)}px`);
    sendHeight();
    keepGraphicInView(root, host);
    onViewport(host);
  };
  // A frame as tall as the story, and no viewport from its host: a host that only sizes frames. From then on the
  // story's viewport units come from the reader's viewport as the observers see it, never from the frame's own
  // height, which would grow with every height we report.
  let watching = false;
  const sizedOnly = () => {
    if (messages || watching || lastHeight === 0 || innerHeight < lastHeight - 2) return;
    watching = true;
    doc.style.setProperty("--st-vh", `${(Math.min(screen.availHeight || 800, 1200) / 100).toFixed(2)}px`);
    watchVisibility(() => lastHeight, (v) => messages || take(v), signal);
  };
  const resize = new ResizeObserver(() => {
    sendHeight();
    sizedOnly();
  });
  resize.observe(doc);
  addEventListener("resize", sizedOnly, { signal });
  addEventListener(
    "message",
    (event) => {
      if (event.source !== window.parent) return;
      const message = parseHostMessage(event.data, id);
      if (message?.type !== "viewport") return;
      messages = true;
      take(message.viewport);
    },
    { signal },
  );
  // Ask for the host's viewport a few times a second: pym.Parent without trackscroll answers only when asked.
  const ask = () => post(makeMessage(id, "parentPositionInfo", ""));
  ask();
  const timer = window.setInterval(ask, 250);
  signal.addEventListener("abort", () => {
    clearInterval(timer);
    resize.disconnect();
  });
  sendHeight();
  return { viewport: () => host, scrollBy: (y) => post(makeMessage(id, "scrollToChildPos", String(Math.round(y)))) };
}

/**
 * Emulated sticky: the graphic stays at the top of the host's viewport while the story passes under it, and never
 * past the story's end (moved further, it would stretch the page's scroll height beyond the height reported).
 */
function keepGraphicInView(root: HTMLElement, host: HostViewport) {
  const graphic = root.querySelector<HTMLElement>(".story__graphic");
  if (!graphic || root.hasAttribute("data-single")) return;
  const story = root.getBoundingClientRect();
  const box = graphic.getBoundingClientRect();
  const moved = new DOMMatrixReadOnly(getComputedStyle(graphic).transform).m42;
  // Where the graphic sits in the story unmoved, and how far it can go before its bottom meets the story's.
  const top = box.top - moved - story.top;
  const max = story.height - top - box.height;
  const y = Math.min(Math.max(0, -host.top - (story.top + scrollY) - top), Math.max(0, max));
  graphic.style.transform = `translateY(${y.toFixed(1)}px)`;
}
