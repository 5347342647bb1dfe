/**
 * Chromium driven by Playwright, with a CDP session per page for throttling, the network log
 * and the probe's signals. Every `openCoursePage` is a new context: a cold cache each time.
 */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Frame, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { probeScript, type ProbeConfig, type ProbeSignal } from './probe.ts';

export interface Profile {
  readonly id: string;
  readonly label: string;
  /** Emulation.setCPUThrottlingRate: 1 = no slowdown. */
  readonly cpuRate: number;
  readonly network?: { readonly downKbit: number; readonly upKbit: number; readonly latencyMs: number };
}

export const UNTHROTTLED: Profile = { id: 'fast', label: 'unthrottled', cpuRate: 1 };
export const CPU4X: Profile = { id: 'cpu4x', label: 'CPU 4x', cpuRate: 4 };
export const CPU4X_SLOW_NET: Profile = {
  id: 'cpu4x-slownet',
  label: 'CPU 4x + 1.6 Mbit/s',
  cpuRate: 4,
  network: { downKbit: 1600, upKbit: 750, latencyMs: 150 },
};
export const LOAD_PROFILES: readonly Profile[] = [UNTHROTTLED, CPU4X, CPU4X_SLOW_NET];

export const VIEWPORT = { width: 1366, height: 768 };
const BINDING = '__courseloomBenchSignal';

export function chromiumPath(): string | undefined {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return existsSync(path) ? path : undefined;
}

export function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Signals from the probe, in order, awaited by type. */
export class Signals {
  readonly #queue: ProbeSignal[] = [];
  readonly #waiters: (() => void)[] = [];
  readonly #seen = new Set<ProbeSignal['type']>();

  push(signal: ProbeSignal): void {
    this.#seen.add(signal.type);
    this.#queue.push(signal);
    for (const wake of this.#waiters.splice(0)) wake();
  }

  /** Whether a signal of this type has arrived (CDP events are handled in order, so this is exact). */
  seen(type: ProbeSignal['type']): boolean {
    return this.#seen.has(type);
  }

  /** The next signal of this type (or a `failed` one), or an error after `timeoutMs`. */
  async next<T extends ProbeSignal['type']>(type: T, timeoutMs: number): Promise<Extract<ProbeSignal, { type: T }>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.#queue.findIndex((s) => s.type === type || s.type === 'failed');
      const found = index >= 0 ? this.#queue.splice(index, 1)[0] : undefined;
      if (found?.type === 'failed') throw new Error(found.reason);
      if (found && isType(found, type)) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no "${type}" signal from the course within ${timeoutMs} ms`);
      await new Promise<void>((wake) => {
        const timer = setTimeout(wake, left);
        this.#waiters.push(() => {
          clearTimeout(timer);
          wake();
        });
      });
    }
  }
}

function isType<T extends ProbeSignal['type']>(signal: ProbeSignal, type: T): signal is Extract<ProbeSignal, { type: T }> {
  return signal.type === type;
}

const num = (record: Record<string, unknown>, key: string): number | undefined => {
  const value = record[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The probe's JSON, checked field by field. */
export function parseSignal(payload: string): ProbeSignal | undefined {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  if (value.type === 'failed') return { type: 'failed', reason: String(value.reason) };
  const painted = num(value, 'painted');
  if (painted === undefined) return undefined;
  if (value.type === 'ready') {
    const input = num(value, 'input');
    return input === undefined ? undefined : { type: 'ready', input, painted };
  }
  if (value.type !== 'heading') return undefined;
  const inDom = num(value, 'inDom');
  const frameOrigin = num(value, 'frameOrigin');
  const hostOrigin = num(value, 'hostOrigin');
  if (inDom === undefined || frameOrigin === undefined || hostOrigin === undefined) return undefined;
  const menu = isRecord(value.menu) ? { x: num(value.menu, 'x'), y: num(value.menu, 'y') } : undefined;
  return {
    type: 'heading',
    inDom,
    painted,
    frameOrigin,
    hostOrigin,
    nextEnabled: value.nextEnabled === true,
    menu: menu?.x !== undefined && menu.y !== undefined ? { x: menu.x, y: menu.y } : null,
  };
}

export interface CoursePage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly cdp: CDPSession;
  readonly signals: Signals;
  close(): Promise<void>;
}

export interface OpenOptions {
  readonly profile: Profile;
  readonly probe: Omit<ProbeConfig, 'binding'>;
  readonly cacheDisabled: boolean;
}

/** A fresh context and page with the profile applied, the probe installed and the network log on. */
export async function openCoursePage(browser: Browser, options: OpenOptions): Promise<CoursePage> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const signals = new Signals();
  cdp.on('Runtime.bindingCalled', (event) => {
    if (event.name !== BINDING) return;
    const signal = parseSignal(event.payload);
    if (signal) signals.push(signal);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: BINDING });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: options.cacheDisabled });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.profile.cpuRate });
  const network = options.profile.network;
  if (network) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: network.latencyMs,
      downloadThroughput: (network.downKbit * 1000) / 8,
      uploadThroughput: (network.upKbit * 1000) / 8,
    });
  }
  await page.addInitScript({ content: probeScript({ ...options.probe, binding: BINDING }) });
  return { context, page, cdp, signals, close: () => context.close() };
}

/** The course's frame inside the host page. */
export async function courseFrame(page: Page, coursePath: string, timeoutMs = 30_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes(coursePath));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error('the course frame never appeared');
    await page.waitForTimeout(20);
  }
}

/** A real left click through the browser's input pipeline, at viewport coordinates. */
export async function clickAt(cdp: CDPSession, x: number, y: number): Promise<void> {
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', clickCount: 1 });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', clickCount: 1 });
}
