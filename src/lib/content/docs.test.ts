import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMPONENT_NAMES } from "../../schemas/components";
import { propsTable, withPropsTables } from "./docs";

const guide = readFileSync(new URL("../../../content/README.md", import.meta.url), "utf8");

describe("the editors' guide", () => {
  it("has every component's props table as declared (run `npm run docs` after changing a component)", () => {
    expect(withPropsTables(guide)).toBe(guide);
    for (const name of COMPONENT_NAMES) expect(guide, name).toContain(propsTable(name));
  });

  it("writes required props as such, with their help text", () => {
    const table = propsTable("Elapsed");
    expect(table).toContain("| `from` | yes | the earlier event |");
    expect(propsTable("Time")).toMatch(/\| `zone` \| no \| `local` \(default/);
  });
});
