import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { loadValidContent, watchedContentFiles } from "../lib/content/load";
import { ContentError } from "../lib/content/problem";

/**
 * Validates all content (YAML data and every chapter's MDX components) in one pass before Astro builds,
 * checks or serves anything, so an editor sees every problem at once with file:line:column. A build that
 * stops here has not touched dist/. The same validation, memoized, feeds the collections.
 */
export default function contentValidation(): AstroIntegration {
  return {
    name: "story-content-validation",
    hooks: {
      "astro:config:setup": ({ config, command, logger, addWatchFile }) => {
        const root = fileURLToPath(config.root);
        // Watched first, whatever the result: in dev, saving the fix re-runs this and clears the warning.
        for (const file of watchedContentFiles(`${root}content`)) addWatchFile(file);
        try {
          const { chapters, data, translations, warnings } = loadValidContent(root);
          logger.info(`content ok: ${chapters.length} chapters, ${data.events.length} events, ${data.quotes.length} quotes, ${data.places.length} places, ${data.sources.length} sources; ${translations.length} translated chapters and pages`);
          // Not errors: what is not translated yet (each edition links to the English meanwhile).
          if (warnings.length) logger.warn(`${warnings.length} untranslated:\n${warnings.map((w) => `  ${w.file}: ${w.message}`).join("\n")}`);
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
          if (command === "dev") {
            // In dev, keep the server up and say it loudly; the pages show the same message.
            logger.error(error.message);
            return;
          }
          // Print the full report once, plainly, then stop with a short error and no stack trace (the stack
          // would point into our code, not at the editor's file).
          console.error(`\n${error.message}\n`);
          const stop = new Error(`Content validation found ${error.problems.length} problem(s), listed above.`);
          stop.stack = stop.message;
          throw stop;
        }
      },
    },
  };
}
