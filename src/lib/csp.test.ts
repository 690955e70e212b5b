import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { directiveSources, headersFor, inlineHash, withHashes } from "./csp";

const HEADERS = `# comment: style-src is named here too
/*
  Content-Security-Policy: default-src 'self'; style-src 'self'; img-src 'self'
/embed/*
  Content-Security-Policy: default-src 'self'; style-src 'self'; frame-ancestors *
`;

describe("inline stylesheet hashes in the CSP", () => {
  it("hashes the stylesheet's exact text as browsers do (SHA-256, base64)", () => {
    // The value Chromium prints in its CSP error for an empty <style></style>.
    expect(inlineHash("")).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(inlineHash("a{color:red}")).toBe(`'sha256-${createHash("sha256").update("a{color:red}").digest("base64")}'`);
    expect(inlineHash("a{color:red} ")).not.toBe(inlineHash("a{color:red}"));
  });

  it("adds each hash once to every style-src, and nothing else changes", () => {
    const h1 = inlineHash("a{}");
    const h2 = inlineHash("b{}");
    const out = withHashes(HEADERS, "style-src", [h2, h1, h2]);
    const policies = out.split("\n").filter((l) => l.includes("Content-Security-Policy:")).map((l) => l.split(": ")[1]!);
    expect(policies).toHaveLength(2);
    for (const p of policies) expect(directiveSources(p, "style-src")).toEqual(["'self'", ...[h1, h2].sort()]);
    expect(out.split("\n")[0]).toBe("# comment: style-src is named here too");
    expect(out.replaceAll(` ${[h1, h2].sort().join(" ")}`, "")).toBe(HEADERS);
    // Applied twice, still once each.
    expect(withHashes(out, "style-src", [h1])).toBe(out);
  });

  it("adds a script's hash to script-src only, and a policy without script-src is left as it is", () => {
    const h = inlineHash("import('/x.js')");
    const headers = `/*\n  Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'\n/embed/*\n  Content-Security-Policy: default-src 'self'\n`;
    const out = withHashes(headers, "script-src", [h]);
    const [page, embed] = out.split("\n").filter((l) => l.includes("Content-Security-Policy:")).map((l) => l.split(": ")[1]!);
    expect(directiveSources(page!, "script-src")).toEqual(["'self'", h]);
    expect(directiveSources(page!, "style-src")).toEqual(["'self'"]);
    expect(embed).toBe("default-src 'self'");
  });

  it("leaves the file alone when no page has an inline stylesheet", () => {
    expect(withHashes(HEADERS, "style-src", [])).toBe(HEADERS);
  });
});

describe("_headers", () => {
  it("gives a path the most specific block's headers", () => {
    expect(directiveSources(headersFor(HEADERS, "/")["Content-Security-Policy"]!, "style-src")).toEqual(["'self'"]);
    expect(headersFor(HEADERS, "/the-rockets/")["Content-Security-Policy"]).not.toContain("frame-ancestors");
    expect(headersFor(HEADERS, "/embed/the-rockets/")["Content-Security-Policy"]).toContain("frame-ancestors *");
    expect(headersFor("/embed/*\n  X: y\n", "/about/")).toEqual({});
  });
});
