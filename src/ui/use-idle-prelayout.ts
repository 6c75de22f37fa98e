import { type RefObject, useEffect } from 'react';

/** The class that shows a `content-visibility: auto` block for the one forced layout (see the stylesheet). */
const PRELAYOUT_CLASS = 'is-prelayout';

/** Runs `run` when the page is next idle (a timer where requestIdleCallback is missing); returns a cancel. */
function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: 5000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(() => run(), 200);
  return () => window.clearTimeout(handle);
}

/**
 * Lays out, while the page is idle, one group of blocks per idle period (a frame's layout of those blocks): the
 * blocks under `root` matching `selector` whose style is `content-visibility: auto` (those the browser skips while
 * they are far from the screen). The browser keeps a skipped block's layout, so when a search shrinks the table and
 * such a block comes into view, that frame only paints it instead of laying it out for the first time (the longest
 * task of a keystroke in the bench); the block's remembered size also makes the scroll bar right. Runs again
 * whenever `key` changes (new data, year, unit or language) and `ready` is true. `maxGroups` stops after the first
 * groups: each group's frame is one task, which must stay short.
 */
export function useIdlePrelayout(
  root: RefObject<HTMLElement | null>,
  selector: string,
  ready: boolean,
  key: unknown,
  maxGroups = Number.POSITIVE_INFINITY,
): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: key stands for what the blocks show
  useEffect(() => {
    const element = root.current;
    if (!ready || element === null) return;
    // The stylesheet says which blocks are skipped; only those are laid out ahead. Blocks side by side (one
    // parent, a grid row) go together: a block alone would be stretched to its neighbour's placeholder height,
    // and remember that.
    const groups = new Map<Element | null, HTMLElement[]>();
    for (const block of element.querySelectorAll<HTMLElement>(selector)) {
      if (getComputedStyle(block).contentVisibility !== 'auto') continue;
      const group = groups.get(block.parentElement) ?? [];
      group.push(block);
      groups.set(block.parentElement, group);
    }
    const queue = [...groups.values()].slice(0, maxGroups);
    let cancel = () => {};
    const step = () => {
      const group = queue.shift()?.filter((block) => block.isConnected);
      if (group === undefined) return;
      // Shown for one rendering update: laid out in it, and their sizes remembered (the browser records a
      // skipped block's size at that point only, not at a forced layout), then skipped again.
      const show = (on: boolean) => {
        for (const block of group) block.classList.toggle(PRELAYOUT_CLASS, on);
      };
      show(true);
      let frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => {
          show(false);
          if (queue.length > 0) cancel = whenIdle(step);
        });
      });
      cancel = () => {
        cancelAnimationFrame(frame);
        show(false);
      };
    };
    cancel = whenIdle(step);
    return () => cancel();
  }, [root, selector, ready, key, maxGroups]);
}
