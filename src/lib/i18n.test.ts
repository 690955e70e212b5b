import { describe, expect, it } from "vitest";
import { formatNumber, LOCALE } from "./i18n";

describe("numbers in the edition's digits", () => {
  it("writes a small whole number exactly as Intl does, in both editions", () => {
    for (const lang of ["en", "ar"] as const)
      for (let n = 0; n < 1000; n++) expect(formatNumber(n, lang), `${lang} ${n}`).toBe(new Intl.NumberFormat(LOCALE[lang]).format(n));
    expect(formatNumber(18, "ar")).toBe("١٨");
  });

  it("leaves larger, negative, fractional and formatted numbers to Intl", () => {
    expect(formatNumber(1234, "en")).toBe("1,234");
    expect(formatNumber(2.5, "ar")).toBe(new Intl.NumberFormat("ar-u-nu-arab").format(2.5));
    expect(formatNumber(-3, "en")).toBe("-3");
    expect(formatNumber(7, "en", { minimumIntegerDigits: 2 })).toBe("07");
  });
});
