/**
 * How long a course takes, for the catalogue: reading time for its text plus time for each
 * question and each role-play decision. An estimate a trainer can quote, not a measurement.
 */
import { pathStats } from '../model/roleplay-graph.ts';
import { replay } from '../engine/roleplay/conversation.ts';
import type { Block, Course, RoleplayBlock } from '../model/schema.ts';

/** Study reading, slower than leisure reading: characters of Chinese, words of English, per minute. */
const CHINESE_CHARS_PER_MINUTE = 300;
const ENGLISH_WORDS_PER_MINUTE = 180;
const MINUTES_PER_QUESTION = 0.5;
const MINUTES_PER_DECISION = 0.5;

/** Fields that name things rather than say them. */
const NOT_TEXT = new Set(['id', 'type', 'src', 'target', 'category', 'next', 'start', 'step', 'style', 'mode', 'speaker', 'ending', 'unit']);

function texts(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return NOT_TEXT.has(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((item) => texts(item, key));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => texts(v, k));
  return [];
}

export function readingMinutes(text: string): number {
  const chinese = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
  const words = (text.replace(/[\u3400-\u9fff]/g, ' ').match(/[A-Za-z0-9]+/g) ?? []).length;
  return chinese / CHINESE_CHARS_PER_MINUTE + words / ENGLISH_WORDS_PER_MINUTE;
}

/** What a learner reads in a role-play: one way through (the best), every reply offered on it. */
function roleplayText(block: RoleplayBlock): string[] {
  const conversation = replay(block, pathStats(block).bestPath);
  const lines = conversation?.turns.flatMap((turn) => (turn.kind === 'line' ? [turn.node.text, ...(turn.node.choices ?? []).map((c) => c.text)] : [])) ?? [];
  return [block.title, block.intro ?? '', block.strategy ?? '', ...lines];
}

function activityMinutes(block: Block): number {
  if (block.type === 'roleplay') return pathStats(block).bestPath.length * MINUTES_PER_DECISION;
  return 'prompt' in block ? MINUTES_PER_QUESTION : 0;
}

export function estimateMinutes(course: Course): number {
  const blocks = course.pages.flatMap((page) => page.blocks);
  const read = blocks.flatMap((block) => (block.type === 'roleplay' ? roleplayText(block) : texts(block)));
  const reading = readingMinutes([...course.pages.map((p) => p.title), ...read].join('\n'));
  const activities = blocks.reduce((sum, block) => sum + activityMinutes(block), 0);
  return Math.max(1, Math.ceil(reading + activities));
}
