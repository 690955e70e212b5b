/**
 * Attribute writes that happen only when the value changes: in Blink each write restyles its element (an SVG
 * presentation attribute such as `transform` or `x`, even set to the value it has), and a step or a move writes
 * hundreds of them in one frame.
 */

/** Set `name` to `value`, only when it changes. */
export const setAttr = (el: Element, name: string, value: string) => {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
};

/** Set or clear a boolean attribute, only when it changes. */
export const setFlag = (el: Element, name: string, on: boolean) => {
  if (el.hasAttribute(name) !== on) on ? el.setAttribute(name, "") : el.removeAttribute(name);
};
