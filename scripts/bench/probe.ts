/**
 * The in-page probe, installed in every frame before any of its scripts run (it acts only in the
 * course frame). It records when the first page's heading is painted, tells the bench through a
 * CDP binding so the bench can click 目录 at once, and measures "input → painted" for armed
 * interactions, with long tasks and Event Timing entries on the side.
 *
 * "Painted" = the first rendering step after which the change is in the DOM: a
 * requestAnimationFrame callback posts a message; the message task runs after that frame's style,
 * layout and paint, and checks the DOM there. Changes made by any rAF callback of that frame
 * (the match lines are drawn in one) are therefore counted in that frame, not the next.
 */

export interface ProbeConfig {
  /** Path prefix of the course frame's URL; other frames are left alone. */
  readonly coursePath: string;
  /** Name of the CDP binding (Runtime.addBinding) that carries signals to the bench. */
  readonly binding: string;
  /** The accessible names of the menu and next buttons, in the course language. */
  readonly menuName: string;
  readonly nextName: string;
}

/** What the bench waits for in an armed measurement. */
export type Until = { readonly headingNot: string } | { readonly selector: string };

export interface PaintSample {
  /** The trusted input event's timeStamp (ms, frame clock). */
  readonly input: number;
  /** The end of the first frame showing the change (ms, frame clock). */
  readonly painted: number;
}

export interface LongTaskEntry {
  readonly start: number;
  readonly duration: number;
}

export interface EventTimingEntry {
  readonly name: string;
  readonly start: number;
  readonly duration: number;
}

/** Signals sent through the binding, as JSON. */
export type ProbeSignal =
  | {
      readonly type: 'heading';
      /** ms since the course frame's navigation start. */
      readonly inDom: number;
      readonly painted: number;
      /** The course frame's and the host page's time origins (ms since the epoch). */
      readonly frameOrigin: number;
      readonly hostOrigin: number;
      readonly nextEnabled: boolean;
      /** Centre of the menu button in viewport coordinates, if found. */
      readonly menu: { readonly x: number; readonly y: number } | null;
    }
  | { readonly type: 'ready'; readonly input: number; readonly painted: number }
  | { readonly type: 'failed'; readonly reason: string };

export interface BenchProbe {
  readonly longTasks: LongTaskEntry[];
  readonly events: EventTimingEntry[];
  now(): number;
  /**
   * Waits for the next trusted `input` event, then for the first painted frame where `until`
   * holds, giving up after `maxFrames` frames.
   */
  arm(input: 'click' | 'pointerup', until: Until, timeoutMs: number, maxFrames: number): void;
  /** The armed measurement's outcome: a sample, or why there is none. */
  result(): Promise<PaintSample | string>;
}

declare global {
  interface Window {
    __courseloomBench?: BenchProbe;
  }
}

/**
 * Runs in the page (serialised by `probeScript`): everything it needs is inside its body.
 */
function installProbe(config: ProbeConfig): void {
  if (!location.pathname.startsWith(config.coursePath)) return;
  const send = (signal: ProbeSignal) => {
    const binding: unknown = Reflect.get(window, config.binding);
    if (typeof binding === 'function') binding(JSON.stringify(signal));
  };
  const shown = (element: Element | null): element is HTMLElement => {
    if (!(element instanceof HTMLElement)) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
  };
  const heading = () => document.querySelector('main h2');
  const buttonNamed = (name: string) =>
    [...document.querySelectorAll('button')].find((b) => (b.textContent ?? '').replace(/\s+/g, ' ').includes(name));
  /** Calls `done` with the time at the end of the first painted frame where `check()` holds. */
  const whenPainted = (check: () => boolean, done: (at: number | undefined) => void, maxFrames = 600) => {
    const channel = new MessageChannel();
    let frames = 0;
    channel.port1.onmessage = () => {
      if (check()) {
        channel.port1.close();
        done(performance.now());
      } else if (++frames >= maxFrames) {
        channel.port1.close();
        done(undefined);
      } else requestAnimationFrame(() => channel.port2.postMessage(null));
    };
    requestAnimationFrame(() => channel.port2.postMessage(null));
  };

  const longTasks: LongTaskEntry[] = [];
  const events: EventTimingEntry[] = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    // durationThreshold (Event Timing) is missing from TypeScript's DOM types: pass it as a variable.
    const eventOptions = { type: 'event', buffered: true, durationThreshold: 16 };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) events.push({ name: e.name, start: e.startTime, duration: e.duration });
    }).observe(eventOptions);
  } catch {
    // An older browser without these entry types: the figures that need them stay empty.
  }

  let pending: Promise<PaintSample | string> = Promise.resolve('not armed');
  const probe: BenchProbe = {
    longTasks,
    events,
    now: () => performance.now(),
    arm(input, until, timeoutMs, maxFrames) {
      const check =
        'selector' in until
          ? () => document.querySelector(until.selector) !== null
          : () => {
              const h = heading();
              return h !== null && (h.textContent ?? '') !== until.headingNot && shown(h);
            };
      pending = new Promise((resolve) => {
        const timer = setTimeout(() => {
          window.removeEventListener(input, onInput, true);
          resolve(`no trusted ${input} within ${timeoutMs} ms`);
        }, timeoutMs);
        function onInput(event: Event) {
          if (!event.isTrusted) return;
          window.removeEventListener(input, onInput, true);
          const at = event.timeStamp;
          clearTimeout(timer);
          whenPainted(
            check,
            (painted) => resolve(painted === undefined ? `the change was not painted within ${maxFrames} frames` : { input: at, painted }),
            maxFrames,
          );
        }
        window.addEventListener(input, onInput, true);
      });
    },
    result: () => pending,
  };
  window.__courseloomBench = probe;

  // First load: the heading painted, then 目录 clicked by the bench and the open menu painted.
  let seen = false;
  // Only a cheap query here: measuring boxes in a mutation callback would force a layout early.
  const observer = new MutationObserver(() => {
    if (seen || heading() === null) return;
    seen = true;
    observer.disconnect();
    const inDom = performance.now();
    whenPainted(
      () => shown(heading()),
      (painted) => {
        if (painted === undefined) {
          send({ type: 'failed', reason: 'the first heading was never painted' });
          return;
        }
        const menu = buttonNamed(config.menuName);
        const next = buttonNamed(config.nextName);
        const box = menu?.getBoundingClientRect();
        const panelId = menu?.getAttribute('aria-controls');
        const panel = panelId ? document.getElementById(panelId) : null;
        // The bench clicks 目录 once, right after this heading signal; later clicks are not ours.
        const onClick = (event: MouseEvent) => {
          if (!event.isTrusted || !(event.target instanceof Node) || !menu?.contains(event.target)) return;
          window.removeEventListener('click', onClick, true);
          const at = event.timeStamp;
          whenPainted(
            () => menu.getAttribute('aria-expanded') === 'true' && shown(panel),
            (open) => send(open === undefined ? { type: 'failed', reason: 'the menu never opened' } : { type: 'ready', input: at, painted: open }),
          );
        };
        window.addEventListener('click', onClick, true);
        let hostOrigin = performance.timeOrigin;
        try {
          hostOrigin = window.parent.performance.timeOrigin;
        } catch {
          // A cross-origin host: report times from the frame's own start only.
        }
        send({
          type: 'heading',
          inDom,
          painted,
          frameOrigin: performance.timeOrigin,
          hostOrigin,
          nextEnabled: next !== undefined && !next.disabled,
          menu: box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null,
        });
      },
    );
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * The init script's source. tsx (esbuild with keepNames) wraps inner functions in `__name(...)`,
 * a helper that exists only in Node: give the page an identity stand-in first, so functions
 * passed to `evaluate` work too.
 */
export function probeScript(config: ProbeConfig): string {
  return `globalThis.__name ??= (fn) => fn;\n(${installProbe.toString()})(${JSON.stringify(config)});`;
}
