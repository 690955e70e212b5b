/**
 * One tour per chapter, edition and viewport: every step of the chapter is visited once, as a reader scrolling to
 * it would, and once it has settled every per-step check runs there: its whole state (checks/step-state.ts), what
 * the figures show and how legibly (checks/figures-readable.ts), the Arabic edition's right-to-left order
 * (checks/right-to-left.ts), and axe on what the step changes (stepParts), in each colour scheme
 * checked at this size. axe reads the whole page once per chapter and scheme. The chapters come from content/.
 */
import { AR_CHAPTERS, CHAPTERS } from "./chapters";
import { expectFiguresReadable } from "./checks/figures-readable";
import { expectRightToLeft } from "./checks/right-to-left";
import { expectStepState, settle } from "./checks/step-state";
import { expect, expectNoAxeViolations, stepIds, storyReady, test } from "./helpers";

// Settled states are what is checked here, and they are the same with or without motion: the reader's setting that
// cuts the moves lets each step settle at once. The moves themselves are tested in scroll.spec and the engines' paths.
test.use({ reducedMotion: "reduce" });

const EDITIONS = [
  { prefix: "", chapters: CHAPTERS, arabic: false },
  { prefix: "ar/", chapters: AR_CHAPTERS, arabic: true },
];

/** What a step changes: the step itself, the figures' notes it shows, the marks it highlights, the key, the step buttons and the announcement. */
const stepParts = (id: string) => [`[data-step="${id}"]`, "[data-note][data-shown]", ".map__marks", ".timeline__event[data-active]", ".legend", ".step-nav", "[data-live]"];

for (const { prefix, chapters, arabic } of EDITIONS) {
  for (const slug of chapters) {
    test(`${prefix}${slug}: every step settles into its whole state, its figures readable, and accessible`, async ({ page }, info) => {
      test.setTimeout(240_000);
      const phone = info.project.name === "phone";
      // Light everywhere; dark on the laptop, and for the Arabic edition at both sizes (as the suite always has).
      const schemes = phone && !arabic ? (["light"] as const) : (["light", "dark"] as const);
      await page.goto(`/${prefix}${slug}/`);
      await storyReady(page);
      for (const scheme of schemes) {
        await page.emulateMedia({ colorScheme: scheme });
        await expectNoAxeViolations(page, `${prefix}${slug}, whole page (${scheme})`);
      }
      await page.emulateMedia({ colorScheme: "light" });
      const transforms = new Set<string>();
      const ids = await stepIds(page);
      for (const id of ids) {
        const where = `${prefix}${slug}#${id}`;
        await settle(page, id);
        transforms.add(await expectStepState(page, where, id, phone ? "narrow" : "wide"));
        await expectFiguresReadable(page, id, where, phone);
        if (arabic) await expectRightToLeft(page, where);
        for (const scheme of schemes) {
          await page.emulateMedia({ colorScheme: scheme });
          await expectNoAxeViolations(page, `${where} (${scheme})`, stepParts(id));
        }
        await page.emulateMedia({ colorScheme: "light" });
      }
      // The map really moved along the way, wherever the steps ask for different cameras.
      const cameras = new Set(await page.locator("[data-step]").evaluateAll((els) => els.map((e) => e.getAttribute("data-camera"))));
      if (cameras.size > 1) expect(transforms.size, "distinct map transforms seen").toBeGreaterThan(1);
    });
  }
}
