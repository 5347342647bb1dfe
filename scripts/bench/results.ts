/** The shape of bench/results.json, summaries of samples, and reading an earlier run back. */
import { readFileSync } from 'node:fs';

export type Unit = 'KB' | 'ms' | 'count' | 'chars';

export interface Target {
  /** The figure must not be above this. */
  readonly max: number;
  /** Which summary the target is judged on. */
  readonly on: 'median' | 'max';
  /** The target as written in the README, e.g. "≤ 80 KB". */
  readonly text: string;
}

export interface Metric {
  /** Stable key, used to compare runs: e.g. "load.ready.cpu4x-slownet". */
  readonly key: string;
  readonly label: string;
  readonly unit: Unit;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly samples: number;
  readonly target?: Target;
}

export interface FileOnWire {
  readonly url: string;
  readonly type: string;
  readonly bytes: number;
  /** Finished before the first page's heading was painted. */
  readonly beforeHeading: boolean;
}

export interface CourseResult {
  readonly id: string;
  readonly dir: string;
  /** Why the course was not measured. */
  readonly skipped?: string;
  readonly metrics: readonly Metric[];
  /** What the course frame downloaded on its first (unthrottled) load. */
  readonly firstLoadFiles: readonly FileOnWire[];
  readonly notes: readonly string[];
}

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGb: number;
  readonly os: string;
  readonly node: string;
  readonly browser: string;
  /** 1-minute load average when the run started and when it ended: other work on the machine skews timings. */
  readonly loadAverage: { readonly start: number; readonly end: number };
}

export interface BenchResults {
  readonly format: 1;
  readonly date: string;
  readonly machine: Machine;
  readonly runs: number;
  readonly courses: readonly CourseResult[];
}

export function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** A metric from its samples; undefined when there are none. */
export function summarize(
  key: string,
  label: string,
  unit: Unit,
  values: readonly number[],
  target?: Target,
): Metric | undefined {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  return {
    key,
    label,
    unit,
    median: median(sorted),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
    samples: sorted.length,
    ...(target ? { target } : {}),
  };
}

export function meetsTarget(metric: Metric): boolean | undefined {
  if (!metric.target) return undefined;
  return metric[metric.target.on] <= metric.target.max;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Medians of an earlier run by course id and metric key; a file that is not a results file gives an error. */
export function readBaseline(path: string): Map<string, Map<string, number>> {
  const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isRecord(raw) || raw.format !== 1 || !Array.isArray(raw.courses)) {
    throw new Error(`${path} is not a bench results file`);
  }
  const baseline = new Map<string, Map<string, number>>();
  for (const course of raw.courses) {
    if (!isRecord(course) || typeof course.id !== 'string' || !Array.isArray(course.metrics)) continue;
    const medians = new Map<string, number>();
    for (const metric of course.metrics) {
      if (isRecord(metric) && typeof metric.key === 'string' && typeof metric.median === 'number') {
        medians.set(metric.key, metric.median);
      }
    }
    baseline.set(course.id, medians);
  }
  return baseline;
}
