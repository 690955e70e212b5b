/**
 * The editors' guide's props tables, written from the component declarations (src/schemas/components.ts), so the
 * guide cannot drift from what the checker accepts. `npm run docs` rewrites them; a unit test fails when the
 * committed guide differs.
 */
import { z } from "astro/zod";
import { COMPONENTS, COMPONENT_NAMES, type ComponentName } from "../../schemas/components";

type Def = { type: string; innerType?: z.ZodType };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The markdown table of a component's props: name, required, meaning. */
export function propsTable(name: ComponentName): string {
  const shape = COMPONENTS[name].props.shape as Record<string, z.ZodType>;
  const rows = Object.entries(shape).map(([prop, schema]) => {
    const optional = defOf(schema).type === "optional";
    const inner = optional ? defOf(schema).innerType! : schema;
    const doc = (z.globalRegistry.get(inner) as { doc?: string } | undefined)?.doc ?? "";
    return `| \`${prop}\` | ${optional ? "no" : "yes"} | ${doc.replaceAll("|", "\\|")} |`;
  });
  if (rows.length === 0) return "It takes no props.";
  return ["| prop | required | meaning |", "| --- | --- | --- |", ...rows].join("\n");
}

const block = (name: string) => new RegExp(`(<!-- props:${name} -->)[\\s\\S]*?(<!-- /props -->)`);

/** The guide with every `<!-- props:Name -->` … `<!-- /props -->` block rewritten. */
export function withPropsTables(readme: string): string {
  return COMPONENT_NAMES.reduce((text, name) => text.replace(block(name), (_, open: string, close: string) => `${open}\n${COMPONENTS[name].doc}\n\n${propsTable(name)}\n${close}`), readme);
}
