/**
 * One "input → painted" sample: arm the probe in the course frame, do the input through
 * Playwright (real CDP input events), read the probe's answer.
 */
import type { Frame } from '@playwright/test';
import type { EventTimingEntry, LongTaskEntry, PaintSample, Until } from './probe.ts';

const SAMPLE_TIMEOUT_MS = 15_000;

/** Gives up on a change not painted within this many frames (10 s at 60 Hz). */
const MAX_FRAMES = 600;

async function arm(frame: Frame, input: 'click' | 'pointerup', until: Until, maxFrames: number): Promise<void> {
  const armed = await frame.evaluate(
    ({ input, until, timeout, maxFrames }) => {
      const probe = window.__courseloomBench;
      probe?.arm(input, until, timeout, maxFrames);
      return probe !== undefined;
    },
    { input, until, timeout: SAMPLE_TIMEOUT_MS, maxFrames },
  );
  if (!armed) throw new Error('the bench probe is missing from the course frame');
}

async function outcome(frame: Frame): Promise<PaintSample | string> {
  return frame.evaluate(() => window.__courseloomBench?.result() ?? 'no probe');
}

export async function timeToPaint(
  frame: Frame,
  input: 'click' | 'pointerup',
  until: Until,
  act: () => Promise<void>,
): Promise<PaintSample> {
  await arm(frame, input, until, MAX_FRAMES);
  await act();
  const result = await outcome(frame);
  if (typeof result === 'string') throw new Error(result);
  return result;
}

/**
 * Like `timeToPaint`, for an input that may rightly change nothing (a drop outside every
 * answer): undefined when nothing was painted within `maxFrames` frames.
 */
export async function timeToPaintIfAny(
  frame: Frame,
  input: 'click' | 'pointerup',
  until: Until,
  act: () => Promise<void>,
  maxFrames: number,
): Promise<PaintSample | undefined> {
  await arm(frame, input, until, maxFrames);
  await act();
  const result = await outcome(frame);
  if (typeof result !== 'string') return result;
  if (result.startsWith('the change was not painted')) return undefined;
  throw new Error(result);
}

export async function frameNow(frame: Frame): Promise<number> {
  return frame.evaluate(() => window.__courseloomBench?.now() ?? performance.now());
}

export async function longTasks(frame: Frame): Promise<LongTaskEntry[]> {
  return frame.evaluate(() => [...(window.__courseloomBench?.longTasks ?? [])]);
}

export async function eventTimings(frame: Frame): Promise<EventTimingEntry[]> {
  return frame.evaluate(() => [...(window.__courseloomBench?.events ?? [])]);
}

/**
 * The browser's own Event Timing duration of the click behind each sample (input to the next
 * paint, in 8 ms steps), where it reported one: it only reports events of 16 ms or more.
 */
export function eventDurations(samples: readonly PaintSample[], entries: readonly EventTimingEntry[], name = 'click'): number[] {
  return samples.flatMap((sample) => {
    const entry = entries.find((e) => e.name === name && Math.abs(e.start - sample.input) < 1);
    return entry ? [entry.duration] : [];
  });
}
