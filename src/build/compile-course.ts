import { mapCourseMarkdown } from '../model/course-bundle.ts';
import { renderMarkdown } from '../model/render-markdown.ts';
import type { Course } from '../model/schema.ts';
import { messagesFor } from '../player/messages/index.ts';
import type { PlayerBundle } from '../player/player-bundle.ts';

/**
 * The bundle without asset URLs, which the bundler fills in. Each Markdown text is shipped once:
 * as its HTML, under a short key that replaces it in the course (a prompt, which the engine
 * reads as text, stays and is its own key). The player's words come in the course's language only.
 */
export function compileCourse(course: Course): Omit<PlayerBundle, 'assets'> {
  const html: Record<string, string> = {};
  const keys = new Map<string, string>();
  // Prompts first: their keys are fixed, and a generated key must never equal one.
  mapCourseMarkdown(course, (text, role) => {
    if (role === 'prompt' && !keys.has(text)) {
      keys.set(text, text);
      html[text] = renderMarkdown(text);
    }
    return text;
  });
  let next = 0;
  const shipped = mapCourseMarkdown(course, (text, role) => {
    if (role === 'prompt') return text;
    const known = keys.get(text);
    if (known !== undefined) return known;
    let key = `~${(next++).toString(36)}`;
    while (Object.hasOwn(html, key)) key = `~${(next++).toString(36)}`;
    keys.set(text, key);
    html[key] = renderMarkdown(text);
    return key;
  });
  return { course: shipped, html, messages: messagesFor(course.language) };
}
