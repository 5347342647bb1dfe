/**
 * `courseloom package`: one course, built once, zipped for each SCORM version with its manifest
 * and schema files, validated offline before anything is written, and measured.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manifestXml, schemaFiles, type ScormVersion } from '../../scorm-manifest/manifest.ts';
import { validatePackage } from '../../scorm-manifest/validate-package.ts';
import { loadCourseDir } from '../model/load-course-dir.ts';
import { formatProblem } from '../model/problem.ts';
import type { Course } from '../model/schema.ts';
import { worstCaseStateSize } from '../engine/state-codec.ts';
import { scorm12 } from '../scorm/cmi-12.ts';
import { scorm2004 } from '../scorm/cmi-2004.ts';
import { withPackagedVersion } from '../scorm/packaged-version.ts';
import { buildCourse, PROJECT_ROOT } from './build-course.ts';
import { growth, sizeReport, type SizeReport } from './size-report.ts';
import { zipEntries } from './zip.ts';

export class PackagingError extends Error {}

export interface PackagedZip {
  readonly version: ScormVersion;
  readonly path: string;
  readonly size: SizeReport;
  /** What grew since the last package of this course, when the first load is over budget. */
  readonly grew: readonly string[];
}

const SUFFIX: Record<ScormVersion, string> = { '1.2': 'scorm12', '2004': 'scorm2004' };

/** The first-load budget in KB from package.json's `courseloom.firstLoadBudgetKb` (default 100). */
export function firstLoadBudgetKb(): number {
  try {
    const pkg: unknown = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));
    const config = typeof pkg === 'object' && pkg !== null ? Reflect.get(pkg, 'courseloom') : undefined;
    const budget = typeof config === 'object' && config !== null ? Reflect.get(config, 'firstLoadBudgetKb') : undefined;
    return typeof budget === 'number' && budget > 0 ? budget : 100;
  } catch {
    return 100;
  }
}

export function loadForPackaging(courseDir: string): Course {
  const result = loadCourseDir(courseDir);
  if (!result.ok) throw new PackagingError(result.problems.map(formatProblem).join('\n'));
  return result.course;
}

export function zipName(course: Course, version: ScormVersion): string {
  return `${course.code}-${course.version}-${SUFFIX[version]}.zip`;
}

function readReport(path: string): SizeReport | undefined {
  try {
    const saved: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return typeof saved === 'object' && saved !== null && 'firstLoad' in saved && Array.isArray(saved.firstLoad)
      ? { firstLoad: saved.firstLoad.filter(isFileSize), firstLoadTotal: 0, packageBytes: 0 }
      : undefined;
  } catch {
    return undefined;
  }
}

function isFileSize(value: unknown): value is { file: string; gzip: number } {
  return typeof value === 'object' && value !== null && 'file' in value && typeof value.file === 'string' && 'gzip' in value && typeof value.gzip === 'number';
}

export interface PackageOptions {
  /** Overrides the configured first-load budget, in KB. */
  readonly budgetKb?: number;
  /** See `BuildOptions.separateScript`. */
  readonly separateScript?: boolean;
}

export async function packageCourse(
  courseDir: string,
  versions: readonly ScormVersion[],
  outDir: string,
  options: PackageOptions = {},
): Promise<PackagedZip[]> {
  const course = loadForPackaging(courseDir);
  const stateSize = worstCaseStateSize(course);
  const tooSmall = [scorm12, scorm2004].find((d) => versions.includes(d.version) && stateSize > d.suspendDataLimit);
  if (tooSmall) {
    const dialect = tooSmall;
    throw new PackagingError(
      `${course.code}: its suspend data can reach ${stateSize} characters, over SCORM ${dialect.version}'s limit of ` +
        `${dialect.suspendDataLimit}; the LMS would refuse to save learners' progress. Split the course` +
        (dialect.version === '1.2' ? ' or package it for SCORM 2004 only.' : '.'),
    );
  }
  const buildDir = mkdtempSync(join(tmpdir(), 'courseloom-build-'));
  try {
    const files = await buildCourse(courseDir, buildDir, { separateScript: options.separateScript === true });
    const player = new Map(files.map((file) => [file, new Uint8Array(readFileSync(join(buildDir, file)))] as const));
    mkdirSync(outDir, { recursive: true });
    const budgetKb = options.budgetKb ?? firstLoadBudgetKb();
    const budget = budgetKb * 1024;
    const results: PackagedZip[] = [];
    for (const version of versions) {
      const manifest = manifestXml(version, {
        identifier: `${course.id}-${course.version}`,
        title: `${course.code} ${course.title}`,
        version: course.version,
        ...(course.passingScore === undefined ? {} : { passingScore: course.passingScore }),
        launch: 'index.html',
        files,
      });
      const index = player.get('index.html');
      if (!index) throw new PackagingError('the player build has no index.html');
      const entries = new Map<string, Uint8Array>([
        ...player,
        ['index.html', new TextEncoder().encode(withPackagedVersion(new TextDecoder().decode(index), version))],
        ['imsmanifest.xml', new TextEncoder().encode(manifest)],
        ...schemaFiles(version),
      ]);
      const problems = await validatePackage(version, entries);
      if (problems.length > 0) {
        throw new PackagingError(`the SCORM ${version} package of ${course.code} is not valid:\n  ${problems.join('\n  ')}`);
      }
      const zip = zipEntries(entries);
      const size = sizeReport(player, zip.byteLength);
      const reportPath = join(outDir, `${course.code}.sizes.json`);
      const over = size.firstLoadTotal > budget;
      const before = readReport(reportPath);
      const grew = over ? growth(size, before) : [];
      if (over) {
        const history =
          before === undefined
            ? '  (no earlier package of this course to compare with)'
            : grew.length > 0
              ? `  grew since the last package:\n    ${grew.join('\n    ')}`
              : '  nothing grew since the last package: the budget is lower than before';
        throw new PackagingError(
          `${course.code}: the first load is ${(size.firstLoadTotal / 1024).toFixed(1)} KB gzipped, over the budget of ` +
            `${budgetKb} KB (package.json courseloom.firstLoadBudgetKb).\n` +
            history +
            `\n  first load: ${size.firstLoad.map((f) => `${f.file} ${(f.gzip / 1024).toFixed(1)} KB`).join(', ')}`,
        );
      }
      const path = join(outDir, zipName(course, version));
      writeFileSync(path, zip);
      writeFileSync(reportPath, `${JSON.stringify({ firstLoad: size.firstLoad }, null, 2)}\n`);
      results.push({ version, path, size, grew });
    }
    return results;
  } finally {
    rmSync(buildDir, { recursive: true, force: true });
  }
}

