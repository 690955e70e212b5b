import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cssVar, PALETTE, tokensCss } from "./palette";

describe("the palette", () => {
  it("is the one the stylesheet declares (run `npm run tokens` after changing it)", () => {
    expect(readFileSync(new URL("../styles/tokens.css", import.meta.url), "utf8")).toBe(tokensCss());
  });

  it("gives light and dark the same names, and names them as the stylesheet uses them", () => {
    expect(Object.keys(PALETTE.dark)).toEqual(Object.keys(PALETTE.light));
    expect(cssVar("landOther")).toBe("--st-land-other");
    expect(tokensCss()).toContain(`--st-river: light-dark(${PALETTE.light.river}, ${PALETTE.dark.river});`);
  });
});
