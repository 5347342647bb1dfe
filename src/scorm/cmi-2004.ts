/** SCORM 2004 4th edition as data. */
import type { InteractionRecord, LearnerResponse } from '../engine/interaction-record.ts';
import { parsePercent, passed, type Dialect } from './dialect.ts';
import { iso8601Duration, iso8601Timestamp } from './time-format.ts';

/** localized_string_type(250) for descriptions. */
const DESCRIPTION_MAX = 250;
/** characterstring(4000): the longest free-text response the data model holds. */
const RESPONSE_MAX = 4000;

export function formatResponse2004(response: LearnerResponse): string {
  switch (response.type) {
    case 'choice':
    case 'sequencing':
      return response.ids.join('[,]');
    case 'true-false':
      return response.value ? 'true' : 'false';
    case 'matching':
      return response.pairs.map(([source, target]) => `${source}[.]${target}`).join('[,]');
    case 'other':
      return response.text.slice(0, RESPONSE_MAX);
  }
}

const RESULT: Record<InteractionRecord['result'], string> = { correct: 'correct', incorrect: 'incorrect', neutral: 'neutral' };

export const scorm2004: Dialect = {
  version: '2004',
  suspendDataLimit: 64000,
  entry: 'cmi.entry',
  location: 'cmi.location',
  suspendData: 'cmi.suspend_data',
  interactionCount: 'cmi.interactions._count',
  finishedStatus: [['cmi.completion_status', ['completed']]],
  resultElements: [
    'cmi.completion_status',
    'cmi.success_status',
    'cmi.score.scaled',
    'cmi.score.raw',
    'cmi.score.min',
    'cmi.score.max',
  ],
  masteryElement: 'cmi.scaled_passing_score',
  masteryPercent: (raw) => parsePercent(raw, 100),
  outcome(report, passMark) {
    const success = passed(report, passMark);
    const values: [string, string][] = [
      ['cmi.completion_status', report.completed ? 'completed' : 'incomplete'],
      ['cmi.success_status', success === undefined ? 'unknown' : success ? 'passed' : 'failed'],
    ];
    if (report.score) {
      const { raw, min, max } = report.score;
      values.push(
        ['cmi.score.scaled', String(Math.round(((raw - min) / (max - min)) * 10000) / 10000)],
        ['cmi.score.raw', String(raw)],
        ['cmi.score.min', String(min)],
        ['cmi.score.max', String(max)],
      );
    }
    values.push(['cmi.exit', report.completed ? 'normal' : 'suspend']);
    return values;
  },
  sessionTime: (ms) => [['cmi.session_time', iso8601Duration(ms)]],
  interaction(n, record) {
    const at = `cmi.interactions.${n}`;
    // 2004 needs id, then type, before the responses that depend on the type.
    const values: [string, string][] = [
      [`${at}.id`, record.id],
      [`${at}.type`, record.response.type],
      [`${at}.description`, record.description.slice(0, DESCRIPTION_MAX)],
      [`${at}.timestamp`, iso8601Timestamp(record.answeredAt)],
      [`${at}.weighting`, String(record.weighting)],
      [`${at}.learner_response`, formatResponse2004(record.response)],
      [`${at}.result`, RESULT[record.result]],
      [`${at}.latency`, iso8601Duration(record.latencyMs)],
    ];
    if (record.correct) values.push([`${at}.correct_responses.0.pattern`, formatResponse2004(record.correct)]);
    return values;
  },
};
