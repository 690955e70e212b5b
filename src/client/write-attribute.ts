/**
 * Attribute writes that happen only when the value changes: each write of an SVG presentation attribute (such as
 * `transform` or `x`) restyles and lays out its element, and most of what a step or a move's frame would write is
 * the value already there (a bar's width, a label's side).
 */

/** Set `name` to `value`, only when it changes. */
export const setAttr = (el: Element, name: string, value: string) => {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
};

/** Set or clear a boolean attribute, only when it changes. */
export const setFlag = (el: Element, name: string, on: boolean) => {
  if (el.hasAttribute(name) !== on) on ? el.setAttribute(name, "") : el.removeAttribute(name);
};
