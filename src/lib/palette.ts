/**
 * The story's colours, once. The stylesheet's custom properties (src/styles/tokens.css, written from this file by
 * `npm run tokens`; a unit test fails when they differ) and the build-time images (social cards, stills) both
 * take them from here.
 */
export const PALETTE = {
  light: {
    bg: "#fbfaf7",
    fg: "#1b1f24",
    muted: "#55606b",
    rule: "#d9d6cf",
    card: "#ffffff",
    accent: "#b3261e",
    link: "#0b5cad",
    land: "#efece4",
    landOther: "#e2ded4",
    sea: "#dfe9ef",
    river: "#3f7fb5",
    border: "#6b6459",
    mark: "#b3261e",
    markMuted: "#8a8478",
    activeRing: "#1b1f24",
  },
  dark: {
    bg: "#15181c",
    fg: "#e8e6e1",
    muted: "#a7b0ba",
    rule: "#343a42",
    card: "#1e2228",
    accent: "#ff8a80",
    link: "#8cc4ff",
    land: "#2a2e33",
    landOther: "#22262b",
    sea: "#111418",
    river: "#6fa8d8",
    border: "#9a9385",
    mark: "#ff8a80",
    markMuted: "#8d877b",
    activeRing: "#ffffff",
  },
} as const;

export type Palette = (typeof PALETTE)["light"] | (typeof PALETTE)["dark"];
export type ColourName = keyof (typeof PALETTE)["light"];

/** `landOther` → `--st-land-other`. */
export const cssVar = (name: ColourName) => `--st-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/**
 * The stylesheet that declares the palette as custom properties: light by default, dark when the reader prefers it,
 * unless the page says which (`data-scheme="light"` or `"dark"` on the root: an embed whose host chose).
 */
export function tokensCss(): string {
  const pairs = (Object.keys(PALETTE.light) as ColourName[]).map((k) => `  ${cssVar(k)}: light-dark(${PALETTE.light[k]}, ${PALETTE.dark[k]});`).join("\n");
  return `/* Written by \`npm run tokens\` from src/lib/palette.ts: edit the palette there, not here. Each colour is
   light-dark(): the reader's scheme, unless the page is told one (data-scheme, e.g. by a host embedding it). */
:root {
  color-scheme: light dark;
${pairs}
}
:root[data-scheme="light"] {
  color-scheme: light;
}
:root[data-scheme="dark"] {
  color-scheme: dark;
}
`;
}
