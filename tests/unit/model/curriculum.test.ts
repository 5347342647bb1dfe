/** The shipped curriculum: every course folder validates and fits what a SCORM 1.2 LMS can store. */
import { describe, expect, it } from 'vitest';
import { courseQuestions } from '../../../src/engine/questions/answers.ts';
import { worstCaseStateSize } from '../../../src/engine/state-codec.ts';
import { courseFolders } from '../../../src/model/course-folders.ts';
import { loadCourseDir } from '../../../src/model/load-course-dir.ts';
import { formatProblem } from '../../../src/model/problem.ts';
import { scorm12 } from '../../../src/scorm/cmi-12.ts';

const folders = courseFolders('courses');

describe('the curriculum', () => {
  it('has the flagship course and the four from the other source documents', () => {
    expect(folders).toEqual(['complaint-handling', 'fm-1-b2', 'phone-etiquette', 'service-process', 'service-standards']);
  });

  for (const folder of folders) {
    it(`${folder}: validates, fits SCORM 1.2's suspend data, and ends with a scored check and its results`, () => {
      const result = loadCourseDir(`courses/${folder}`);
      if (!result.ok) return expect.unreachable(result.problems.map(formatProblem).join('\n'));
      const { course } = result;
      expect(worstCaseStateSize(course)).toBeLessThanOrEqual(scorm12.suspendDataLimit);
      expect(course.pages.length).toBeGreaterThanOrEqual(8);
      expect(course.pages.length).toBeLessThanOrEqual(15);
      expect(courseQuestions(course).some((q) => q.weight > 0)).toBe(true);
      expect(course.pages.at(-1)?.blocks.some((b) => b.type === 'results')).toBe(true);
    });
  }
});
