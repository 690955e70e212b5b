/** "Copy code" buttons of the Embed control: buttons, so they work from the keyboard; the outcome is said on the button. */
export function bindCopyButtons(root: Document, signal: AbortSignal) {
  root.addEventListener(
    "click",
    (event) => {
      const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>("button[data-copy]");
      const code = button && root.getElementById(button.dataset["copy"] ?? "");
      if (!button || !code) return;
      const label = button.textContent;
      const done = (ok: boolean) => {
        button.textContent = ok ? "Copied" : "Select and copy the code above";
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
