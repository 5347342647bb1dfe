/**
 * The lines of 连线题, measured from the elements' boxes. Side by side: from the statement's right
 * edge to the answer's left edge. Stacked (phone): both ends on the left edges, curving through
 * the gutter left of the lists, so lines never cross the text.
 */
import { afterNextPaint } from '../after-paint.ts';

export interface DrawnLine {
  readonly item: string;
  readonly target: string;
  readonly d: string;
}

const GUTTER = 24;

function find(root: HTMLElement, attribute: 'item' | 'target', id: string): Element | undefined {
  return root.querySelector(`[data-${attribute}="${CSS.escape(id)}"]`) ?? undefined;
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

/**
 * Calls `changed` whenever the layout may have moved: element resize, window resize, web fonts.
 * It starts watching once the block has been painted, so that showing the page does not wait for it.
 */
export function watchLayout(root: HTMLElement, changed: () => void): () => void {
  let frame = 0;
  let alive = true;
  const schedule = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(changed);
  };
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : undefined;
  const cancelStart = afterNextPaint(() => {
    observer?.observe(root);
    for (const child of root.querySelectorAll('[data-item], [data-target]')) observer?.observe(child);
    window.addEventListener('resize', schedule);
    void document.fonts?.ready.then(() => {
      if (alive) schedule();
    });
  });
  return () => {
    alive = false;
    cancelStart();
    cancelAnimationFrame(frame);
    observer?.disconnect();
    window.removeEventListener('resize', schedule);
  };
}

export interface PointerLine {
  readonly item: string;
  readonly d: string;
}

/** Where a dragged statement's line starts: measured once per drag, not on every move. */
export interface DragAnchor {
  readonly item: string;
  readonly origin: DOMRect;
  readonly from: DOMRect;
}

export function dragAnchor(root: HTMLElement, itemId: string): DragAnchor | undefined {
  const item = find(root, 'item', itemId);
  return item ? { item: itemId, origin: root.getBoundingClientRect(), from: item.getBoundingClientRect() } : undefined;
}

/** The line of a statement being dragged: from its edge to `to` (viewport coordinates). */
export function pointerLine({ item, origin, from }: DragAnchor, to: { x: number; y: number }): PointerLine {
  const x2 = to.x - origin.left;
  const y2 = to.y - origin.top;
  const y1 = from.top + from.height / 2 - origin.top;
  // From the side the pointer is on, so the line never crosses the statement's own text.
  const x1 = (to.x >= from.left + from.width / 2 ? from.right : from.left) - origin.left;
  const mid = (x1 + x2) / 2;
  return { item, d: `M ${x1} ${y1} C ${mid} ${y1}, ${mid} ${y2}, ${x2} ${y2}` };
}
