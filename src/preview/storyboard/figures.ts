/**
 * The figures a reviewer signs off beside the content: how long, how much is scored, how much
 * the LMS must store for a learner, and how much the course adds to the download.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compileCourse } from '../../build/compile-course.ts';
import { courseQuestions } from '../../engine/questions/answers.ts';
import { suspendSize, type SuspendSize } from '../../engine/suspend-size.ts';
import { courseAssets } from '../../model/course-bundle.ts';
import type { Course } from '../../model/schema.ts';
import { scorm12 } from '../../scorm/cmi-12.ts';
import { scorm2004 } from '../../scorm/cmi-2004.ts';
import { estimateMinutes } from '../estimate-minutes.ts';

export interface AssetFile {
  readonly path: string;
  readonly bytes: number;
  /** The file as a `data:` URL, so that the storyboard is one self-contained page. */
  readonly dataUrl: string;
}

export interface StoryboardFigures {
  readonly pages: number;
  readonly questions: number;
  /** Questions with weight > 0, and their weights summed. */
  readonly scored: number;
  readonly totalWeight: number;
  readonly minutes: number;
  readonly suspend: SuspendSize;
  readonly suspendLimits: { readonly scorm12: number; readonly scorm2004: number };
  /** The compiled course text and structure as shipped, gzipped. */
  readonly courseDataGzip: number;
  readonly assets: readonly AssetFile[];
}

const MIME: Record<string, string> = { svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif' };

function assetFile(dir: string, path: string): AssetFile {
  const file = resolve(dir, path);
  const bytes = readFileSync(file);
  const type = MIME[path.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
  return { path, bytes: bytes.length, dataUrl: `data:${type};base64,${bytes.toString('base64')}` };
}

export function storyboardFigures(course: Course, dir: string): StoryboardFigures {
  const questions = courseQuestions(course);
  const scored = questions.filter((q) => q.weight > 0);
  return {
    pages: course.pages.length,
    questions: questions.length,
    scored: scored.length,
    totalWeight: scored.reduce((sum, q) => sum + q.weight, 0),
    minutes: estimateMinutes(course),
    suspend: suspendSize(course),
    suspendLimits: { scorm12: scorm12.suspendDataLimit, scorm2004: scorm2004.suspendDataLimit },
    courseDataGzip: gzipSync(JSON.stringify(compileCourse(course))).length,
    assets: courseAssets(course).map((path) => assetFile(dir, path)),
  };
}
