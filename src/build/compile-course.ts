import { courseMarkdown, type CourseBundle } from '../model/course-bundle.ts';
import { renderMarkdown } from '../model/render-markdown.ts';
import type { Course } from '../model/schema.ts';

/** The bundle without asset URLs, which the bundler fills in. */
export function compileCourse(course: Course): Omit<CourseBundle, 'assets'> {
  const html: Record<string, string> = {};
  for (const source of courseMarkdown(course)) html[source] = renderMarkdown(source);
  return { course, html };
}
