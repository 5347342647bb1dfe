/**
 * All motion goes through here. With `prefers-reduced-motion: reduce` no tween is created at
 * all: elements simply appear in their end state (gsap never runs a zero-length tween's
 * callbacks, so skipping is also the only reliable way to land in the end state).
 *
 * gsap is loaded after the first page is shown, so it is not part of the first load; anything
 * that appears before it arrives simply appears without motion.
 */
import type { gsap as Gsap } from 'gsap';

let engine: typeof Gsap | undefined;
let loading: Promise<void> | undefined;

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Starts loading the animation library unless the learner asked for reduced motion. */
export function loadMotion(): Promise<void> {
  if (prefersReducedMotion()) return Promise.resolve();
  loading ??= import('gsap').then((module) => {
    engine = module.gsap;
  });
  return loading;
}

export type Entrance = 'page' | 'reveal' | 'popup';

const FROM: Record<Entrance, gsap.TweenVars> = {
  page: { opacity: 0, x: 24, duration: 0.3 },
  reveal: { opacity: 0, y: -6, duration: 0.25 },
  popup: { opacity: 0, scale: 0.96, duration: 0.2 },
};

/** A Svelte attachment: `{@attach enter('reveal')}` animates the element in when it appears. */
export function enter(kind: Entrance) {
  return (element: HTMLElement) => {
    if (!engine || prefersReducedMotion()) return undefined;
    const tween = engine.from(element, { ...FROM[kind], ease: 'power2.out', clearProps: 'opacity,transform' });
    return () => {
      tween.kill();
    };
  };
}
