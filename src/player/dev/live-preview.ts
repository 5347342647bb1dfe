/**
 * The player's side of `courseloom preview`: each saved version of the course replaces the shown
 * one at the learner's place, and a course file with problems shows them over the page until it
 * is fixed. Loaded only on the dev server (`import.meta.hot`), never part of a package.
 */
import { carryOver } from '../../engine/course-edit.ts';
import type { LearnerState } from '../../engine/learner-state.ts';
import { mapCourseMarkdown } from '../../model/course-bundle.ts';
import type { Course } from '../../model/schema.ts';
import type { PlayerBundle } from '../player-bundle.ts';
import { PROBLEMS_EVENT, PROBLEMS_PATH, type ProblemReport } from '../../model/live-preview.ts';
import type { CoursePlayer } from '../course-player.svelte.ts';
import { courseFolder, onCourseEdited } from './live-course.ts';
import { ProblemsOverlay } from './problems-overlay.ts';

declare module 'vite/types/customEvent.d.ts' {
  interface CustomEventMap {
    [PROBLEMS_EVENT]: ProblemReport;
  }
}

function isReport(value: unknown): value is ProblemReport {
  return typeof value === 'object' && value !== null && 'folder' in value && 'problems' in value && Array.isArray(value.problems);
}

/** The course with its Markdown keys replaced by their HTML: keys shift when texts are added. */
function asWritten(course: Course, html: PlayerBundle['html']): Course {
  return mapCourseMarkdown(course, (key) => html[key] ?? key);
}

export interface Shown {
  readonly player: CoursePlayer;
  readonly bundle: PlayerBundle;
}

export function followEdits(shown: () => Shown, replace: (edited: PlayerBundle, state: LearnerState) => void): void {
  const overlay = new ProblemsOverlay();
  const report = (found: ProblemReport) => {
    if (found.folder === courseFolder()) overlay.show(found.problems, shown().bundle.course.language);
  };
  onCourseEdited((edited) => {
    const { player, bundle } = shown();
    replace(edited, carryOver(asWritten(bundle.course, bundle.html), asWritten(edited.course, edited.html), player.state));
  });
  import.meta.hot?.on(PROBLEMS_EVENT, (found) => {
    overlay.fileChanged();
    report(found);
  });
  // The page may have been opened while the file was already broken.
  const folder = courseFolder();
  if (folder === undefined) return;
  void fetch(`${PROBLEMS_PATH}?course=${encodeURIComponent(folder)}`)
    .then((response) => response.json())
    .then((found: unknown) => {
      if (isReport(found)) report(found);
    })
    .catch(() => undefined);
}
