/**
 * Connects the player to the LMS: finds the API (or falls back to standalone), restores the
 * learner's state, and reports every change. Components never see any of this.
 */
import { pageIndex, startState, type LearnerState } from '../engine/learner-state.ts';
import { learnerReport } from '../engine/report.ts';
import { decodeState } from '../engine/state-codec.ts';
import type { Course } from '../model/schema.ts';
import { connect, standaloneConnection, type KeyValueStore } from '../scorm/connection.ts';
import { waitForApi, type ScormVersion } from '../scorm/find-api.ts';
import { packagedVersion } from '../scorm/packaged-version.ts';
import { ScormSession, type SessionStart } from '../scorm/session.ts';
import { afterNextPaint } from './after-paint.ts';
import type { CoursePlayer } from './course-player.svelte.ts';
import type { SaveStatus } from './save-status.svelte.ts';

/** Courses this short resume silently: asking would cost more than it saves. */
const SHORT_COURSE_PAGES = 3;

export interface Resumption {
  readonly initial: LearnerState;
  /** Offer 继续 / 从头开始: the bookmark is past page 1 of a longer course. */
  readonly askToResume: boolean;
}

export function resumption(course: Course, start: SessionStart): Resumption {
  const decoded = decodeState(course, start.suspendData);
  let initial = decoded.ok ? decoded.state : startState(course);
  if (!decoded.ok && pageIndex(course, start.location) > 0) {
    // The saved state is from another build of the course: keep at least the bookmark.
    initial = { ...initial, page: start.location, visited: [...initial.visited, start.location] };
  }
  return { initial, askToResume: pageIndex(course, initial.page) > 0 && course.pages.length > SHORT_COURSE_PAGES };
}

function browserStore(): KeyValueStore {
  try {
    const probe = '__courseloom__';
    localStorage.setItem(probe, probe);
    localStorage.removeItem(probe);
    return localStorage;
  } catch {
    // Storage can be blocked (private mode, sandboxed frames): keep progress for this visit only.
    const memory = new Map<string, string>();
    return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v) };
  }
}

export async function openSession(course: Course, prefer: ScormVersion = packagedVersion(document)) {
  const found = await waitForApi(window, { prefer });
  const lms = found ? connect(found) : standaloneConnection(browserStore(), `courseloom:${course.id}`);
  const session = new ScormSession(lms);
  const start = session.start(course.passingScore);
  return { session, start, ...resumption(course, start) };
}

/** Reports the player's state to the session, and ends the session when the page goes away. */
export function trackPlayer(player: CoursePlayer, session: ScormSession, start: SessionStart, status: SaveStatus): { stop(): void } {
  const course = player.course;
  status.refused = start.refused;
  status.untracked = !start.tracked && !start.refused;
  status.trouble = session.inTrouble;
  const stopTrouble = session.onTrouble((trouble) => (status.trouble = trouble));
  // The report (the suspend data above all) is worked out once the frame showing a change has
  // been painted: the learner sees the page or the line first, the bookkeeping follows. Changes
  // in between are reported together. Hiding or leaving the page reports at once. A frame that
  // is never painted (a hidden frame) still reports within a second.
  let cancelReport: (() => void) | undefined;
  const report = () => {
    cancelReport?.();
    cancelReport = undefined;
    session.update(learnerReport(course, player.state));
  };
  const reportSoon = () => {
    if (cancelReport) return;
    const cancelPaint = afterNextPaint(report);
    const timer = setTimeout(report, 1000);
    cancelReport = () => {
      cancelPaint();
      clearTimeout(timer);
    };
  };
  reportSoon();
  const stopChanges = player.onChange(reportSoon);
  const stopAnswers = player.onAnswer((record) => session.record(record));
  const onVisibility = () => {
    if (document.visibilityState !== 'hidden') return;
    if (cancelReport) report();
    session.flush();
  };
  const onPageHide = () => {
    cancelReport?.();
    session.finish(learnerReport(course, player.state));
  };
  // A page restored from the back-forward cache has already terminated its session.
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) location.reload();
  };
  addEventListener('visibilitychange', onVisibility);
  addEventListener('pagehide', onPageHide);
  addEventListener('pageshow', onPageShow);
  // The live preview swaps in an edited course: the next player takes over the same session.
  return {
    stop() {
      if (cancelReport) report();
      stopTrouble();
      stopChanges();
      stopAnswers();
      removeEventListener('visibilitychange', onVisibility);
      removeEventListener('pagehide', onPageHide);
      removeEventListener('pageshow', onPageShow);
    },
  };
}
