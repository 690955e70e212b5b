import { describe, expect, it } from "vitest";
import { parseHeaders } from "../src/lib/csp";
import { headersOf } from "./serve-dist";

describe("the test server's headers (scripts/serve-dist.ts)", () => {
  const blocks = parseHeaders(`# comment
/*
  Content-Security-Policy: default-src 'self'
  X-Content-Type-Options: nosniff
  Access-Control-Allow-Origin: *

/embed/*
  Content-Security-Policy: default-src 'self'; frame-ancestors *
`);

  it("gives a page every matching block's headers, the more specific pattern winning", () => {
    expect(headersOf(blocks, "/embed/the-strikes/")).toEqual({
      "Content-Security-Policy": "default-src 'self'; frame-ancestors *",
      "X-Content-Type-Options": "nosniff",
      "Access-Control-Allow-Origin": "*",
    });
  });

  it("gives other pages the catch-all block alone", () => {
    expect(headersOf(blocks, "/the-strikes/")["Content-Security-Policy"]).toBe("default-src 'self'");
    expect(headersOf(blocks, "/_astro/story.js")["X-Content-Type-Options"]).toBe("nosniff");
  });
});
