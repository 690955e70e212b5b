declare namespace App {
  /** What a page tells the components inside its MDX while it renders them. */
  interface Locals {
    /** The language of the page being rendered (default English). */
    lang?: import("./lib/i18n").Lang;
    /** The chapter being rendered: a step's still is /img/<chapter>/<step>.svg. */
    chapter?: string;
    /** The static rendition (/static/<slug>/): every step shows its still, whatever the scripting. */
    stills?: "always";
    /** A chapter's embed view (/embed/<slug>/): light unless its host says otherwise, so its stills are light. */
    embedded?: boolean;
  }
}
