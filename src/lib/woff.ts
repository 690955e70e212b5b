/**
 * WOFF 1.0 → OpenType (sfnt), for the build-time PNGs: resvg reads only TrueType/OpenType files, and the Arabic
 * font comes from the npm registry as WOFF (@fontsource). Each table is stored zlib-compressed or as is
 * (https://www.w3.org/TR/WOFF/); the sfnt is the same tables behind a fresh offset table. Pure.
 */
import { inflateSync } from "node:zlib";

const WOFF_SIGNATURE = 0x774f4646; // "wOFF"
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

const pad4 = (n: number) => (n + 3) & ~3;

export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const src = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < WOFF_HEADER || src.getUint32(0) !== WOFF_SIGNATURE) throw new Error("not a WOFF 1.0 file (no wOFF signature)");
  const flavor = src.getUint32(4);
  const numTables = src.getUint16(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = WOFF_HEADER + i * WOFF_ENTRY;
    const offset = src.getUint32(at + 4);
    const compLength = src.getUint32(at + 8);
    const origLength = src.getUint32(at + 12);
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? new Uint8Array(inflateSync(stored)) : stored;
    if (data.byteLength !== origLength) throw new Error(`WOFF table ${i}: ${data.byteLength} bytes after inflating, header says ${origLength}`);
    return { tag: src.getUint32(at), checksum: src.getUint32(at + 16), data };
  });

  const size = SFNT_HEADER + numTables * SFNT_ENTRY + tables.reduce((a, t) => a + pad4(t.data.byteLength), 0);
  const out = new Uint8Array(size);
  const dst = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  dst.setUint32(0, flavor);
  dst.setUint16(4, numTables);
  dst.setUint16(6, searchRange);
  dst.setUint16(8, entrySelector);
  dst.setUint16(10, numTables * 16 - searchRange);
  let offset = SFNT_HEADER + numTables * SFNT_ENTRY;
  tables.forEach((t, i) => {
    const at = SFNT_HEADER + i * SFNT_ENTRY;
    dst.setUint32(at, t.tag);
    dst.setUint32(at + 4, t.checksum);
    dst.setUint32(at + 8, offset);
    dst.setUint32(at + 12, t.data.byteLength);
    out.set(t.data, offset);
    offset += pad4(t.data.byteLength);
  });
  return out;
}

/** The four-letter tags of an sfnt's tables, in its directory's order (for tests and errors). */
export function sfntTables(sfnt: Uint8Array): string[] {
  const v = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  return Array.from({ length: v.getUint16(4) }, (_, i) => String.fromCharCode(...sfnt.subarray(SFNT_HEADER + i * SFNT_ENTRY, SFNT_HEADER + i * SFNT_ENTRY + 4)));
}
