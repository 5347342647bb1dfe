/**
 * All motion goes through here, on the browser's own Web Animations: no library to download or
 * run on the main thread, and opacity/transform animate on the compositor.
 *
 * With `prefers-reduced-motion: reduce` no animation is created at all: elements simply appear in
 * their end state. The animations fill nothing, so once one ends (or is cancelled) the element
 * is back to its own styles, i.e. its end state.
 */

/** Asked once: the list follows the setting, and asking the browser again on every page costs time. */
let reducedMotion: MediaQueryList | undefined;

export function prefersReducedMotion(): boolean {
  if (typeof matchMedia !== 'function') return false;
  reducedMotion ??= matchMedia('(prefers-reduced-motion: reduce)');
  return reducedMotion.matches;
}

export type Entrance = 'page' | 'reveal' | 'popup';

interface EntranceMotion {
  /** Where the element starts; it ends at its own styles. */
  readonly from: Keyframe;
  readonly duration: number;
}

const FROM: Record<Entrance, EntranceMotion> = {
  page: { from: { opacity: 0, transform: 'translateX(24px)' }, duration: 300 },
  reveal: { from: { opacity: 0, transform: 'translateY(-6px)' }, duration: 250 },
  popup: { from: { opacity: 0, transform: 'scale(0.96)' }, duration: 200 },
};

/** A cubic ease-out: fast at first, settling gently. */
const EASE_OUT = 'cubic-bezier(0.33, 1, 0.68, 1)';

/** A Svelte attachment: `{@attach enter('reveal')}` animates the element in when it appears. */
export function enter(kind: Entrance) {
  return (element: HTMLElement) => {
    if (typeof element.animate !== 'function' || prefersReducedMotion()) return undefined;
    const { from, duration } = FROM[kind];
    // A lone keyframe would be taken as the end (offset 1): pin it to the start, and the end
    // is implicit, the element's own styles.
    const animation = element.animate([{ ...from, offset: 0 }], { duration, easing: EASE_OUT });
    return () => {
      animation.cancel();
    };
  };
}
