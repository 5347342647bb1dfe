/**
 * The learner state as SCORM suspend data: compact (pages and interactions as bits, pages as
 * indexes), versioned, and tied to the course's structure by a fingerprint. Decoding never
 * throws: data from another format or another build of the course is reported, and the caller
 * starts cleanly (the bookmark, a page id, still works across builds).
 */
import type { Course } from '../model/schema.ts';
import { courseInteractions, pageIndex, type Excursion, type LearnerState } from './learner-state.ts';
import { courseQuestions, type Answer } from './questions/answers.ts';
import { decodeResponse, encodeResponse, longestResponse, scoreParts } from './questions/response-codec.ts';
import { replay } from './roleplay/conversation.ts';

export const STATE_FORMAT = 1;

interface EncodedV1 {
  readonly v: 1;
  /** Fingerprint of the course structure the indexes refer to. */
  readonly c: string;
  /** Current page index. */
  readonly p: number;
  /** Visited pages as a hex bit set over page order. */
  readonly s: string;
  /** Finished interactions as a hex bit set over interaction order. */
  readonly d: string;
  /** Open jumps as [from, to] page indexes. */
  readonly x?: readonly (readonly [number, number])[];
  /** Answers: [question index, attempt scores in parts (see scoreParts), response as indexes]. */
  readonly a?: readonly (readonly [number, readonly number[], readonly number[]])[];
  /** Role-plays under way: [question index, choices so far]. */
  readonly r?: readonly EncodedConversation[];
}

type EncodedConversation = readonly [number, readonly number[]];

function encodeConversations(course: Course, conversations: LearnerState['conversations']): EncodedConversation[] {
  return courseQuestions(course).flatMap((block, i): EncodedConversation[] => {
    const path = conversations[block.id];
    return path === undefined ? [] : [[i, path]];
  });
}

function decodeConversations(course: Course, raw: unknown): Record<string, readonly number[]> | undefined {
  if (raw === undefined) return {};
  if (!Array.isArray(raw)) return undefined;
  const questions = courseQuestions(course);
  const conversations: Record<string, readonly number[]> = {};
  for (const entry of raw) {
    if (!Array.isArray(entry) || entry.length !== 2) return undefined;
    const [index, path] = entry;
    const block = typeof index === 'number' ? questions[index] : undefined;
    if (block?.type !== 'roleplay' || !isNumberList(path)) return undefined;
    const conversation = replay(block, path);
    // An ended conversation is an answer, never one under way.
    if (!conversation || conversation.outcome !== undefined) return undefined;
    conversations[block.id] = path;
  }
  return conversations;
}

type EncodedAnswer = readonly [number, readonly number[], readonly number[]];

function encodeAnswers(course: Course, answers: LearnerState['answers']): EncodedAnswer[] {
  return courseQuestions(course).flatMap((block, i): EncodedAnswer[] => {
    const answer = answers[block.id];
    if (!answer) return [];
    const parts = scoreParts(block);
    return [[i, answer.scores.map((s) => Math.round(s * parts)), encodeResponse(block, answer.response)]];
  });
}

function isNumberList(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((n) => Number.isInteger(n));
}

function decodeAnswers(course: Course, raw: unknown): Record<string, Answer> | undefined {
  if (raw === undefined) return {};
  if (!Array.isArray(raw)) return undefined;
  const questions = courseQuestions(course);
  const answers: Record<string, Answer> = {};
  for (const entry of raw) {
    if (!Array.isArray(entry) || entry.length !== 3) return undefined;
    const [index, scores, nums] = entry;
    const block = typeof index === 'number' ? questions[index] : undefined;
    if (!block || answers[block.id] || !isNumberList(scores) || !isNumberList(nums)) return undefined;
    const parts = scoreParts(block);
    const plausible = scores.length >= 1 && scores.length <= block.attempts && scores.every((n) => n >= 0 && n <= parts);
    const response = decodeResponse(block, nums);
    if (!response || !plausible) return undefined;
    answers[block.id] = { response, scores: scores.map((n) => n / parts) };
  }
  return answers;
}

export type DecodeResult =
  | { readonly ok: true; readonly state: LearnerState }
  | { readonly ok: false; readonly reason: 'empty' | 'unreadable' | 'other-format' | 'other-course-build' };

/** FNV-1a over the ids the indexes refer to: any reordering or renaming changes it. */
export function courseFingerprint(course: Course): string {
  const ids = [...course.pages.map((p) => p.id), '|', ...courseInteractions(course).map((b) => b.id)].join(',');
  let hash = 0x811c9dc5;
  for (let i = 0; i < ids.length; i++) {
    hash ^= ids.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

function toBits(flags: readonly boolean[]): string {
  let hex = '';
  for (let i = 0; i < flags.length; i += 4) {
    let nibble = 0;
    for (let b = 0; b < 4; b++) if (flags[i + b]) nibble |= 1 << b;
    hex += nibble.toString(16);
  }
  return hex.replace(/0+$/, '');
}

function fromBits(hex: string, count: number): boolean[] {
  return Array.from({ length: count }, (_, i) => {
    const nibble = parseInt(hex.charAt(i >> 2) || '0', 16);
    return (nibble & (1 << (i & 3))) !== 0;
  });
}

export function encodeState(course: Course, state: LearnerState): string {
  const pages = course.pages.map((p) => p.id);
  const interactions = courseInteractions(course).map((b) => b.id);
  const encoded: EncodedV1 = {
    v: STATE_FORMAT,
    c: courseFingerprint(course),
    p: Math.max(0, pageIndex(course, state.page)),
    s: toBits(pages.map((id) => state.visited.includes(id))),
    d: toBits(interactions.map((id) => state.done.includes(id))),
    ...(state.excursions.length > 0
      ? { x: state.excursions.map((e) => [pageIndex(course, e.from), pageIndex(course, e.to)] as const) }
      : {}),
    ...(Object.keys(state.answers).length > 0 ? { a: encodeAnswers(course, state.answers) } : {}),
    ...(Object.keys(state.conversations).length > 0 ? { r: encodeConversations(course, state.conversations) } : {}),
  };
  return JSON.stringify(encoded);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIndexPair(value: unknown): value is [number, number] {
  return Array.isArray(value) && value.length === 2 && value.every((n) => Number.isInteger(n));
}

export function decodeState(course: Course, text: string): DecodeResult {
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  if (!isRecord(raw)) return { ok: false, reason: 'unreadable' };
  if (raw.v !== STATE_FORMAT) return { ok: false, reason: 'other-format' };
  if (raw.c !== courseFingerprint(course)) return { ok: false, reason: 'other-course-build' };
  const { p, s, d, x = [], a, r } = raw;
  const answers = decodeAnswers(course, a);
  const conversations = decodeConversations(course, r);
  if (!answers || !conversations) return { ok: false, reason: 'unreadable' };
  if (typeof p !== 'number' || typeof s !== 'string' || typeof d !== 'string' || !Array.isArray(x)) {
    return { ok: false, reason: 'unreadable' };
  }
  const pages = course.pages.map((page) => page.id);
  const interactions = courseInteractions(course).map((b) => b.id);
  const page = pages[p];
  if (page === undefined || !x.every(isIndexPair)) return { ok: false, reason: 'unreadable' };
  const excursions: Excursion[] = [];
  for (const [from, to] of x) {
    const f = pages[from];
    const t = pages[to];
    if (f === undefined || t === undefined) return { ok: false, reason: 'unreadable' };
    excursions.push({ from: f, to: t });
  }
  const seen = fromBits(s, pages.length);
  const finished = fromBits(d, interactions.length);
  const visited = pages.filter((_, i) => seen[i]);
  return {
    ok: true,
    state: {
      page,
      visited: visited.includes(page) ? visited : [...visited, page],
      done: interactions.filter((_, i) => finished[i]),
      excursions,
      answers,
      conversations,
    },
  };
}

/**
 * The longest suspend data the course can produce: every page seen, every interaction done, and
 * the longest possible jump trail (it never holds a page twice) on the highest page indexes.
 */
export function worstCaseStateSize(course: Course): number {
  const pages = course.pages.map((p) => p.id);
  const last = pages.length - 1;
  const trail: Excursion[] = pages.slice(0, last).map((from) => ({ from, to: pages[last] ?? from }));
  const state: LearnerState = {
    page: pages[last] ?? '',
    visited: pages,
    done: courseInteractions(course).map((b) => b.id),
    excursions: trail,
    answers: {},
    conversations: {},
  };
  const questions = courseQuestions(course);
  const answers: EncodedAnswer[] = questions.map((block, i) => [
    i,
    Array.from({ length: block.attempts }, () => scoreParts(block)),
    longestResponse(block),
  ]);
  // A role-play can be under way again (one choice short of its end) after an answer.
  const conversations: EncodedConversation[] = questions.flatMap((block, i): EncodedConversation[] =>
    block.type === 'roleplay' ? [[i, longestResponse(block).slice(1)]] : [],
  );
  const encoded = encodeState(course, state).length;
  const answerPart = answers.length === 0 ? 0 : `,"a":${JSON.stringify(answers)}`.length;
  const conversationPart = conversations.length === 0 ? 0 : `,"r":${JSON.stringify(conversations)}`.length;
  return encoded + answerPart + conversationPart;
}
