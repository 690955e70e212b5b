/**
 * Where the reader's viewport is, for a story in a frame whose host says nothing of it (NPR's Sidechain,
 * amp-iframe): IntersectionObservers with no root measure against the top-level viewport, even from a frame of
 * another origin. The page is cut into bands of BAND px, each observed at quarters of its height; the parts of
 * the bands in view give the viewport's top and bottom in the page, to a quarter band. Its height is measured
 * once the frame covers the viewport (the smallest span seen: a band counts until it has left), and until then
 * is the screen's.
 */
import type { HostViewport } from "./host-messages";

const BAND = 40;

export function watchVisibility(pageHeight: () => number, onViewport: (v: HostViewport) => void, signal: AbortSignal) {
  const layer = document.createElement("div");
  layer.setAttribute("aria-hidden", "true");
  Object.assign(layer.style, { position: "absolute", top: "0", left: "0", width: "1px", pointerEvents: "none", opacity: "0" });
  document.body.append(layer);
  /** The part of each band in view, in the page's coordinates. */
  const inView = new Map<number, [number, number]>();
  let height = Math.min(screen.availHeight || innerHeight, innerHeight);
  let measured = false;
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        const band = Number((e.target as HTMLElement).dataset["band"]);
        if (e.isIntersecting) inView.set(band, [e.intersectionRect.top + scrollY, e.intersectionRect.bottom + scrollY]);
        else inView.delete(band);
      }
      if (inView.size === 0) return;
      const page = pageHeight();
      const parts = [...inView.values()];
      const top = Math.min(...parts.map(([t]) => t));
      const bottom = Math.max(...parts.map(([, b]) => b));
      // The viewport is inside the frame: its height is what shows. Otherwise one edge of the frame is in view.
      if (top > 0 && bottom < page) {
        height = measured ? Math.min(height, bottom - top) : bottom - top;
        measured = true;
      }
      const viewTop = top > 0 ? top : bottom - height;
      onViewport({ viewportWidth: innerWidth, viewportHeight: height, top: -viewTop, left: 0, bottom: page - viewTop, right: innerWidth });
    },
    { threshold: [0, 0.25, 0.5, 0.75, 1] },
  );
  const build = () => {
    const count = Math.ceil(pageHeight() / BAND);
    if (layer.childElementCount === count) return;
    io.disconnect();
    inView.clear();
    layer.replaceChildren(
      ...Array.from({ length: count }, (_, i) => {
        const band = document.createElement("div");
        band.dataset["band"] = String(i);
        Object.assign(band.style, { position: "absolute", top: `${i * BAND}px`, height: `${BAND}px`, width: "1px" });
        return band;
      }),
    );
    for (const band of layer.children) io.observe(band);
  };
  build();
  const resize = new ResizeObserver(build);
  resize.observe(document.documentElement);
  signal.addEventListener("abort", () => {
    io.disconnect();
    resize.disconnect();
    layer.remove();
  });
}
