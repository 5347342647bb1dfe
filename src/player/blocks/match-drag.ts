/**
 * Drag and drop for 连线题 on @dnd-kit/dom's framework-free core: mouse and touch (pointer
 * sensor), keyboard (Space/Enter picks up, arrows jump from answer to answer, Space drops, Esc
 * cancels). dnd-kit's own Accessibility plugin is left out: it would set `aria-pressed` (used
 * here for the click-then-click selection) and speak English; the component has its own live
 * region in the course language.
 *
 * No other plugin either. The statement does not travel with the pointer (Feedback: at drag start
 * it measured, cloned and lifted the element into the top layer, a long task on a slow machine);
 * a line follows the pointer instead, which is what the learner is doing: drawing a line. Nor is
 * the document restyled for the cursor or the selection (Cursor, PreventSelection: a style sheet
 * inserted and removed per drag); the block styles its own cursor, and statements are not
 * selectable. AutoScroller measured scroll containers on every move; the answers of a 连线题
 * sit beside (or, on a phone, below) its statements, and click-then-click needs no scrolling.
 *
 * Without Feedback, dnd-kit has no shape for the dragged statement, so it detects no collisions
 * and its keyboard sensor does not move. Neither is needed: a pointer drop lands on the answer
 * under the pointer, and the keyboard steps from answer to answer here; the answers are not
 * dnd-kit droppables at all. dnd-kit decides when a drag starts (5 px with a mouse, a 250 ms hold
 * on touch) and when it ends or is cancelled, and reports the pointer's moves.
 */
import {
  DragDropManager,
  Draggable,
  KeyboardSensor,
  PointerActivationConstraints,
  PointerSensor,
} from '@dnd-kit/dom';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface MatchDragHandlers {
  onPick(itemId: string): void;
  onDrop(itemId: string, targetId: string): void;
  onCancel(itemId: string): void;
  /** The keyboard drag moved over an answer. */
  onOver(targetId: string): void;
  /** Where the dragged statement's line ends now (viewport coordinates); undefined once it ends. */
  onMove(itemId: string, to: Point | undefined): void;
}

/** A statement's drag registration; `disabled` follows whether it can still be moved. */
export interface DraggableHandle {
  disabled: boolean;
  destroy(): void;
}

/**
 * Unregistering from dnd-kit is work nobody sees: it waits for an idle moment, so that the page
 * change that takes a 连线题 away does not pay for it. (dnd-kit ignores a late unregistration of
 * an id that has been registered again since.)
 */
function whenIdle(fn: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 1000 });
  else setTimeout(fn, 0);
}

const ARROW_STEPS: Readonly<Record<string, 1 | -1>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

export class MatchDrag {
  readonly #manager: DragDropManager;
  readonly #targets = new Map<string, Element>();
  readonly #order: readonly string[];
  readonly #cleanup: (() => void)[] = [];
  /** The answer a keyboard drag is on. */
  #keyboardTarget: string | undefined;
  #stopArrows: (() => void) | undefined;
  /** The answers' boxes during a pointer drag. */
  #boxes: Map<string, DOMRect> | undefined;
  /**
   * The touch hold under way. dnd-kit 0.3.2 leaves a hold's timer running when the finger lifts
   * (clauderic/dnd-kit#1913): a tap, then a touch on another statement within 250 ms, dragged the
   * tapped one. It is stopped here when the finger lifts or another press begins.
   */
  #hold: InstanceType<typeof PointerActivationConstraints.Delay> | undefined;

  constructor(targetOrder: readonly string[], handlers: MatchDragHandlers) {
    this.#order = targetOrder;
    this.#manager = new DragDropManager({
      plugins: [],
      // A mouse or pen drag starts only by moving: dnd-kit's default also starts one after a 200 ms
      // press, which swallows a slow click-then-click selection. Touch keeps a press-and-hold so
      // that a swipe still scrolls the page.
      sensors: [
        PointerSensor.configure({
          activationConstraints: (event) => {
            this.#endHold();
            if (event.pointerType !== 'touch') return [new PointerActivationConstraints.Distance({ value: 5 })];
            this.#hold = new PointerActivationConstraints.Delay({ value: 250, tolerance: 5 });
            return [this.#hold];
          },
        }),
        KeyboardSensor,
      ],
    });
    const monitor = this.#manager.monitor;
    const forgetBoxes = () => (this.#boxes = undefined);
    addEventListener('scroll', forgetBoxes, { capture: true, passive: true });
    const endHold = () => this.#endHold();
    addEventListener('pointerup', endHold, true);
    addEventListener('pointercancel', endHold, true);
    this.#cleanup.push(
      () => removeEventListener('scroll', forgetBoxes, { capture: true }),
      () => removeEventListener('pointerup', endHold, true),
      () => removeEventListener('pointercancel', endHold, true),
      endHold,
      () => this.#stopArrows?.(),
      monitor.addEventListener('dragstart', (event, manager) => {
        const source = event.operation.source;
        if (!source) return;
        const itemId = String(source.id);
        this.#keyboardTarget = undefined;
        this.#boxes = this.#measureTargets();
        if (manager.dragOperation.activatorEvent instanceof KeyboardEvent) this.#listenToArrows(itemId, handlers);
        handlers.onPick(itemId);
      }),
      monitor.addEventListener('dragmove', (event) => {
        const source = event.operation.source;
        if (source && event.to) handlers.onMove(String(source.id), event.to);
      }),
      monitor.addEventListener('dragend', (event) => {
        this.#stopArrows?.();
        const source = event.operation.source;
        if (!source) return;
        const itemId = String(source.id);
        handlers.onMove(itemId, undefined);
        const target = event.nativeEvent instanceof PointerEvent ? this.#dropTarget(event.nativeEvent) : this.#keyboardTarget;
        if (event.canceled || target === undefined) handlers.onCancel(itemId);
        else handlers.onDrop(itemId, target);
      }),
    );
  }

  #endHold(): void {
    this.#hold?.abort();
    this.#hold = undefined;
  }

  /** During a keyboard drag: → ↓ go to the next answer, ← ↑ to the previous one. */
  #listenToArrows(itemId: string, handlers: MatchDragHandlers): void {
    const onKey = (event: KeyboardEvent) => {
      const step = ARROW_STEPS[event.code];
      if (step === undefined) return;
      event.preventDefault();
      const count = this.#order.length;
      const current = this.#keyboardTarget === undefined ? -1 : this.#order.indexOf(this.#keyboardTarget);
      const next = current === -1 ? (step > 0 ? 0 : count - 1) : (current + step + count) % count;
      const id = this.#order[next];
      const element = id === undefined ? undefined : this.#targets.get(id);
      if (id === undefined || !element) return;
      this.#keyboardTarget = id;
      const box = element.getBoundingClientRect();
      handlers.onMove(itemId, { x: box.left + box.width / 2, y: box.top + box.height / 2 });
      handlers.onOver(id);
    };
    // The keyboard sensor listens on the document too, for Space, Enter, Tab and Esc.
    document.addEventListener('keydown', onKey, true);
    this.#stopArrows = () => {
      document.removeEventListener('keydown', onKey, true);
      this.#stopArrows = undefined;
    };
  }

  /**
   * The answer under the pointer where it was released: what the learner aimed at. (dnd-kit
   * applies pointer moves once per frame, so its own idea of the position can lag a quick drop.)
   * The answers' boxes are measured when the drag starts (answers do not move during a drag;
   * a scroll measures them again), so the drop itself lays nothing out.
   */
  #dropTarget(event: PointerEvent): string | undefined {
    this.#boxes ??= this.#measureTargets();
    const { clientX: x, clientY: y } = event;
    for (const [id, box] of this.#boxes) if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return id;
    return undefined;
  }

  #measureTargets(): Map<string, DOMRect> {
    return new Map([...this.#targets].map(([id, element]) => [id, element.getBoundingClientRect()]));
  }

  /** Registers a statement; it starts as `disabled` says and is switched through the handle. */
  draggable(itemId: string, element: HTMLElement, disabled: boolean): DraggableHandle {
    const draggable = new Draggable({ id: itemId, element, disabled }, this.#manager);
    return {
      get disabled() {
        return draggable.disabled;
      },
      set disabled(value) {
        draggable.disabled = value;
      },
      destroy: () => whenIdle(() => draggable.destroy()),
    };
  }

  /**
   * Attachment for an answer. It is not registered with dnd-kit: without collision detection a
   * Droppable would only watch its own position on every frame of a drag, for nothing.
   */
  droppable(targetId: string): (element: HTMLElement) => () => void {
    return (element) => {
      this.#targets.set(targetId, element);
      return () => {
        this.#targets.delete(targetId);
      };
    };
  }

  /** Stops listening at once; dnd-kit's own teardown follows when idle. */
  destroy(): void {
    for (const stop of this.#cleanup) stop();
    whenIdle(() => this.#manager.destroy());
  }
}
