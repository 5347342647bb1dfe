/** Everything measured for one course folder, as metrics with units and targets. */
import type { Browser } from '@playwright/test';
import { basename } from 'node:path';
import { CPU4X_SLOW_NET, LOAD_PROFILES, UNTHROTTLED } from './browser.ts';
import { playerNames } from './course-driver.ts';
import { measurePageChanges } from './measure-clicks.ts';
import { measureLoad, type LoadRun } from './measure-load.ts';
import { measureMatch } from './measure-match.ts';
import { prepareCourse } from './prepare-course.ts';
import { summarize, type CourseResult, type FileOnWire, type Metric, type Target } from './results.ts';
import { serveSite } from './serve-package.ts';
import { suspendSize } from '../../src/engine/suspend-size.ts';

export interface BenchOptions {
  /** Runs per timing (each a cold load). */
  readonly runs: number;
  /** Samples per interaction timing. */
  readonly samples: number;
}

export const TARGETS = {
  firstLoad: { max: 80, on: 'median', text: '≤ 80 KB' },
  firstPage: { max: 1000, on: 'median', text: '≤ 1 s' },
  response: { max: 50, on: 'median', text: '≤ 50 ms' },
  noLongTask: { max: 0, on: 'max', text: 'none' },
} as const satisfies Record<string, Target>;

const kb = (bytes: number) => bytes / 1024;
const errorText = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error));

function loadMetrics(runs: ReadonlyMap<string, readonly LoadRun[]>): Metric[] {
  const metrics: (Metric | undefined)[] = [];
  const fast = runs.get(UNTHROTTLED.id) ?? [];
  metrics.push(
    summarize('load.bytes', 'first load: course frame, bytes on the wire', 'KB', fast.map((r) => kb(r.bytes)), TARGETS.firstLoad),
    summarize('load.bytesBeforeHeading', 'first load: of which before the first heading', 'KB', fast.map((r) => kb(r.bytesBeforeHeading))),
    summarize('load.requests', 'first load: course frame requests', 'count', fast.map((r) => r.requests)),
    summarize('load.hostBytes', 'LMS host page + scorm-again (not the course)', 'KB', fast.map((r) => kb(r.hostBytes))),
  );
  for (const profile of LOAD_PROFILES) {
    const list = runs.get(profile.id) ?? [];
    const target = profile.id === CPU4X_SLOW_NET.id ? TARGETS.firstPage : undefined;
    metrics.push(
      summarize(`load.heading.${profile.id}`, `first heading painted, ${profile.label}`, 'ms', list.map((r) => r.headingMs), target),
      summarize(`load.ready.${profile.id}`, `heading + 目录 click answered, ${profile.label}`, 'ms', list.map((r) => r.readyMs), target),
      summarize(`load.menuClick.${profile.id}`, `  of which 目录 click → open menu painted`, 'ms', list.map((r) => r.menuClickMs)),
    );
  }
  const slow = runs.get(CPU4X_SLOW_NET.id) ?? [];
  metrics.push(
    summarize(`load.readyFromHost.${CPU4X_SLOW_NET.id}`, `same, from the host page's start, ${CPU4X_SLOW_NET.label}`, 'ms', slow.map((r) => r.readyFromHostMs)),
  );
  return metrics.filter((m): m is Metric => m !== undefined);
}

function firstLoadFiles(runs: ReadonlyMap<string, readonly LoadRun[]>): readonly FileOnWire[] {
  return runs.get(UNTHROTTLED.id)?.[0]?.files ?? [];
}

export async function benchCourse(
  browser: Browser,
  dir: string,
  options: BenchOptions,
  log: (line: string) => void,
): Promise<CourseResult> {
  const prepared = prepareCourse(dir);
  if (!prepared.ok) {
    log(`  skipped: ${prepared.reason}`);
    return { id: basename(dir), dir, skipped: prepared.reason, metrics: [], firstLoadFiles: [], notes: [] };
  }
  const { course, root, coursePath } = prepared.prepared;
  const names = playerNames(course);
  const notes: string[] = [];
  const metrics: Metric[] = [];
  const site = await serveSite(root);
  const add = (...list: (Metric | undefined)[]) => metrics.push(...list.filter((m): m is Metric => m !== undefined));
  try {
    // First loads: the profiles interleaved, so slow drift of the machine touches all alike.
    const runs = new Map<string, LoadRun[]>();
    for (let run = 1; run <= options.runs; run++) {
      for (const profile of LOAD_PROFILES) {
        try {
          const result = await measureLoad(browser, site.origin, coursePath, names, profile);
          runs.set(profile.id, [...(runs.get(profile.id) ?? []), result]);
          if (!result.nextEnabled) notes.push(`${profile.label}: ${names.next} was not enabled when the first heading showed`);
          log(`  load ${run}/${options.runs} ${profile.label}: heading ${result.headingMs.toFixed(0)} ms, ready ${result.readyMs.toFixed(0)} ms, ${kb(result.bytes).toFixed(1)} KB in ${result.requests} requests`);
        } catch (error) {
          notes.push(`load run ${run}, ${profile.label}: ${errorText(error)}`);
          log(`  load ${run}/${options.runs} ${profile.label}: FAILED ${errorText(error)}`);
        }
      }
    }
    add(...loadMetrics(runs));

    try {
      log(`  page changes at CPU 4x (≥ ${options.samples}) …`);
      const changes = await measurePageChanges(browser, site.origin, coursePath, course, names, options.samples);
      notes.push(...changes.notes);
      add(
        summarize('change.next', `page change (${names.next}) at CPU 4x`, 'ms', changes.next, TARGETS.response),
        summarize('change.back', `page change (${names.back}) at CPU 4x`, 'ms', changes.back),
        summarize('change.next.eventTiming', `  Event Timing of those clicks (≥ 16 ms only)`, 'ms', changes.nextEventTiming),
      );
    } catch (error) {
      notes.push(`page changes: ${errorText(error)}`);
      log(`  page changes FAILED: ${errorText(error)}`);
    }

    try {
      log(`  连线题 at CPU 4x (≥ ${options.samples} per method) …`);
      const match = await measureMatch(browser, site.origin, coursePath, course, names, options.samples);
      if (!match) notes.push('no 连线题 (match block): line timings and drag long tasks not measured');
      else {
        const perDrag = match.dragLongTasks;
        add(
          summarize('match.click', `line drawn after click-then-click at CPU 4x`, 'ms', match.click, TARGETS.response),
          summarize('match.click.eventTiming', `  Event Timing of those clicks (≥ 16 ms only)`, 'ms', match.clickEventTiming),
          summarize('match.drag', `line drawn after a mouse drop at CPU 4x`, 'ms', match.drag, TARGETS.response),
          summarize('match.drag.landed', `mouse drops that landed on the answer aimed at (of ${match.drags})`, 'count', [match.drags - match.dragMisses.length]),
          summarize('match.drag.longTasks', `long tasks (> 50 ms) per mouse drag at CPU 4x`, 'count', perDrag.map((t) => t.length), TARGETS.noLongTask),
          summarize('match.drag.longestTask', `longest task per mouse drag (0 = none over 50 ms)`, 'ms', perDrag.map((t) => Math.max(0, ...t.map((x) => x.duration)))),
        );
        notes.push(`连线题 measured on page "${match.pageId}"`);
        if (match.dragMisses.length > 0) {
          const landed = [...new Set(match.dragMisses)].join('; ');
          notes.push(
            `${match.dragMisses.length} of ${match.drags} mouse drops missed the answer aimed at (${landed}); a drop on a wrong answer is timed by its brief wrong-pair line, a drop on no answer is not timed`,
          );
        }
      }
    } catch (error) {
      notes.push(`连线题: ${errorText(error)}`);
      log(`  连线题 FAILED: ${errorText(error)}`);
    }

    try {
      const size = suspendSize(course);
      add(
        summarize('suspend.full', `suspend data, fully answered (${size.questions} questions, ${size.attempts} attempts)`, 'chars', [size.full]),
        summarize('suspend.worst', 'suspend data, worst case (SCORM 1.2 allows 4096)', 'chars', [size.worstCase]),
      );
    } catch (error) {
      notes.push(`suspend data: ${errorText(error)}`);
    }
    return { id: course.id, dir, metrics, firstLoadFiles: firstLoadFiles(runs), notes };
  } finally {
    await site.close();
    prepared.prepared.remove();
  }
}
