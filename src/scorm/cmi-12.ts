/** SCORM 1.2 as data. Interactions are write-only here: each answer is journaled once. */
import type { InteractionRecord, LearnerResponse } from '../engine/interaction-record.ts';
import { parsePercent, passed, type CmiValues, type Dialect } from './dialect.ts';
import { scorm12TimeOfDay, scorm12Timespan } from './time-format.ts';

/** CMIFeedback holds at most 255 characters. */
const FEEDBACK_MAX = 255;

const TYPE: Record<LearnerResponse['type'], string> = {
  choice: 'choice',
  'true-false': 'true-false',
  matching: 'matching',
  sequencing: 'sequencing',
  other: 'fill-in',
};

const RESULT: Record<InteractionRecord['result'], string> = { correct: 'correct', incorrect: 'wrong', neutral: 'neutral' };

export function formatResponse12(response: LearnerResponse): string {
  switch (response.type) {
    case 'choice':
    case 'sequencing':
      return response.ids.join(',');
    case 'true-false':
      return response.value ? 't' : 'f';
    case 'matching':
      return response.pairs.map(([source, target]) => `${source}.${target}`).join(',');
    case 'other':
      return response.text;
  }
}

const clip = (text: string) => text.slice(0, FEEDBACK_MAX);

export const scorm12: Dialect = {
  version: '1.2',
  suspendDataLimit: 4096,
  entry: 'cmi.core.entry',
  location: 'cmi.core.lesson_location',
  suspendData: 'cmi.suspend_data',
  interactionCount: 'cmi.interactions._count',
  finishedStatus: [['cmi.core.lesson_status', ['completed', 'passed', 'failed']]],
  resultElements: ['cmi.core.lesson_status', 'cmi.core.score.raw', 'cmi.core.score.min', 'cmi.core.score.max'],
  masteryElement: 'cmi.student_data.mastery_score',
  masteryPercent: (raw) => parsePercent(raw, 1),
  outcome(report, passMark) {
    const success = passed(report, passMark);
    const status = !report.completed ? 'incomplete' : success === undefined ? 'completed' : success ? 'passed' : 'failed';
    const values: [string, string][] = [['cmi.core.lesson_status', status]];
    if (report.score) {
      values.push(
        ['cmi.core.score.raw', String(report.score.raw)],
        ['cmi.core.score.min', String(report.score.min)],
        ['cmi.core.score.max', String(report.score.max)],
      );
    }
    values.push(['cmi.core.exit', report.completed ? '' : 'suspend']);
    return values;
  },
  sessionTime: (ms) => [['cmi.core.session_time', scorm12Timespan(ms)]],
  interaction(n, record) {
    const at = `cmi.interactions.${n}`;
    const values: [string, string][] = [
      [`${at}.id`, record.id],
      [`${at}.type`, TYPE[record.response.type]],
      [`${at}.time`, scorm12TimeOfDay(record.answeredAt)],
      [`${at}.weighting`, String(record.weighting)],
      [`${at}.student_response`, clip(formatResponse12(record.response))],
      [`${at}.result`, RESULT[record.result]],
      [`${at}.latency`, scorm12Timespan(record.latencyMs)],
    ];
    if (record.correct) values.push([`${at}.correct_responses.0.pattern`, clip(formatResponse12(record.correct))]);
    return values satisfies CmiValues;
  },
};
