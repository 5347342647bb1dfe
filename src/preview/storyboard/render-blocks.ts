/**
 * Each block as a reviewer needs to see it on paper: everything the learner can see or open,
 * and, for questions and role-plays, the right answers and how they score.
 */
import { isMultipleChoice } from '../../engine/questions/evaluate.ts';
import { renderMarkdown } from '../../model/render-markdown.ts';
import { bestChoices, pathStats } from '../../model/roleplay-graph.ts';
import type { Block, Course, QuestionBlock, RoleplayBlock } from '../../model/schema.ts';
import { escapeHtml as esc } from '../html.ts';
import type { AssetFile } from './figures.ts';
import type { StoryboardLabels } from './labels.ts';

export interface BlockContext {
  readonly course: Course;
  readonly labels: StoryboardLabels;
  readonly assets: readonly AssetFile[];
}

const md = (source: string | undefined) => (source === undefined ? '' : `<div class="md">${renderMarkdown(source)}</div>`);
const row = (cells: readonly string[], head = false) => `<tr>${cells.map((c) => (head ? `<th scope="col">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`;
const table = (head: readonly string[], rows: readonly (readonly string[])[]) =>
  `<table><thead>${row(head, true)}</thead><tbody>${rows.map((r) => row(r)).join('')}</tbody></table>`;

function meta(block: Block, labels: StoryboardLabels): string {
  const notes: string[] = [];
  if (block.id !== undefined) notes.push(`<code>${esc(block.id)}</code>`);
  if ('weight' in block) notes.push(block.weight > 0 ? labels.weight(block.weight) : labels.practice);
  if ('attempts' in block) notes.push(labels.attempts(block.attempts));
  if ('required' in block && block.required) notes.push(labels.required);
  return notes.length > 0 ? ` <span class="meta">${notes.join(' · ')}</span>` : '';
}

function feedback(block: QuestionBlock, labels: StoryboardLabels): string {
  if (block.type === 'roleplay') return '';
  const parts = [
    block.correctFeedback === undefined ? '' : `<p class="label">${labels.feedbackRight}</p>${md(block.correctFeedback)}`,
    block.incorrectFeedback === undefined ? '' : `<p class="label">${labels.feedbackWrong}</p>${md(block.incorrectFeedback)}`,
  ];
  return parts.join('');
}

function roleplay(block: RoleplayBlock, labels: StoryboardLabels): string {
  const stats = pathStats(block);
  const span = stats.shortest === stats.longest ? `${stats.shortest}` : `${stats.shortest}–${stats.longest}`;
  const speaker = (who: string) => esc(who === 'customer' ? block.cast.customer : who === 'manager' ? (block.cast.manager ?? who) : '');
  const nodes = block.nodes.map((node) => {
    const best = new Set(bestChoices(node));
    const start = node.id === block.start ? ` <span class="meta">${labels.start}</span>` : '';
    const step = node.step === undefined ? '' : ` <span class="meta">${esc(block.steps?.find((s) => s.id === node.step)?.title ?? node.step)}</span>`;
    const who = speaker(node.speaker);
    const line = `<p><code>${esc(node.id)}</code>${start}${step}<br>${who ? `<strong>${who}：</strong>` : ''}${esc(node.text)}</p>`;
    const choices = node.choices
      ? table(
          [esc(block.cast.advisor), '→', labels.mood, labels.points, labels.why],
          node.choices.map((c, i) => [
            `${best.has(i) ? `<strong>★ ${labels.best}</strong> ` : ''}${esc(c.text)}`,
            `<code>${esc(c.next)}</code>`,
            c.mood > 0 ? `+${c.mood}` : String(c.mood),
            String(c.points),
            esc(c.note),
          ]),
        )
      : '';
    const after = node.next !== undefined ? `<p>→ <code>${esc(node.next)}</code></p>` : node.ending !== undefined ? `<p class="ending">${esc(labels.ending[node.ending] ?? node.ending)}</p>` : '';
    return `<div class="node">${line}${choices}${after}</div>`;
  });
  return [
    `<p><strong>${esc(block.title)}</strong> — ${labels.paths(stats.paths, span, stats.bestPoints)}</p>`,
    md(block.intro),
    ...nodes,
    block.strategy === undefined ? '' : `<p class="label">${labels.strategy}</p>${md(block.strategy)}`,
  ].join('');
}

function body(block: Block, { course, labels, assets }: BlockContext): string {
  switch (block.type) {
    case 'text':
      return md(block.body);
    case 'image': {
      const file = assets.find((a) => a.path === block.src);
      const img = file ? `<img src="${file.dataUrl}" alt="${esc(block.alt)}">` : '';
      return `<figure>${img}<figcaption>${esc(block.caption ?? '')} <span class="meta">alt: ${esc(block.alt)} · ${esc(block.src)}</span></figcaption></figure>`;
    }
    case 'reveal':
      return `<dl>${block.items.map((item) => `<dt>${esc(item.label)}</dt><dd>${md(item.content)}</dd>`).join('')}</dl>`;
    case 'popup':
      return `<p>[${esc(block.trigger)}] → <strong>${esc(block.title)}</strong></p>${md(block.body)}`;
    case 'steps':
      return `<ol>${block.steps.map((s) => `<li><strong>${esc(s.title)}</strong>${s.say === undefined ? '' : `<blockquote>${esc(s.say)}</blockquote>`}${md(s.body)}</li>`).join('')}</ol>`;
    case 'hint':
      return `<p><strong>${esc(block.label)}</strong>: ${esc(block.hint)}</p>`;
    case 'jump': {
      const at = course.pages.findIndex((p) => p.id === block.target);
      return `<p>[${esc(block.label)}] ${esc(labels.goesTo(at + 1, course.pages[at]?.title ?? block.target))}</p>`;
    }
    case 'match': {
      const target = (id: string) => esc(block.targets.find((t) => t.id === id)?.text ?? id);
      return `${md(block.prompt)}<p class="label">${labels.answer}</p>${table(labels.pairHead, block.items.map((i) => [esc(i.text), target(i.target)]))}${feedback(block, labels)}`;
    }
    case 'sort': {
      const category = (id: string) => esc(block.categories.find((c) => c.id === id)?.text ?? id);
      return `${md(block.prompt)}<p class="label">${labels.answer}</p>${table(labels.pairHead, block.items.map((i) => [esc(i.text), category(i.category)]))}${feedback(block, labels)}`;
    }
    case 'order':
      return `${md(block.prompt)}<p class="label">${labels.answer}</p><ol>${block.items.map((i) => `<li>${esc(i.text)}</li>`).join('')}</ol>${feedback(block, labels)}`;
    case 'choice': {
      const options = block.options.map((o) => `<li class="${o.correct ? 'right' : ''}">${o.correct ? '✔' : '✘'} ${esc(o.text)}${o.feedback === undefined ? '' : ` <span class="meta">${esc(o.feedback)}</span>`}</li>`);
      const kind = isMultipleChoice(block) ? labels.multiple : '';
      return `${md(block.prompt)}<p class="label">${labels.answer}${kind}</p><ul class="options">${options.join('')}</ul>${feedback(block, labels)}`;
    }
    case 'true-false':
      return `${md(block.prompt)}<p class="label">${labels.answer}: <strong>${block.answer ? labels.right : labels.wrong}</strong></p>${feedback(block, labels)}`;
    case 'chart':
      return `<p><strong>${esc(block.title)}</strong></p>${table(labels.chartHead, block.bars.map((b) => [esc(b.label), `${b.value}${esc(block.unit ?? '')}`, esc(b.note ?? '')]))}${md(block.caption)}`;
    case 'roleplay':
      return roleplay(block, labels);
    case 'results':
      return '';
  }
}

export function renderBlock(block: Block, context: BlockContext): string {
  const name = context.labels.blockNames[block.type];
  return `<section class="block block-${block.type}"><h4>${esc(name)}${meta(block, context.labels)}</h4>${body(block, context)}</section>`;
}
