/**
 * The graph rules of a role-play, with the place of each problem: ids unique, references that
 * exist, every node reachable from the start, and every node able to reach an ending (no dead
 * end, no loop without a way out).
 */
import { exits, reachable, reachingAnEnding } from './roleplay-graph.ts';
import type { RoleplayBlock } from './schema.ts';

export interface RoleplayProblem {
  /** Path inside the block. */
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

function shapeProblems(block: RoleplayBlock): RoleplayProblem[] {
  const problems: RoleplayProblem[] = [];
  const ids = block.nodes.map((n) => n.id);
  const steps = block.steps?.map((s) => s.id) ?? [];
  const known = (id: string) => ids.includes(id);
  const first = new Map<string, number>();
  block.nodes.forEach((node, i) => {
    const at = (path: readonly PropertyKey[], message: string) => problems.push({ path: ['nodes', i, ...path], message });
    const earlier = first.get(node.id);
    if (earlier === undefined) first.set(node.id, i);
    else at(['id'], `node id "${node.id}" is used twice in this role-play (also node ${earlier + 1})`);
    const kinds = [node.choices && 'choices', node.next !== undefined && 'next', node.ending !== undefined && 'ending'].filter(Boolean);
    if (kinds.length !== 1) {
      const has = kinds.length === 0 ? 'it has none' : `it has ${kinds.join(' and ')}`;
      at([], `node "${node.id}" needs exactly one of choices (a decision), next (a line that continues) or ending; ${has}`);
    }
    if (node.next !== undefined && !known(node.next)) at(['next'], `next "${node.next}" is not a node of this role-play`);
    const top = Math.max(...(node.choices ?? []).map((c) => c.points));
    const tied = (node.choices ?? []).filter((c) => c.points === top).length;
    if (tied > 1 && top > 0) {
      // The LMS records one right reply per decision, and the debrief names one best reply.
      at(['choices'], `${tied} replies share the most points (${top}) at node "${node.id}": give the best reply more points than the others`);
    }
    node.choices?.forEach((choice, c) => {
      if (!known(choice.next)) at(['choices', c, 'next'], `next "${choice.next}" is not a node of this role-play`);
    });
    if (node.step !== undefined && !steps.includes(node.step)) {
      const list = steps.length === 0 ? 'the role-play lists no steps' : `the steps are: ${steps.join(', ')}`;
      at(['step'], `step "${node.step}" is not one of the role-play's steps; ${list}`);
    }
    if (node.speaker === 'manager' && block.cast.manager === undefined) {
      at(['speaker'], 'the manager speaks here, but the cast names no manager (cast.manager)');
    }
  });
  if (!known(block.start)) problems.push({ path: ['start'], message: `start "${block.start}" is not a node; the nodes are: ${ids.join(', ')}` });
  return problems;
}

function flowProblems(block: RoleplayBlock): RoleplayProblem[] {
  const seen = reachable(block);
  const ending = reachingAnEnding(block);
  const problems: RoleplayProblem[] = [];
  block.nodes.forEach((node, i) => {
    if (!seen.has(node.id)) {
      problems.push({ path: ['nodes', i, 'id'], message: `node "${node.id}" cannot be reached from the start ("${block.start}")` });
    }
  });
  const trapped = block.nodes.filter((n) => seen.has(n.id) && !ending.has(n.id) && exits(n).length > 0);
  const firstTrapped = trapped[0];
  if (firstTrapped) {
    const names = trapped.map((n) => `"${n.id}"`).join(', ');
    problems.push({
      path: ['nodes', block.nodes.indexOf(firstTrapped), 'id'],
      message: `no ending can be reached from ${names}: the conversation would go round in a loop with no way out`,
    });
  }
  return problems;
}

export function checkRoleplay(block: RoleplayBlock): RoleplayProblem[] {
  const shape = shapeProblems(block);
  // Reachability means little while references are broken: report those first.
  return shape.length > 0 ? shape : flowProblems(block);
}
