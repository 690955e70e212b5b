/**
 * A built page's inline stylesheets and its scripts, read with a streaming HTML parser (htmlparser2's tokenizer,
 * the one linkedom builds its DOM from). The build reads every page it wrote (src/integrations/inline-policy.ts);
 * building a whole DOM of each took most of a large build's post-processing (7 s of 13 for 100 chapters, whose
 * single-graphic embeds hold every step: 2-3 MB of HTML). The text of a <style> or <script> is raw text, as a
 * browser reads it for its CSP hash; `start` and `end` are the element's offsets in the page (end exclusive).
 */
import { Parser } from "htmlparser2";

export interface ScannedElement {
  attributes: Record<string, string>;
  text: string;
  start: number;
  end: number;
}

export function scanPage(html: string): { styles: ScannedElement[]; scripts: ScannedElement[] } {
  const found = { styles: [] as ScannedElement[], scripts: [] as ScannedElement[] };
  let open: (ScannedElement & { name: string }) | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "style" || name === "script") open = { name, attributes, text: "", start: parser.startIndex, end: -1 };
      },
      ontext(text) {
        if (open) open.text += text;
      },
      onclosetag(name) {
        if (!open || name !== open.name) return;
        const { name: tag, ...element } = open;
        (tag === "style" ? found.styles : found.scripts).push({ ...element, end: parser.endIndex + 1 });
        open = null;
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return found;
}
