import type { Loader } from "astro/loaders";
import { fileURLToPath } from "node:url";
import { DATA_KINDS, type DataKind } from "../../schemas/registry";
import { validateContentDir, watchedContentFiles } from "./load";

/**
 * An Astro content loader for one data kind, fed by the one validation of all content (src/lib/content/load.ts):
 * the YAML is parsed once, with positions, and the collections take the validated entries as they are. Invalid
 * content never reaches a collection; the build has already stopped on it (src/integrations/content-validation.ts)
 * and in dev the page shows the problems.
 */
export function validatedContent(kind: DataKind): Loader {
  return {
    name: `story-content:${kind}`,
    load: async ({ store, config, logger, watcher, generateDigest }) => {
      const root = fileURLToPath(config.root);
      const sync = () => {
        const { data, problems } = validateContentDir(root);
        if (!data) {
          logger.warn(`${DATA_KINDS[kind].file}: not loaded, the content has ${problems.length} problem(s)`);
          return;
        }
        const entries: [string, Record<string, unknown>][] =
          kind === "story" ? [["story", data.story]] : (data[kind] as { id: string }[]).map((e) => [e.id, e as unknown as Record<string, unknown>]);
        store.clear();
        for (const [id, entry] of entries) store.set({ id, data: entry, digest: generateDigest(entry) });
      };
      sync();
      if (watcher) {
        const files = watchedContentFiles(`${root}content`);
        watcher.add(files);
        watcher.on("change", (path) => files.includes(path) && sync());
      }
    },
  };
}
