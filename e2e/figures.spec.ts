import { expectLegible, figureTexts } from "./checks/figures-readable";
import { settle } from "./checks/step-state";
import { expect, stepIds, test } from "./helpers";

// Every step of every chapter at 390×844 and 1440×900 is measured in tour.spec.ts (checks/figures-readable.ts).
// Common laptops between the two sizes the layouts are drawn for: the graphic keeps the width its timeline text
// needs (12 px) on a screen tall enough for it (1280×800); a shorter one (1366×768, the map taking its height)
// draws the timeline a little smaller, which the wide drawing's lane names and times are sized for. Nothing is
// cut or overlaps.
for (const size of [{ width: 1280, height: 800 }, { width: 1366, height: 768 }])
  test.describe(`on a ${size.width}×${size.height} laptop`, () => {
    test.use({ viewport: size });
    test("the-strikes: every step's figure text is at least 12 px, inside its figure, with no overlap", async ({ page }, info) => {
      test.skip(info.project.name === "phone", "a laptop size");
      await page.goto("/the-strikes/");
      for (const id of await stepIds(page)) {
        await settle(page, id);
        const texts = await figureTexts(page);
        expect(texts.length).toBeGreaterThan(10);
        await expectLegible(page, texts, `#${id}`);
      }
    });
  });
