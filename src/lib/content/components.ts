/**
 * The editors' MDX vocabulary: which components exist and what each prop refers to.
 * The validator checks chapters against this; the chapter page maps the same names to
 * the components in src/components/authoring/.
 */
export type PropKind =
  | "step-id" // unique within the chapter, kebab-case
  | "event" // one event id
  | "events" // a list of event ids
  | "place"
  | "quote"
  | "source"
  | "view" // "overview", a place id, [place ids], or [west, south, east, north]
  | "zone" // local | utc | washington | an IANA name
  | "text";

export interface PropSpec {
  kind: PropKind;
  required?: boolean;
}

export const COMPONENTS = {
  Step: {
    block: true,
    props: {
      id: { kind: "step-id", required: true },
      event: { kind: "event" },
      events: { kind: "events" },
      view: { kind: "view" },
      alt: { kind: "text" },
    },
  },
  Quote: { block: false, props: { id: { kind: "quote", required: true } } },
  Source: { block: false, props: { id: { kind: "source", required: true } } },
  Time: { block: false, props: { event: { kind: "event", required: true }, zone: { kind: "zone" } } },
  Elapsed: {
    block: false,
    props: { from: { kind: "event", required: true }, to: { kind: "event", required: true } },
  },
  Place: { block: false, props: { id: { kind: "place", required: true } } },
} as const satisfies Record<string, { block: boolean; props: Record<string, PropSpec> }>;

export type ComponentName = keyof typeof COMPONENTS;
export const COMPONENT_NAMES = Object.keys(COMPONENTS) as ComponentName[];
export function isComponentName(name: string): name is ComponentName {
  return Object.hasOwn(COMPONENTS, name);
}
