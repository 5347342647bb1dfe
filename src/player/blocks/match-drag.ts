/**
 * Drag and drop for 连线题 on @dnd-kit/dom's framework-free core: mouse and touch (pointer
 * sensor), keyboard (Space/Enter picks up, arrows jump from answer to answer, Space drops, Esc
 * cancels). dnd-kit's own Accessibility plugin is left out: it would set `aria-pressed` (used
 * here for the click-then-click selection) and speak English; the component has its own live
 * region in the course language.
 */
import {
  AutoScroller,
  Cursor,
  DragDropManager,
  Draggable,
  Droppable,
  Feedback,
  KeyboardSensor,
  PointerActivationConstraints,
  PointerSensor,
  PreventSelection,
} from '@dnd-kit/dom';

export interface MatchDragHandlers {
  onPick(itemId: string): void;
  onDrop(itemId: string, targetId: string): void;
  onCancel(itemId: string): void;
  /** The keyboard drag moved over an answer. */
  onOver(targetId: string): void;
  /** A drag ended, whatever its outcome (lines are measured again after the drop animation). */
  onSettled(): void;
}

export class MatchDrag {
  readonly #manager: DragDropManager;
  readonly #targets = new Map<string, Element>();
  readonly #order: readonly string[];
  readonly #cleanup: (() => void)[] = [];

  constructor(targetOrder: readonly string[], handlers: MatchDragHandlers) {
    this.#order = targetOrder;
    this.#manager = new DragDropManager({
      // No drop animation: the statement is back at once, so the next key press or tap starts
      // a new drag instead of landing on a statement still animating home.
      plugins: [AutoScroller, Cursor, Feedback.configure({ dropAnimation: null }), PreventSelection],
      // A mouse or pen drag starts only by moving: dnd-kit's default also starts one after a 200 ms
      // press, which swallows a slow click-then-click selection. Touch keeps a press-and-hold so
      // that a swipe still scrolls the page.
      sensors: [
        PointerSensor.configure({
          activationConstraints: (event) =>
            event.pointerType === 'touch'
              ? [new PointerActivationConstraints.Delay({ value: 250, tolerance: 5 })]
              : [new PointerActivationConstraints.Distance({ value: 5 })],
        }),
        KeyboardSensor,
      ],
    });
    const monitor = this.#manager.monitor;
    this.#cleanup.push(
      monitor.addEventListener('dragstart', (event) => {
        const source = event.operation.source;
        if (source) handlers.onPick(String(source.id));
      }),
      monitor.addEventListener('dragmove', (event, manager) => {
        // Keyboard: each arrow press goes to the next (→ ↓) or previous (← ↑) answer.
        const by = event.by;
        if (!by || !(manager.dragOperation.activatorEvent instanceof KeyboardEvent)) return;
        event.preventDefault();
        const current = event.operation.target ? this.#order.indexOf(String(event.operation.target.id)) : -1;
        const step = by.x > 0 || by.y > 0 ? 1 : -1;
        const count = this.#order.length;
        const next = current === -1 ? (step > 0 ? 0 : count - 1) : (current + step + count) % count;
        const id = this.#order[next];
        const element = id === undefined ? undefined : this.#targets.get(id);
        if (id === undefined || !element) return;
        const box = element.getBoundingClientRect();
        manager.actions.move({ to: { x: box.left + box.width / 2, y: box.top + box.height / 2 } });
        handlers.onOver(id);
      }),
      monitor.addEventListener('dragend', (event) => {
        const source = event.operation.source;
        const target = event.operation.target;
        if (source) {
          if (event.canceled || !target) handlers.onCancel(String(source.id));
          else handlers.onDrop(String(source.id), String(target.id));
        }
        handlers.onSettled();
      }),
    );
  }

  /** Attachment for a statement; `disabled` ones cannot be dragged. */
  draggable(itemId: string, disabled: boolean): (element: HTMLElement) => () => void {
    return (element) => {
      const draggable = new Draggable({ id: itemId, element, disabled, feedback: 'default' }, this.#manager);
      return () => draggable.destroy();
    };
  }

  /** Attachment for an answer. */
  droppable(targetId: string): (element: HTMLElement) => () => void {
    return (element) => {
      const droppable = new Droppable({ id: targetId, element }, this.#manager);
      this.#targets.set(targetId, element);
      return () => {
        this.#targets.delete(targetId);
        droppable.destroy();
      };
    };
  }

  destroy(): void {
    for (const stop of this.#cleanup) stop();
    this.#manager.destroy();
  }
}
