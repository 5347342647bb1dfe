/** The storyboard of a course folder, for `courseloom storyboard` and the preview's `?view=storyboard`. */
import { loadCourseDir } from '../../model/load-course-dir.ts';
import type { Problem } from '../../model/problem.ts';
import { storyboardFigures } from './figures.ts';
import { storyboardPage } from './storyboard-page.ts';

export type StoryboardResult = { ok: true; id: string; html: string } | { ok: false; problems: readonly Problem[] };

export function storyboardOf(dir: string, now = new Date()): StoryboardResult {
  const loaded = loadCourseDir(dir);
  if (!loaded.ok) return loaded;
  return { ok: true, id: loaded.course.id, html: storyboardPage(loaded.course, storyboardFigures(loaded.course, dir), now) };
}
