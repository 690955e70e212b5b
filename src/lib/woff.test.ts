import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { sfntTables, woffToSfnt } from "./woff";

const require = createRequire(import.meta.url);
const woff = readFileSync(require.resolve("@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff"));

describe("WOFF → OpenType, for resvg's Arabic", () => {
  it("unpacks every table of the npm font into a TrueType file", () => {
    const sfnt = woffToSfnt(woff);
    const view = new DataView(sfnt.buffer);
    expect(view.getUint32(0)).toBe(0x00010000); // TrueType outlines
    const tables = sfntTables(sfnt);
    expect(tables).toEqual(expect.arrayContaining(["cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post", "GSUB"]));
    expect(tables.length).toBe(new DataView(woff.buffer, woff.byteOffset).getUint16(12));
    // head.magicNumber sits 12 bytes into the head table: only there if the table was inflated whole.
    const i = tables.indexOf("head");
    const headOffset = view.getUint32(12 + i * 16 + 8);
    expect(view.getUint32(headOffset + 12)).toBe(0x5f0f3cf5);
    // The file is the sum of its tables, each on a four-byte boundary.
    expect(sfnt.byteLength % 4).toBe(0);
    expect(sfnt.byteLength).toBe(new DataView(woff.buffer, woff.byteOffset).getUint32(16));
  });

  it("says what is wrong with a file that is not WOFF", () => {
    expect(() => woffToSfnt(new Uint8Array(64))).toThrow(/not a WOFF 1\.0 file/);
  });
});
