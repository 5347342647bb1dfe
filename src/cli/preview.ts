/**
 * `courseloom preview <course-dir>`: the course in the local LMS harness, updated in place as
 * its files are saved, with the catalogue of its sibling courses and its storyboard beside it.
 */
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { COURSE_FILE, displayPath, loadCourseDir } from '../model/load-course-dir.ts';
import { formatProblem } from '../model/problem.ts';
import { PREVIEW_PAGE } from '../preview/preview-page.ts';
import type { Output } from './validate.ts';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const USAGE = 'usage: courseloom preview <course-dir> [--scorm 1.2|2004] [--port N] [--host HOST]';

export async function previewCommand(args: readonly string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    // COURSELOOM_SCORM still works as before the flag existed (e.g. `COURSELOOM_SCORM=1.2 npm start`).
    options: { scorm: { type: 'string', default: process.env.COURSELOOM_SCORM ?? '2004' }, port: { type: 'string' }, host: { type: 'string', default: '127.0.0.1' } },
    allowPositionals: true,
  });
  const [arg] = positionals;
  const port = values.port === undefined ? undefined : Number(values.port);
  if (arg === undefined || positionals.length > 1 || (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536))) {
    io.err(USAGE);
    return 2;
  }
  if (values.scorm !== '1.2' && values.scorm !== '2004') {
    io.err(`courseloom preview: --scorm must be 1.2 or 2004\n${USAGE}`);
    return 2;
  }
  const dir = resolve(arg);
  if (!existsSync(join(dir, COURSE_FILE))) {
    io.err(`courseloom preview: no ${COURSE_FILE} in ${displayPath(dir)}/ (create one with: courseloom new <id>)`);
    return 1;
  }
  // The Vite config reads these: the course to serve and the SCORM version the harness starts with.
  process.env.COURSELOOM_COURSE = dir;
  process.env.COURSELOOM_SCORM = values.scorm;
  const { createServer } = await import('vite');
  const server = await createServer({
    root: PROJECT,
    configFile: join(PROJECT, 'vite.config.ts'),
    server: { host: values.host, ...(port === undefined ? {} : { port, strictPort: true }) },
    logLevel: 'warn',
  });
  await server.listen();
  const base = server.resolvedUrls?.local[0];
  if (base === undefined) throw new Error('the preview server did not start');
  const folder = encodeURIComponent(basename(dir));
  const loaded = loadCourseDir(dir);
  io.out(loaded.ok ? `Courseloom preview: ${loaded.course.code} ${loaded.course.title}` : `Courseloom preview: ${displayPath(dir)}`);
  io.out(`  course:     ${new URL(`${PREVIEW_PAGE}?course=${folder}&scorm=${values.scorm}`, base).href}`);
  io.out(`  storyboard: ${new URL(`?view=storyboard&course=${folder}`, base).href}`);
  io.out(`  catalogue:  ${base}`);
  if (!loaded.ok) {
    io.out(`  ${COURSE_FILE} has ${loaded.problems.length} problem(s); the page shows them until the file is fixed:`);
    for (const problem of loaded.problems) io.err(formatProblem(problem));
  }
  io.out('Save the course file or an image and the open page updates where you are. Ctrl+C stops.');
  // Runs until stopped; closing the server ends the command with exit code 0.
  return new Promise<number>((done) => {
    const stop = () => void server.close().then(() => done(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
