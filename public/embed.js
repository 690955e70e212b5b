/*!
 * embed.js — host script for embedding "Strike and answer on the Euphrates" in any page, without pym.js.
 *
 *   <iframe data-story-embed src="https://…/embed/the-strikes/" title="…" style="width:100%;border:0"></iframe>
 *   <script src="https://…/embed.js" defer></script>
 *
 * For each iframe marked data-story-embed it: once the story inside says hello, sizes the iframe to the story's
 * height, and tells the story where
 * the iframe sits in your page's viewport as your reader scrolls, so its steps follow your page's scroll. It
 * speaks the pym.js v1 message protocol, needs no other script, sets no cookie and loads nothing else.
 * Messages from the frame are accepted only from that frame's own window and only in their exact form.
 */
(function () {
  "use strict";
  var DELIM = "xPYMx";
  var frames = [];
  var pending = false;

  function send(frame, type, payload) {
    // The story may run in a sandbox without same-origin, so its origin is opaque: target "*". The payload is
    // only viewport numbers.
    if (frame.iframe.contentWindow) frame.iframe.contentWindow.postMessage(["pym", frame.id, type, payload].join(DELIM), "*");
  }

  function position(frame) {
    var r = frame.iframe.getBoundingClientRect();
    send(frame, "viewport-iframe-position", [window.innerWidth, window.innerHeight, r.top, r.left, r.bottom, r.right].join(" "));
  }

  function update() {
    pending = false;
    for (var i = 0; i < frames.length; i++) if (frames[i].id) position(frames[i]);
  }

  function schedule() {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(update);
    }
  }

  function number(s, min, max) {
    if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
    var n = Number(s);
    return n >= min && n <= max ? n : null;
  }

  function setup(iframe) {
    if (iframe.getAttribute("data-story-embed-ready")) return;
    iframe.setAttribute("data-story-embed-ready", "1");
    // The story names itself in its first message (its id); until then nothing is sent to it.
    frames.push({ iframe: iframe, id: null });
  }

  window.addEventListener("message", function (event) {
    if (typeof event.data !== "string" || event.data.length > 200) return;
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (event.source !== frame.iframe.contentWindow) continue;
      var parts = event.data.split(DELIM);
      if (parts.length !== 4 || parts[0] !== "pym" || !/^[A-Za-z0-9_-]{1,64}$/.test(parts[1])) return;
      if (frame.id === null) {
        frame.id = parts[1];
        frame.iframe.setAttribute("scrolling", "no");
      }
      if (parts[1] !== frame.id) return;
      if (parts[2] === "height") {
        var h = number(parts[3], 0, 1000000);
        if (h !== null) frame.iframe.style.height = Math.ceil(h) + "px";
        schedule();
      } else if (parts[2] === "parentPositionInfo") {
        position(frame);
      } else if (parts[2] === "scrollToChildPos") {
        var y = number(parts[3], -1000000, 1000000);
        if (y !== null) window.scrollTo({ top: frame.iframe.getBoundingClientRect().top + window.pageYOffset + y, behavior: "smooth" });
      }
      return;
    }
  });

  window.addEventListener("scroll", schedule, { passive: true });
  window.addEventListener("resize", schedule);

  function init() {
    var list = document.querySelectorAll("iframe[data-story-embed]");
    for (var i = 0; i < list.length; i++) setup(list[i]);
    schedule();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
