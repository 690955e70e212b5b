import { z } from "astro/zod";
import type { RefKind } from "../../schemas/common";
import type { Path } from "./yaml-doc";

/** One id written in an entry or a prop that names an entry of another data file. */
export interface RefUse {
  path: Path;
  kind: RefKind;
  value: string;
}

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType; items?: z.ZodType[]; options?: z.ZodType[]; valueType?: z.ZodType; in?: z.ZodType };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Every reference in `value`, found by walking it beside its schema: a field declared with `ref(kind)` is a
 * reference (see src/schemas/common.ts). Run on values that passed the schema, so their shape is known.
 */
export function findRefs(schema: z.ZodType, value: unknown, path: Path = []): RefUse[] {
  const meta = z.globalRegistry.get(schema) as { ref?: RefKind } | undefined;
  if (meta?.ref && typeof value === "string") return [{ path, kind: meta.ref, value }];
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "readonly":
      return value === undefined || value === null ? [] : findRefs(def.innerType!, value, path);
    case "pipe":
      return findRefs(def.in!, value, path);
    case "object":
      return Object.entries(def.shape ?? {}).flatMap(([k, s]) => (value && typeof value === "object" && k in value ? findRefs(s, (value as Record<string, unknown>)[k], [...path, k]) : []));
    case "array":
      return Array.isArray(value) ? value.flatMap((v, i) => findRefs(def.element!, v, [...path, i])) : [];
    case "tuple":
      return Array.isArray(value) ? (def.items ?? []).flatMap((s, i) => findRefs(s, value[i], [...path, i])) : [];
    case "record":
      return value && typeof value === "object" ? Object.entries(value).flatMap(([k, v]) => findRefs(def.valueType!, v, [...path, k])) : [];
    case "union": {
      const option = def.options?.find((o) => o.safeParse(value).success);
      return option ? findRefs(option, value, path) : [];
    }
    default:
      return [];
  }
}
