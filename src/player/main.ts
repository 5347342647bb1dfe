import bundle from 'virtual:courseloom/course';
import { mount } from 'svelte';
import App from './App.svelte';
import { CoursePlayer } from './course-player.svelte.ts';
import { SaveStatus } from './save-status.svelte.ts';
import { openSession, trackPlayer } from './tracking.ts';
import './theme.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
const { course } = bundle;
document.documentElement.lang = course.language;
document.title = `${course.code} ${course.title}`;

async function boot(into: HTMLElement): Promise<void> {
  const { session, start, initial, askToResume } = await openSession(course);
  const player = new CoursePlayer(course, initial);
  const status = new SaveStatus();
  trackPlayer(player, session, start, status);
  mount(App, { target: into, props: { bundle, player, status, askToResume } });
}

void boot(target);
