/** `courseloom new <id>`: a course folder to start from, with one example of every block type. */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { displayPath, loadCourseDir } from '../model/load-course-dir.ts';
import { formatProblem } from '../model/problem.ts';
import { ID_PATTERN, LANGUAGES, type Language } from '../model/schema.ts';
import type { Output } from './validate.ts';

const TEMPLATES = fileURLToPath(new URL('./templates/', import.meta.url));
const SCHEMA_FILE = fileURLToPath(new URL('../../schema/course.schema.json', import.meta.url));
const DEFAULT_TITLE: Record<Language, string> = { 'zh-CN': '新课程', en: 'New course' };

const USAGE = 'usage: courseloom new <id> [--title TITLE] [--code CODE] [--language zh-CN|en] [--dir DIR]';

export interface NewCourse {
  readonly id: string;
  readonly title?: string | undefined;
  readonly code?: string | undefined;
  readonly language: Language;
}

const isLanguage = (value: string): value is Language => LANGUAGES.some((l) => l === value);

/** A YAML scalar that keeps any title as written (quotes, colons, `#`). */
const yamlText = (text: string) => JSON.stringify(text);

/** The starter files, by path inside the new folder. */
export function starterFiles(course: NewCourse, folder: string): Map<string, string> {
  const schema = relative(folder, SCHEMA_FILE).split(sep).join('/');
  const course_yaml = readFileSync(join(TEMPLATES, `course.${course.language}.yaml`), 'utf8')
    .replaceAll('__SCHEMA__', schema)
    .replaceAll('__DIR__', displayPath(folder))
    .replaceAll('__ID__', course.id)
    .replaceAll('__CODE__', yamlText(course.code ?? course.id.toUpperCase()))
    .replaceAll('__TITLE__', yamlText(course.title ?? DEFAULT_TITLE[course.language]));
  return new Map([
    ['course.yaml', course_yaml],
    ['images/example.svg', readFileSync(join(TEMPLATES, 'example.svg'), 'utf8')],
  ]);
}

export function newCommand(args: readonly string[], io: Output): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      title: { type: 'string' },
      code: { type: 'string' },
      language: { type: 'string', default: 'zh-CN' },
      dir: { type: 'string', default: 'courses' },
    },
    allowPositionals: true,
  });
  const [id] = positionals;
  if (id === undefined || positionals.length > 1) {
    io.err(USAGE);
    return 2;
  }
  if (!ID_PATTERN.test(id)) {
    io.err(`courseloom new: "${id}" cannot be a course id; use lower-case letters, digits and hyphens, e.g. "service-basics"`);
    return 2;
  }
  const { language } = values;
  if (!isLanguage(language)) {
    io.err(`courseloom new: --language must be one of: ${LANGUAGES.join(', ')}`);
    return 2;
  }
  const folder = resolve(values.dir, id);
  if (existsSync(folder)) {
    io.err(`courseloom new: ${displayPath(folder)} already exists; nothing was written. Choose another id or move that folder away.`);
    return 1;
  }
  const title = values.title?.trim();
  if (title === '') {
    io.err('courseloom new: --title must not be empty');
    return 2;
  }
  for (const [path, text] of starterFiles({ id, title, code: values.code, language }, folder)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text, { flag: 'wx' });
  }
  // A starter that does not validate would teach the wrong thing: say so rather than hide it.
  const check = loadCourseDir(folder);
  if (!check.ok) {
    for (const problem of check.problems) io.err(formatProblem(problem));
    io.err('courseloom new: the starter course has problems (a bug in Courseloom): please report it');
    rmSync(folder, { recursive: true, force: true });
    return 1;
  }
  const shown = displayPath(folder);
  io.out(`created ${shown}/course.yaml (${check.course.pages.length} pages, one example of every block type) and ${shown}/images/example.svg`);
  io.out('');
  io.out('next:');
  const steps = [
    [`npx courseloom preview ${shown}`, 'see it in the local LMS; saving the file updates the page'],
    [`npx courseloom storyboard ${shown}`, 'one printable page for review and sign-off'],
    [`npx courseloom package ${shown}`, 'the zips to upload to the LMS'],
  ] as const;
  const width = Math.max(...steps.map(([command]) => command.length));
  for (const [command, what] of steps) io.out(`  ${command.padEnd(width)}  ${what}`);
  io.out('the guide: docs/authoring.md');
  return 0;
}
