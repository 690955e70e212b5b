/**
 * A small typed adapter over scrollama. Its shipped declarations drifted from its code (no `root`/`container`,
 * `offsetTrigger` vs `offset`), so we declare only what we use and test it end to end in e2e/.
 */
import scrollamaFactory from "scrollama";

export interface StepTrigger {
  /** Watch these elements; call `onChange` whenever any crosses the trigger line (either way). */
  observe(steps: HTMLElement[], onChange: () => void): void;
  /** Re-measure after layout changes (resize, fonts, orientation). */
  resize(): void;
  destroy(): void;
}

interface ScrollamaInstance {
  setup(options: { step: HTMLElement[]; offset: number; debug?: boolean }): ScrollamaInstance;
  onStepEnter(cb: () => void): ScrollamaInstance;
  onStepExit(cb: () => void): ScrollamaInstance;
  resize(): ScrollamaInstance;
  destroy(): void;
}

export function createStepTrigger(offset: number, debug = false): StepTrigger {
  const instance = (scrollamaFactory as unknown as () => ScrollamaInstance)();
  return {
    observe(steps, onChange) {
      instance.setup({ step: steps, offset, debug }).onStepEnter(onChange).onStepExit(onChange);
    },
    resize() {
      instance.resize();
    },
    destroy() {
      instance.destroy();
    },
  };
}
