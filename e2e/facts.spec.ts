import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { chaptersUsing } from "./chapters";
import { expect, test } from "./helpers";

// What a reader sees about the status of a claim and the bounds of an interval, checked against the content.
const yaml = (file: string) => parse(readFileSync(new URL(`../content/${file}`, import.meta.url), "utf8")) as Record<string, unknown>[];
const quoteStatus = new Map(yaml("quotes.yaml").map((q) => [q["id"] as string, q["status"] as string]));
const byTimes = new Set(yaml("events.yaml").filter((e) => e["timeIs"] === "by").map((e) => e["id"] as string));

test.describe("claims and intervals as readers see them", () => {
  for (const slug of chaptersUsing("Quote")) {
    test(`${slug}: each quote's badge shows the status of what that quote claims, apart from that it was said`, async ({ page }) => {
      await page.goto(`/${slug}/`);
      const quotes = await page.locator(".quote[data-quote]").all();
      expect(quotes.length, "quotes shown").toBeGreaterThan(0);
      for (const quote of quotes) {
        const id = (await quote.getAttribute("data-quote"))!;
        const claim = quote.locator('.status:has-text("What it claims")');
        await expect(claim, id).toHaveCount(1);
        await expect(claim, id).toHaveAttribute("data-status", quoteStatus.get(id)!);
        await expect(claim, id).toContainText(quoteStatus.get(id)!);
        await expect(quote.locator(".quote__said"), id).toContainText(/^Said: (confirmed|as reported by .+)$/);
        // When the words were said is shown in the speaker's zone, apart from when they were published.
        await expect(quote.locator(".quote__when"), id).toContainText(/said \d{1,2} \w+ 2021|said \d\d:\d\d|published/);
      }
    });

  }
  // Only the chapters that show an interval (a test over none would assert nothing).
  for (const slug of chaptersUsing("Elapsed")) {
    test(`${slug}: an interval with a "by" endpoint is shown as a bound`, async ({ page }) => {
      await page.goto(`/${slug}/`);
      const shown = await page.locator(".elapsed").all();
      expect(shown.length, "intervals shown").toBeGreaterThan(0);
      for (const elapsed of shown) {
        const [from, to] = [await elapsed.getAttribute("data-elapsed-from"), await elapsed.getAttribute("data-elapsed-to")];
        if (byTimes.has(from!)) await expect(elapsed, `${from}→${to}`).toHaveText(/^at least \d/);
        else if (byTimes.has(to!)) await expect(elapsed, `${from}→${to}`).toHaveText(/^at most \d/);
        else await expect(elapsed, `${from}→${to}`).not.toHaveText(/at (least|most)/);
      }
    });
  }

  test("Kirby's \"two locations in Syria and one in Iraq\" reads as said, and disputed", async ({ page }) => {
    await page.goto("/the-strikes/");
    const quote = page.locator('.quote[data-quote="kirby-targets"]');
    await expect(quote.locator(".quote__said")).toHaveText("Said: confirmed");
    await expect(quote.locator('.status:has-text("What it claims")')).toContainText("disputed");
    await expect(quote.locator(".quote__when")).toContainText("said 27 June 2021 (Washington)");
  });

  test("the Pentagon's announcement bounds both intervals it ends or starts", async ({ page }) => {
    await page.goto("/the-hours-between/");
    await expect(page.locator('.elapsed[data-elapsed-to="pentagon-statement"]')).toHaveText("at most 1 h 47 min");
    await expect(page.locator('.elapsed[data-elapsed-from="pentagon-statement"]')).toHaveText("at least 16 h 57 min");
  });
});
