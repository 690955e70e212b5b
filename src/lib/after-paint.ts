/**
 * A story page paints its text before it fetches its script. The page reads whole without script (the figures
 * are drawn at build time), so the engine is not needed for the first paint; fetched in parallel, as a module
 * script in <head> is, it shares a slow phone's first round trips with the HTML and, in Lighthouse's model of a
 * slow phone, puts its requests before the title and dek. So the build (startAfterPaint, in
 * src/integrations/inline-policy.ts) turns each story page's `<script type="module" src>` into this loader: a
 * classic inline script, allowed by its hash
 * in the page's `script-src`, that imports the same module once the first contentful paint is reported and the
 * document is parsed (what a module script waits for), or a second after `load` where no paint is reported (a
 * browser without Paint Timing), or at once when the reader touches, clicks, tabs or types first. A press of the
 * next or previous step button before the engine is defined is counted on the story (`data-pending-steps`); from
 * then on the engine counts them itself until it shows its first step (`data-ready`), and then takes them.
 *
 * Embed views keep their module script: an embed may load off screen, where a browser does not paint it, and
 * still has to tell its host its height.
 */
export const AFTER_PAINT_LOADER = `{
  const module = document.currentScript.dataset.module;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    if (document.readyState === "loading") addEventListener("DOMContentLoaded", () => import(module));
    else import(module);
  };
  if (PerformanceObserver.supportedEntryTypes?.includes("paint"))
    new PerformanceObserver((list) => list.getEntriesByName("first-contentful-paint").length && start()).observe({ type: "paint", buffered: true });
  addEventListener("load", () => setTimeout(start, 1000));
  for (const type of ["pointerdown", "keydown", "focusin"]) addEventListener(type, start, { capture: true, once: true });
  addEventListener("click", (event) => {
    const button = event.target.closest?.("[data-step-next], [data-step-prev]");
    const story = button?.closest("story-scrolly");
    if (!story || customElements.get("story-scrolly")) return;
    story.dataset.pendingSteps = String(Number(story.dataset.pendingSteps ?? 0) + (button.hasAttribute("data-step-next") ? 1 : -1));
  }, true);
}`;

/** The attribute that carries the module's URL to the loader. */
export const MODULE_ATTRIBUTE = "data-module";
