/**
 * Where the dev server's course modules hand over each version of the course as it is saved.
 * Development only: nothing in a build imports this.
 */
import type { PlayerBundle } from '../player-bundle.ts';

type Listener = (bundle: PlayerBundle) => void;

let folder: string | undefined;
const listeners = new Set<Listener>();

/** Called by the course module each time it runs: first on load, then on every hot update. */
export function courseLoaded(from: string, bundle: PlayerBundle): void {
  const update = folder === from;
  folder = from;
  if (update) for (const listener of listeners) listener(bundle);
}

/** The course folder this page shows, once its module has run. */
export function courseFolder(): string | undefined {
  return folder;
}

export function onCourseEdited(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
