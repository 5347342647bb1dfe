/**
 * What the player receives: the validated course, its Markdown already rendered to safe HTML
 * (so the player ships no Markdown parser), and the URLs of its asset files.
 */
import type { Block, Course, Page } from './schema.ts';

export interface CourseBundle {
  /**
   * The course, with each Markdown text that the player only shows replaced by its key in
   * `html`, so the text is not shipped twice. A question's prompt keeps its source: the engine
   * makes the LMS's plain-text description from it, and the source is its own key.
   */
  readonly course: Course;
  /** Rendered HTML by key (see `course`). */
  readonly html: Readonly<Record<string, string>>;
  /** Served URL by asset path as written in the course file. */
  readonly assets: Readonly<Record<string, string>>;
}

/**
 * Where a Markdown text sits: a question's `prompt` is also read as text by the engine; every
 * other Markdown field is only shown.
 */
export type MarkdownRole = 'prompt' | 'shown';

type MapText = (text: string, role: MarkdownRole) => string;

function mapBlockMarkdown(block: Block, map: MapText): Block {
  const shown = (text: string) => map(text, 'shown');
  const optional = (text: string | undefined) => (text === undefined ? undefined : shown(text));
  switch (block.type) {
    case 'text':
    case 'popup':
      return { ...block, body: shown(block.body) };
    case 'reveal':
      return { ...block, items: block.items.map((item) => ({ ...item, content: shown(item.content) })) };
    case 'steps':
      return { ...block, steps: block.steps.map((step) => ({ ...step, body: optional(step.body) })) };
    case 'match':
    case 'sort':
    case 'order':
    case 'choice':
    case 'true-false':
      return {
        ...block,
        prompt: map(block.prompt, 'prompt'),
        correctFeedback: optional(block.correctFeedback),
        incorrectFeedback: optional(block.incorrectFeedback),
      };
    case 'roleplay':
      return { ...block, intro: optional(block.intro), strategy: optional(block.strategy) };
    case 'chart':
      return { ...block, caption: optional(block.caption) };
    case 'image':
    case 'hint':
    case 'jump':
    case 'results':
      return block;
  }
}

/** The course with every Markdown text passed through `map`, in page and block order. */
export function mapCourseMarkdown(course: Course, map: MapText): Course {
  const page = (p: Page): Page => ({ ...p, blocks: p.blocks.map((block) => mapBlockMarkdown(block, map)) });
  return { ...course, pages: course.pages.map(page) };
}

/** Every Markdown text of the course. */
export function courseMarkdown(course: Course): string[] {
  const texts: string[] = [];
  mapCourseMarkdown(course, (text) => {
    texts.push(text);
    return text;
  });
  return [...new Set(texts)];
}

/** Every asset file the course refers to, relative to its folder. */
export function courseAssets(course: Course): string[] {
  const files = course.pages.flatMap((page) => page.blocks.flatMap((b) => (b.type === 'image' ? [b.src] : [])));
  return [...new Set(files)];
}
