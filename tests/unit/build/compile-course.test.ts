import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../../src/build/compile-course.ts';
import { courseMarkdown, mapCourseMarkdown } from '../../../src/model/course-bundle.ts';
import { loadCourseDir } from '../../../src/model/load-course-dir.ts';
import { renderMarkdown } from '../../../src/model/render-markdown.ts';
import type { Course } from '../../../src/model/schema.ts';

function load(id: string): Course {
  const result = loadCourseDir(fileURLToPath(new URL(`../../../courses/${id}`, import.meta.url)));
  if (!result.ok) throw new Error(`${id} does not load`);
  return result.course;
}

describe('compileCourse', () => {
  const course = load('fm-1-b2');
  const { course: shipped, html } = compileCourse(course);

  it('gives every Markdown text of the course its HTML, reached through the shipped course', () => {
    const source = courseMarkdown(course);
    const keys = courseMarkdown(shipped);
    expect(keys).toHaveLength(source.length);
    keys.forEach((key, i) => expect(html[key]).toBe(renderMarkdown(source[i] ?? '')));
  });

  it('ships each Markdown text once: only prompts keep their source, as their own key', () => {
    const prompts: string[] = [];
    mapCourseMarkdown(course, (text, role) => {
      if (role === 'prompt') prompts.push(text);
      return text;
    });
    expect(prompts.length).toBeGreaterThan(0);
    const json = JSON.stringify({ course: shipped, html });
    for (const text of courseMarkdown(course).filter((t) => t.length > 20)) {
      // A prompt: once in the course, once as its key. Anything else: only as HTML.
      expect(json.split(JSON.stringify(text)).length - 1, text).toBe(prompts.includes(text) ? 2 : 0);
    }
    expect(Object.keys(html).sort()).toEqual(courseMarkdown(shipped).sort());
  });

  it('leaves everything else as it was', () => {
    const unkeyed = mapCourseMarkdown(shipped, (key, role) => (role === 'prompt' ? key : 'x'));
    const plain = mapCourseMarkdown(course, (text, role) => (role === 'prompt' ? text : 'x'));
    expect(JSON.parse(JSON.stringify(unkeyed))).toEqual(JSON.parse(JSON.stringify(plain)));
  });
});

describe('the player words in the course module', () => {
  it('are the course language only', () => {
    const zh = JSON.stringify(compileCourse(load('fm-1-b2')));
    expect(zh).toContain('"next":"下一页"');
    expect(zh).not.toContain('"next":"Next"');
  });
});
