import bundle from 'virtual:courseloom/course';
import { mount, unmount } from 'svelte';
import type { LearnerState } from '../engine/learner-state.ts';
import App from './App.svelte';
import { CoursePlayer } from './course-player.svelte.ts';
import type { PlayerBundle } from './player-bundle.ts';
import { SaveStatus } from './save-status.svelte.ts';
import { openSession, trackPlayer } from './tracking.ts';
import './theme.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

function nameDocument({ course }: PlayerBundle): void {
  document.documentElement.lang = course.language;
  document.title = `${course.code} ${course.title}`;
}

async function boot(into: HTMLElement): Promise<void> {
  nameDocument(bundle);
  const { session, start, initial, askToResume } = await openSession(bundle.course);
  const status = new SaveStatus();
  const show = (shown: PlayerBundle, state: LearnerState | undefined, ask: boolean) => {
    const player = new CoursePlayer(shown.course, state);
    const tracking = trackPlayer(player, session, start, status);
    const app = mount(App, { target: into, props: { bundle: shown, player, status, askToResume: ask } });
    return { player, tracking, app, bundle: shown };
  };
  let current = show(bundle, initial, askToResume);

  if (import.meta.hot) {
    // The live preview: a saved course file is swapped in where the learner stands.
    const { followEdits } = await import('./dev/live-preview.ts');
    followEdits(() => current, (edited, state) => {
      const scroll = scrollY;
      current.tracking.stop();
      void unmount(current.app);
      nameDocument(edited);
      current = show(edited, state, false);
      requestAnimationFrame(() => scrollTo(0, scroll));
    });
  }
}

void boot(target);
