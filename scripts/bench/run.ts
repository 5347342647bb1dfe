/**
 * `npm run bench [-- --runs N] [--samples N] [--course ID] [--compare results.json]`
 *
 * Packages every course that validates, serves it beside a scorm-again host page, measures it
 * in Chromium (see bench/README.md), prints a table and writes bench/results.json and .md.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchCourse } from './bench-course.ts';
import { launchBrowser } from './browser.ts';
import { readBaseline, type BenchResults, type CourseResult, type Machine } from './results.ts';
import { markdown, terminalTable } from './table.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT_DIR = join(ROOT, 'bench');

const USAGE = `usage: npm run bench -- [--runs N] [--samples N] [--course ID]... [--compare FILE]
  --runs N        cold loads per profile; timings are their median (default 5)
  --samples N     samples per interaction timing (default 20)
  --course ID     only this course folder (courses/ID); may be repeated
  --compare FILE  an earlier results.json: adds a new/old column`;

function positiveInt(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a whole number of at least 1`);
  return value;
}

function machine(browserVersion: string, loadAtStart: number): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown CPU',
    cores: list.length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.version,
    browser: `Chromium ${browserVersion}`,
    loadAverage: { start: loadAtStart, end: loadavg()[0] ?? 0 },
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string' },
      samples: { type: 'string' },
      course: { type: 'string', multiple: true },
      compare: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const runs = positiveInt(values.runs, 5, 'runs');
  const samples = positiveInt(values.samples, 20, 'samples');
  // Read the baseline first: it may be the very file this run overwrites.
  const baseline = values.compare === undefined ? undefined : readBaseline(values.compare);
  const wanted = values.course;
  const all = readdirSync(join(ROOT, 'courses'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const unknown = (wanted ?? []).filter((id) => !all.includes(id));
  if (unknown.length > 0) throw new Error(`no course folder ${unknown.map((id) => `courses/${id}/`).join(', ')}`);
  const dirs = all.filter((name) => !wanted || wanted.includes(name)).map((name) => `courses/${name}`);

  const loadAtStart = loadavg()[0] ?? 0;
  const browser = await launchBrowser();
  const courses: CourseResult[] = [];
  let results: BenchResults;
  try {
    for (const dir of dirs) {
      console.log(`${dir}/`);
      courses.push(await benchCourse(browser, dir, { runs, samples }, (line) => console.log(line)));
    }
    results = { format: 1, date: new Date().toISOString(), machine: machine(browser.version(), loadAtStart), runs, courses };
  } finally {
    await browser.close();
  }

  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(OUT_DIR, 'results.md'), markdown(results, baseline, values.compare));
  const m = results.machine;
  const load = `load average ${m.loadAverage.start.toFixed(1)} → ${m.loadAverage.end.toFixed(1)}`;
  console.log(`\n${results.date} · ${m.cpu}, ${m.cores} cores · ${load} · ${m.browser} · median of ${runs} runs`);
  console.log(terminalTable(results, baseline));
  console.log('\nwrote bench/results.json and bench/results.md');
  return courses.some((c) => !c.skipped) ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
