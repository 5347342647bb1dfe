import { parseArgs } from 'node:util';
import type { ScormVersion } from '../../scorm-manifest/manifest.ts';
import { buildCourse } from '../build/build-course.ts';
import { kb } from '../build/size-report.ts';
import { loadForPackaging, packageCourse, PackagingError, type PackagedZip } from '../build/package-course.ts';
import { displayPath } from '../model/load-course-dir.ts';
import type { Output } from './validate.ts';

const VERSIONS: Record<string, readonly ScormVersion[]> = { '1.2': ['1.2'], '2004': ['2004'], both: ['1.2', '2004'] };

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ').trimEnd());
}

export async function buildCommand(args: readonly string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], options: { out: { type: 'string' } }, allowPositionals: true });
  const [dir] = positionals;
  if (!dir || positionals.length > 1) {
    io.err('usage: courseloom build <course-dir> [--out DIR]');
    return 2;
  }
  const course = loadForPackaging(dir);
  const out = values.out ?? `dist/courses/${course.id}`;
  const files = await buildCourse(dir, out);
  io.out(`built ${course.code} into ${displayPath(out)}/ (${files.length} files)`);
  return 0;
}

export async function packageCommand(args: readonly string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      scorm: { type: 'string', default: 'both' },
      out: { type: 'string', default: 'dist/packages' },
      budget: { type: 'string' },
      'separate-script': { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  const versions = VERSIONS[values.scorm];
  const budgetKb = values.budget === undefined ? undefined : Number(values.budget);
  if (positionals.length === 0 || !versions || (budgetKb !== undefined && !(budgetKb > 0))) {
    io.err('usage: courseloom package <course-dir>... --scorm 1.2|2004|both [--out DIR] [--budget KB] [--separate-script]');
    return 2;
  }
  const total = positionals.length * versions.length;
  const done: PackagedZip[] = [];
  const rows: string[][] = [['package', 'first load (gzip)', 'zip']];
  let failed = 0;
  for (const dir of positionals) {
    try {
      io.out(`building ${displayPath(dir)} …`);
      const zips = await packageCourse(dir, versions, values.out, {
        ...(budgetKb === undefined ? {} : { budgetKb }),
        separateScript: values['separate-script'],
      });
      for (const zip of zips) {
        done.push(zip);
        io.out(`[${done.length}/${total}] ${displayPath(zip.path)} ok`);
        rows.push([displayPath(zip.path), kb(zip.size.firstLoadTotal), kb(zip.size.packageBytes)]);
      }
    } catch (error) {
      if (!(error instanceof PackagingError)) throw error;
      failed++;
      io.err(error.message);
      io.out(`FAIL  ${displayPath(dir)}`);
    }
  }
  if (rows.length > 1) {
    io.out('');
    for (const line of table(rows)) io.out(line);
  }
  return failed > 0 ? 1 : 0;
}
