/**
 * The lines of 连线题, measured from the elements' boxes. Side by side: from the statement's right
 * edge to the answer's left edge. Stacked (phone): both ends on the left edges, curving through
 * the gutter left of the lists, so lines never cross the text.
 */
export interface DrawnLine {
  readonly item: string;
  readonly target: string;
  readonly d: string;
}

const GUTTER = 24;

function find(root: HTMLElement, attribute: 'item' | 'target', id: string): Element | undefined {
  // dnd-kit leaves an aria-hidden placeholder clone during a drop: measure the real element.
  for (const element of root.querySelectorAll(`[data-${attribute}]`)) {
    if (element.getAttribute(`data-${attribute}`) === id && element.getAttribute('aria-hidden') !== 'true') return element;
  }
  return undefined;
}

export function measureLines(root: HTMLElement, pairs: readonly { item: string; target: string }[]): DrawnLine[] {
  const origin = root.getBoundingClientRect();
  return pairs.flatMap((pair, index) => {
    const item = find(root, 'item', pair.item);
    const from = item?.getBoundingClientRect();
    // Start past the statement's remove button, if it has one.
    const right = item?.closest('li')?.getBoundingClientRect().right ?? from?.right ?? 0;
    const to = find(root, 'target', pair.target)?.getBoundingClientRect();
    if (!from || !to) return [];
    const y1 = from.top + from.height / 2 - origin.top;
    const y2 = to.top + to.height / 2 - origin.top;
    let d: string;
    if (to.left >= right - 1) {
      const x1 = right - origin.left;
      const x2 = to.left - origin.left;
      const mid = (x1 + x2) / 2;
      d = `M ${x1} ${y1} C ${mid} ${y1}, ${mid} ${y2}, ${x2} ${y2}`;
    } else {
      const x1 = from.left - origin.left;
      const x2 = to.left - origin.left;
      // Each line its own lane in the gutter, so lines to different answers stay apart.
      const bend = Math.max(2, Math.min(x1, x2) - GUTTER + 2 + (index % 4) * 5);
      d = `M ${x1} ${y1} C ${bend} ${y1}, ${bend} ${y2}, ${x2} ${y2}`;
    }
    return [{ item: pair.item, target: pair.target, d }];
  });
}

/** Calls `changed` whenever the layout may have moved: element resize, window resize, web fonts. */
export function watchLayout(root: HTMLElement, changed: () => void): () => void {
  let frame = 0;
  let alive = true;
  const schedule = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(changed);
  };
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : undefined;
  observer?.observe(root);
  for (const child of root.querySelectorAll('[data-item], [data-target]')) observer?.observe(child);
  window.addEventListener('resize', schedule);
  void document.fonts?.ready.then(() => {
    if (alive) schedule();
  });
  schedule();
  return () => {
    alive = false;
    cancelAnimationFrame(frame);
    observer?.disconnect();
    window.removeEventListener('resize', schedule);
  };
}
