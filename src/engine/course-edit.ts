/**
 * Moves a learner's state onto an edited version of the course, for the live preview: the
 * trainer saves the file and stays where they were. What the edit made meaningless goes: pages
 * that are gone, and answers, finished marks and conversations of interactions that changed
 * (an edited question is asked afresh rather than shown with an answer to other options).
 */
import type { Block, Course } from '../model/schema.ts';
import { startState, type LearnerState } from './learner-state.ts';

function blocksById(course: Course): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const page of course.pages) {
    for (const block of page.blocks) if (block.id !== undefined) blocks.set(block.id, JSON.stringify(block satisfies Block));
  }
  return blocks;
}

export function carryOver(before: Course, after: Course, state: LearnerState): LearnerState {
  const pages = new Set(after.pages.map((page) => page.id));
  const old = blocksById(before);
  const edited = blocksById(after);
  const unchanged = (id: string) => edited.has(id) && edited.get(id) === old.get(id);
  const keep = <T>(record: Readonly<Record<string, T>>) =>
    Object.fromEntries(Object.entries(record).filter(([id]) => unchanged(id)));

  // A removed page leaves the learner where it stood: on the page now at its place.
  const at = before.pages.findIndex((page) => page.id === state.page);
  const page = pages.has(state.page) ? state.page : after.pages[Math.min(Math.max(at, 0), after.pages.length - 1)]?.id;
  if (page === undefined) return startState(after);
  const visited = state.visited.filter((id) => pages.has(id));
  return {
    page,
    visited: visited.includes(page) ? visited : [...visited, page],
    done: state.done.filter(unchanged),
    excursions: state.excursions.filter((e) => pages.has(e.from) && pages.has(e.to)),
    answers: keep(state.answers),
    conversations: keep(state.conversations),
  };
}
