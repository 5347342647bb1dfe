/** What the learner's state means for the LMS: bookmark, saved state, completion and score. */
import type { Course } from '../model/schema.ts';
import type { LearnerState } from './learner-state.ts';
import { progress } from './progress.ts';
import { courseQuestions, courseScore } from './questions/answers.ts';
import { encodeState } from './state-codec.ts';

export interface Score {
  /** Percent, 0 to 100. */
  readonly raw: number;
  readonly min: 0;
  readonly max: 100;
}

export interface LearnerReport {
  /** The bookmark: the current page id. */
  readonly location: string;
  readonly suspendData: string;
  readonly completed: boolean;
  /** Absent while the course has no scored questions. */
  readonly score?: Score;
  /** The course's pass mark in percent, if it has one. */
  readonly passingScore?: number;
}

export function learnerReport(course: Course, state: LearnerState): LearnerReport {
  // No score before the first scored answer: an LMS would otherwise show 0 for a course just opened.
  const completed = progress(course, state).complete;
  const started = completed || courseQuestions(course).some((q) => q.weight > 0 && state.answers[q.id] !== undefined);
  const score = started ? courseScore(course, state) : undefined;
  return {
    location: state.page,
    suspendData: encodeState(course, state),
    completed,
    ...(score === undefined ? {} : { score: { raw: score, min: 0, max: 100 } }),
    ...(course.passingScore === undefined ? {} : { passingScore: course.passingScore }),
  };
}
