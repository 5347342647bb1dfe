/** The results as a terminal table and as bench/results.md. */
import { meetsTarget, type BenchResults, type CourseResult, type Metric, type Unit } from './results.ts';

/** Medians of an earlier run, by course id then metric key. */
export type Baseline = ReadonlyMap<string, ReadonlyMap<string, number>>;

export function formatValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return '–';
  switch (unit) {
    case 'KB':
      return `${value.toFixed(1)} KB`;
    case 'ms':
      return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ms`;
    case 'count':
      return Number.isInteger(value) ? String(value) : value.toFixed(1);
    case 'chars':
      return `${Math.round(value)} chars`;
  }
}

function status(metric: Metric): string {
  const met = meetsTarget(metric);
  return met === undefined ? '' : met ? 'ok' : 'MISSED';
}

function ratio(metric: Metric, course: CourseResult, baseline: Baseline | undefined): string {
  const old = baseline?.get(course.id)?.get(metric.key);
  if (old === undefined) return baseline ? 'new' : '';
  if (old === 0) return metric.median === 0 ? '×1.00' : '–';
  return `×${(metric.median / old).toFixed(2)}`;
}

function row(metric: Metric, course: CourseResult, baseline: Baseline | undefined): string[] {
  const cells = [
    metric.label,
    formatValue(metric.median, metric.unit),
    formatValue(metric.min, metric.unit),
    formatValue(metric.max, metric.unit),
    String(metric.samples),
    metric.target ? `${metric.target.text}${metric.target.on === 'max' ? ' (worst)' : ''}` : '',
    status(metric),
  ];
  return baseline ? [...cells, ratio(metric, course, baseline)] : cells;
}

function header(baseline: Baseline | undefined): string[] {
  const cells = ['figure', 'median', 'min', 'max', 'n', 'target', 'status'];
  return baseline ? [...cells, 'new/old'] : cells;
}

const NUMERIC = new Set([1, 2, 3, 4]);

function align(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, c) => {
        const pad = (widths[c] ?? 0) - [...cell].length;
        return NUMERIC.has(c) ? ' '.repeat(pad) + cell : cell + ' '.repeat(pad);
      })
      .join('  ')
      .trimEnd(),
  );
}

export function terminalTable(results: BenchResults, baseline?: Baseline): string {
  const out: string[] = [];
  for (const course of results.courses) {
    out.push('', `${course.id} (${course.dir})`);
    if (course.skipped) {
      out.push(`  skipped: ${course.skipped}`);
      continue;
    }
    const rows = [header(baseline), ...course.metrics.map((m) => row(m, course, baseline))];
    out.push(...align(rows).map((line) => `  ${line}`));
    for (const note of course.notes) out.push(`  note: ${note}`);
  }
  return out.join('\n');
}

function mdRow(cells: readonly string[]): string {
  return `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
}

export function markdown(results: BenchResults, baseline?: Baseline, comparedWith?: string): string {
  const m = results.machine;
  const out = [
    '# Courseloom bench results',
    '',
    `- Date: ${results.date}`,
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB RAM, ${m.os}`,
    `- 1-minute load average: ${m.loadAverage.start.toFixed(1)} at the start, ${m.loadAverage.end.toFixed(1)} at the end (other work on the machine slows every timing)`,
    `- Node ${m.node}, ${m.browser}`,
    `- Timings: median of ${results.runs} runs (min and max beside it); interactions: every sample, worst = max.`,
    ...(comparedWith ? [`- new/old: this run's median divided by the median in ${comparedWith}`] : []),
    '',
    'What each figure means and how it is measured: see [README.md](README.md).',
  ];
  for (const course of results.courses) {
    out.push('', `## ${course.id}`, '', `Folder: \`${course.dir}\``, '');
    if (course.skipped) {
      out.push(`Skipped: ${course.skipped}`);
      continue;
    }
    out.push(mdRow(header(baseline)), mdRow(header(baseline).map((_, c) => (NUMERIC.has(c) ? '---:' : '---'))));
    for (const metric of course.metrics) out.push(mdRow(row(metric, course, baseline)));
    if (course.firstLoadFiles.length > 0) {
      out.push('', '### What the course frame downloads on its first load (unthrottled, cold cache)', '');
      out.push(mdRow(['file', 'type', 'bytes on the wire', 'before the first heading was painted']), mdRow(['---', '---', '---:', '---']));
      for (const file of course.firstLoadFiles) {
        out.push(mdRow([file.url, file.type, `${(file.bytes / 1024).toFixed(1)} KB`, file.beforeHeading ? 'yes' : 'no']));
      }
    }
    if (course.notes.length > 0) out.push('', '### Notes', '', ...course.notes.map((n) => `- ${n}`));
  }
  return `${out.join('\n')}\n`;
}
