import { TRIGGER_LINE } from "../lib/codec";

/**
 * The language switch keeps the reader's step: its link points at the step being read (/ar/<slug>/#<step>). A
 * reader who scrolls back up to the page's header to reach the switch passes out of the story, which then shows
 * its first step; that is not a step they read, so the link keeps the last one they did.
 */
export function keepStepInLanguageSwitch(steps: readonly HTMLElement[], index: number) {
  const step = steps[index];
  if (!step) return;
  const aboveTheStory = index === 0 && step.getBoundingClientRect().top > innerHeight * TRIGGER_LINE;
  if (aboveTheStory && location.hash !== `#${step.id}`) return;
  document.querySelectorAll<HTMLAnchorElement>("a[data-lang-switch]").forEach((a) => a.hash !== `#${step.id}` && (a.hash = step.id));
}
