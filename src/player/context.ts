import { getContext, setContext } from 'svelte';
import type { CourseBundle } from '../model/course-bundle.ts';
import type { CoursePlayer } from './course-player.svelte.ts';
import type { Translate } from './i18n.ts';

export interface PlayerContext {
  readonly player: CoursePlayer;
  readonly t: Translate;
  readonly html: CourseBundle['html'];
  readonly assets: CourseBundle['assets'];
}

const KEY = Symbol('courseloom-player');

export function providePlayer(context: PlayerContext): void {
  setContext(KEY, context);
}

export function usePlayer(): PlayerContext {
  const context = getContext<PlayerContext | undefined>(KEY);
  if (!context) throw new Error('usePlayer() outside the player');
  return context;
}
