/**
 * What differs between SCORM 1.2 and 2004, as data: element names, vocabularies and formats.
 * The session speaks to the LMS only through a dialect, so both versions share one code path.
 */
import type { InteractionRecord } from '../engine/interaction-record.ts';
import type { LearnerReport } from '../engine/report.ts';

export type CmiValues = readonly (readonly [element: string, value: string])[];

export interface Dialect {
  readonly version: '1.2' | '2004';
  /** The longest suspend data the version guarantees to store. */
  readonly suspendDataLimit: number;
  readonly entry: string;
  readonly location: string;
  readonly suspendData: string;
  readonly interactionCount: string;
  /** Status elements whose values mean the course was already finished. */
  readonly finishedStatus: readonly (readonly [element: string, values: readonly string[]])[];
  /** Every element that carries the result: completion, success and score. */
  readonly resultElements: readonly string[];
  /** The LMS's pass mark in percent, from the raw value of `masteryElement`. */
  readonly masteryElement: string;
  masteryPercent(raw: string): number | undefined;
  /** Status, score and exit for the report, with the pass mark (percent) in force. */
  outcome(report: LearnerReport, passMark: number | undefined): CmiValues;
  sessionTime(ms: number): CmiValues;
  /** One interaction journal entry at index `n`, in the order the LMS needs them set. */
  interaction(n: number, record: InteractionRecord): CmiValues;
}

/** Whether a score meets the pass mark; undefined when either is missing. */
export function passed(report: LearnerReport, passMark: number | undefined): boolean | undefined {
  // Passed or failed is a verdict on a finished course: a learner who just started has not failed.
  if (report.score === undefined || passMark === undefined || !report.completed) return undefined;
  return report.score.raw >= passMark;
}

export function parsePercent(raw: string, scale: number): number | undefined {
  if (raw.trim() === '') return undefined;
  const value = Number(raw) * scale;
  return Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : undefined;
}
