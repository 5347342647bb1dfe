/**
 * What the player receives: the validated course, its Markdown already rendered to safe HTML
 * (so the player ships no Markdown parser), and the URLs of its asset files.
 */
import type { Block, Course } from './schema.ts';

export interface CourseBundle {
  readonly course: Course;
  /** Rendered HTML by Markdown source text. */
  readonly html: Readonly<Record<string, string>>;
  /** Served URL by asset path as written in the course file. */
  readonly assets: Readonly<Record<string, string>>;
}

function blockMarkdown(block: Block): string[] {
  switch (block.type) {
    case 'text':
    case 'popup':
      return [block.body];
    case 'reveal':
      return block.items.map((item) => item.content);
    case 'steps':
      return block.steps.flatMap((step) => (step.body === undefined ? [] : [step.body]));
    case 'match':
    case 'sort':
    case 'order':
    case 'choice':
    case 'true-false':
      return [block.prompt, block.correctFeedback, block.incorrectFeedback].filter((t) => t !== undefined);
    case 'roleplay':
      return [block.intro, block.strategy].filter((t) => t !== undefined);
    case 'chart':
      return block.caption === undefined ? [] : [block.caption];
    case 'image':
    case 'hint':
    case 'jump':
    case 'results':
      return [];
  }
}

/** Every Markdown text of the course. */
export function courseMarkdown(course: Course): string[] {
  return [...new Set(course.pages.flatMap((page) => page.blocks.flatMap(blockMarkdown)))];
}

/** Every asset file the course refers to, relative to its folder. */
export function courseAssets(course: Course): string[] {
  const files = course.pages.flatMap((page) => page.blocks.flatMap((b) => (b.type === 'image' ? [b.src] : [])));
  return [...new Set(files)];
}
