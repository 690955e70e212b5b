/**
 * "Copy code" buttons of the Embed control: buttons, so they work from the keyboard; the outcome is said on the
 * button, in the words the page gave it (data-copied-text, data-copy-failed-text).
 */
export function bindCopyButtons(root: Document, signal: AbortSignal) {
  root.addEventListener(
    "click",
    (event) => {
      const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>("button[data-copy]");
      const code = button && root.getElementById(button.dataset["copy"] ?? "");
      if (!button || !code) return;
      const label = button.textContent;
      const done = (ok: boolean) => {
        button.textContent = (ok ? button.dataset["copiedText"] : button.dataset["copyFailedText"]) ?? "";
        button.dataset["copied"] = ok ? "ok" : "failed";
        window.setTimeout(() => (button.textContent = label), 2500);
      };
      if (!navigator.clipboard) return done(false);
      navigator.clipboard.writeText(code.textContent ?? "").then(
        () => done(true),
        () => done(false),
      );
    },
    { signal },
  );
}

/** The Embed control's colour choice: rewrite every code's address with `?dark=` (none for the default, light). */
export function bindEmbedScheme(root: Document, signal: AbortSignal) {
  root.addEventListener(
    "change",
    (event) => {
      const input = event.target as HTMLInputElement;
      const control = input.matches?.("[data-embed-scheme]") ? input.closest<HTMLElement>("[data-embed-src]") : null;
      const src = control?.dataset["embedSrc"];
      if (!control || !src) return;
      const address = input.value === "false" ? src : `${src}?dark=${input.value}`;
      control.querySelectorAll("pre code").forEach((code) => {
        const plain = ["true", "auto"].reduce((text, v) => text.split(`${src}?dark=${v}`).join(src), code.textContent ?? "");
        code.textContent = plain.split(src).join(address);
      });
    },
    { signal },
  );
}
