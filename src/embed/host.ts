/*!
 * embed.js — host script for embedding a chapter of this story in any page, without pym.js.
 *
 *   <iframe data-story-embed src="https://…/embed/the-strikes/" title="…" style="width:100%;border:0"></iframe>
 *   <script src="https://…/embed.js" defer></script>
 *
 * For each iframe marked data-story-embed (also one added to the page later): once the story inside says hello,
 * it sizes the iframe to the story's height and tells the story where the iframe sits in your page's viewport as
 * your reader scrolls, so its steps follow your page's scroll. It speaks the pym.js v1 message protocol, needs
 * no other script, sets no cookie and loads nothing else. Messages are accepted only from that frame's own
 * window and only in their exact form. A frame removed from the page is forgotten.
 */
import { makeMessage, parseChildMessage } from "../client/host-messages";

interface Frame {
  iframe: HTMLIFrameElement;
  /** The story names itself in its first message; until then nothing is sent to it. */
  id: string | null;
}

const frames: Frame[] = [];
let pending = false;

function send(frame: Frame, type: string, payload: string) {
  // The story may run in a sandbox without same-origin, so its origin is opaque: target "*". The payload is only
  // viewport numbers.
  if (frame.id) frame.iframe.contentWindow?.postMessage(makeMessage(frame.id, type, payload), "*");
}

function position(frame: Frame) {
  const r = frame.iframe.getBoundingClientRect();
  send(frame, "viewport-iframe-position", [innerWidth, innerHeight, r.top, r.left, r.bottom, r.right].join(" "));
}

function update() {
  pending = false;
  for (const frame of frames) position(frame);
}

function schedule() {
  if (!pending) {
    pending = true;
    requestAnimationFrame(update);
  }
}

function adopt(iframe: HTMLIFrameElement) {
  if (frames.some((f) => f.iframe === iframe)) return;
  frames.push({ iframe, id: null });
}

/** Frames added to the page later (a CMS that injects content after load) are adopted; removed ones forgotten. */
function scan() {
  for (let i = frames.length - 1; i >= 0; i--) if (!frames[i]!.iframe.isConnected) frames.splice(i, 1);
  document.querySelectorAll<HTMLIFrameElement>("iframe[data-story-embed]").forEach(adopt);
  schedule();
}

addEventListener("message", (event) => {
  const frame = frames.find((f) => event.source === f.iframe.contentWindow);
  const message = frame && parseChildMessage(event.data);
  if (!frame || !message) return;
  if (frame.id === null) {
    frame.id = message.id;
    frame.iframe.setAttribute("scrolling", "no");
  }
  if (message.id !== frame.id) return;
  if (message.type === "height") {
    // Important, so that a host stylesheet sizing all iframes (even with !important) does not cut the story.
    frame.iframe.style.setProperty("height", `${Math.ceil(message.height)}px`, "important");
    schedule();
  } else if (message.type === "parentPositionInfo") position(frame);
  else window.scrollTo({ top: frame.iframe.getBoundingClientRect().top + scrollY + message.y, behavior: "smooth" });
});
addEventListener("scroll", schedule, { passive: true });
addEventListener("resize", schedule);

function init() {
  scan();
  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
}
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
else init();
