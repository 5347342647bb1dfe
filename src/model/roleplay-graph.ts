/**
 * The shape of a role-play's conversation graph: what follows what, what can be reached, and the
 * paths from the start to an ending. Pure and small-graph sized (a role-play has tens of nodes).
 */
import type { RoleplayBlock, RoleplayNode } from './schema.ts';

export function nodesById(block: RoleplayBlock): Map<string, RoleplayNode> {
  return new Map(block.nodes.map((node) => [node.id, node]));
}

/** The ids a node leads to. */
export function exits(node: RoleplayNode): string[] {
  if (node.choices) return node.choices.map((choice) => choice.next);
  return node.next === undefined ? [] : [node.next];
}

/** The choices with the most points at a decision (several when tied). */
export function bestChoices(node: RoleplayNode): number[] {
  const choices = node.choices ?? [];
  const top = Math.max(...choices.map((c) => c.points));
  return choices.flatMap((c, i) => (c.points === top ? [i] : []));
}

/** Node ids reachable from the start. */
export function reachable(block: RoleplayBlock): Set<string> {
  const byId = nodesById(block);
  const seen = new Set<string>();
  const queue = byId.has(block.start) ? [block.start] : [];
  while (queue.length > 0) {
    const id = queue.pop() ?? '';
    if (seen.has(id)) continue;
    seen.add(id);
    const node = byId.get(id);
    if (node) queue.push(...exits(node).filter((next) => byId.has(next)));
  }
  return seen;
}

/** Node ids from which some path leads to an ending. */
export function reachingAnEnding(block: RoleplayBlock): Set<string> {
  const found = new Set(block.nodes.filter((n) => n.ending !== undefined).map((n) => n.id));
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of block.nodes) {
      if (!found.has(node.id) && exits(node).some((next) => found.has(next))) {
        found.add(node.id);
        grew = true;
      }
    }
  }
  return found;
}

export interface PathStats {
  /** Paths from the start to an ending that visit no node twice. */
  readonly paths: number;
  /** Decisions on the shortest and the longest of them. */
  readonly shortest: number;
  readonly longest: number;
  /** The most points a learner can earn, and the choices that earn them. */
  readonly bestPoints: number;
  readonly bestPath: readonly number[];
  /** Some node can be met twice in one conversation. */
  readonly loops: boolean;
}

/** Enumeration stops here: a role-play with more paths than this is a maze, not a lesson. */
const PATH_LIMIT = 100_000;

const statsCache = new WeakMap<RoleplayBlock, PathStats>();

/** Walks every simple path from the start; a graph that passes roleplay-check always has one. */
export function pathStats(block: RoleplayBlock): PathStats {
  const cached = statsCache.get(block);
  if (cached) return cached;
  const byId = nodesById(block);
  let paths = 0;
  let shortest = Infinity;
  let longest = 0;
  let bestPoints = -1;
  let bestPath: number[] = [];
  let loops = false;
  const onPath = new Set<string>();
  const choices: number[] = [];

  const walk = (id: string, points: number): void => {
    const node = byId.get(id);
    if (!node || paths >= PATH_LIMIT) return;
    if (onPath.has(id)) {
      loops = true;
      return;
    }
    if (node.ending !== undefined) {
      paths++;
      shortest = Math.min(shortest, choices.length);
      longest = Math.max(longest, choices.length);
      if (points > bestPoints) {
        bestPoints = points;
        bestPath = [...choices];
      }
      return;
    }
    onPath.add(id);
    if (node.choices) {
      node.choices.forEach((choice, i) => {
        choices.push(i);
        walk(choice.next, points + choice.points);
        choices.pop();
      });
    } else if (node.next !== undefined) {
      walk(node.next, points);
    }
    onPath.delete(id);
  };
  walk(block.start, 0);

  const stats: PathStats = {
    paths,
    shortest: paths === 0 ? 0 : shortest,
    longest,
    bestPoints: Math.max(0, bestPoints),
    bestPath,
    loops,
  };
  statsCache.set(block, stats);
  return stats;
}

/**
 * The most decisions one conversation may take. Without loops no path is longer than the number
 * of decisions; with loops, a learner going round in circles is stopped (the customer leaves).
 */
export function decisionLimit(block: RoleplayBlock): number {
  return 2 * block.nodes.filter((node) => node.choices !== undefined).length;
}
