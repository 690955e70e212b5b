/**
 * Messages between an embedded story (in an iframe) and the page that hosts it, in the pym.js v1 protocol
 * ("pym" xPYMx id xPYMx type xPYMx payload), which newsroom CMSs already load and which our own /embed.js
 * also speaks. Everything from the host is parsed strictly: anything that is not exactly a known message
 * with numbers in range is ignored. Nothing from a message is ever used as HTML. Pure, tested in Node.
 */
const DELIMITER = "xPYMx";
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const LIMIT = 10_000_000;

/** The host's viewport and where the iframe sits in it, in CSS px. */
export interface HostViewport {
  viewportWidth: number;
  viewportHeight: number;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type HostMessage = { type: "width"; width: number } | { type: "viewport"; viewport: HostViewport };

/** A child id as pym passes it in `?childId=`, or null when absent or malformed. */
export function childIdFrom(search: string): string | null {
  const id = new URLSearchParams(search).get("childId");
  return id !== null && ID.test(id) ? id : null;
}

export function makeMessage(id: string, type: string, payload: string): string {
  return ["pym", id, type, payload].join(DELIMITER);
}

const num = (s: string | undefined, min: number, max: number): number | null => {
  if (s === undefined || !/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
};

/** Parse one message from the host for child `id`; null for anything else. */
export function parseHostMessage(data: unknown, id: string): HostMessage | null {
  if (typeof data !== "string" || data.length > 300) return null;
  const parts = data.split(DELIMITER);
  if (parts.length !== 4 || parts[0] !== "pym" || parts[1] !== id) return null;
  const [, , type, payload = ""] = parts;
  if (type === "width") {
    const width = num(payload, 1, 100_000);
    return width === null ? null : { type: "width", width };
  }
  if (type === "viewport-iframe-position") {
    const f = payload.split(" ");
    if (f.length !== 6) return null;
    const [vw, vh, top, left, bottom, right] = [
      num(f[0], 1, 100_000),
      num(f[1], 1, 100_000),
      num(f[2], -LIMIT, LIMIT),
      num(f[3], -LIMIT, LIMIT),
      num(f[4], -LIMIT, LIMIT),
      num(f[5], -LIMIT, LIMIT),
    ];
    if (vw === null || vh === null || top === null || left === null || bottom === null || right === null || bottom < top) return null;
    return { type: "viewport", viewport: { viewportWidth: vw, viewportHeight: vh, top, left, bottom, right } };
  }
  return null;
}

/** What the story inside a frame tells its host page (read by /embed.js, src/embed/host.ts). */
export type ChildMessage = { id: string } & ({ type: "height"; height: number } | { type: "parentPositionInfo" } | { type: "scrollToChildPos"; y: number });

/** Parse one message from a story frame (any child id); null for anything else. */
export function parseChildMessage(data: unknown): ChildMessage | null {
  if (typeof data !== "string" || data.length > 200) return null;
  const parts = data.split(DELIMITER);
  if (parts.length !== 4 || parts[0] !== "pym" || !ID.test(parts[1]!)) return null;
  const [, id, type, payload] = parts as [string, string, string, string];
  if (type === "height") {
    const height = num(payload, 0, 1_000_000);
    return height === null ? null : { id, type, height };
  }
  if (type === "parentPositionInfo") return { id, type };
  if (type === "scrollToChildPos") {
    const y = num(payload, -1_000_000, 1_000_000);
    return y === null ? null : { id, type, y };
  }
  return null;
}
