/**
 * /embed-scheme.js, first in an embed's head: the host's choice of colour scheme, `?dark=true|false|auto` on the
 * embed's URL. Light unless asked (most article pages are light-only, and an embed that turns dark inside a light
 * page is the commonest complaint); `auto` follows the reader's preference. Runs before the first paint, so the
 * frame never shows the other scheme's background.
 */
const dark = new URLSearchParams(location.search).get("dark");
const scheme = dark === "true" ? "dark" : dark === "auto" ? null : "light";
const root = document.documentElement;
if (scheme) root.dataset["scheme"] = scheme;
else delete root.dataset["scheme"];
document.querySelector('meta[name="color-scheme"]')?.setAttribute("content", scheme ?? "light dark");
