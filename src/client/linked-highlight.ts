/** Hovering or focusing an event on one figure highlights it on the other (data-hover on every mark of that event). */
export function bindLinkedHighlight(root: HTMLElement, signal: AbortSignal) {
  const eventOf = (target: EventTarget | null) => (target as Element | null)?.closest?.<HTMLElement | SVGElement>("[data-figure] [data-event]")?.dataset["event"];
  const clear = () => root.querySelectorAll("[data-figure] [data-hover]").forEach((el) => el.removeAttribute("data-hover"));
  const on = (e: Event) => {
    const id = eventOf(e.target);
    if (!id) return;
    clear();
    root.querySelectorAll(`[data-figure] [data-event="${CSS.escape(id)}"]`).forEach((el) => el.setAttribute("data-hover", ""));
  };
  const off = (e: Event) => eventOf(e.target) && clear();
  for (const type of ["pointerover", "focusin"]) root.addEventListener(type, on, { signal });
  for (const type of ["pointerout", "focusout"]) root.addEventListener(type, off, { signal });
}
