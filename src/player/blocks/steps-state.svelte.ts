/** A step sequence shown one step at a time; finished once the last step has been shown. */
export class StepsState {
  index = $state(0);
  readonly count: number;
  readonly #onFinished: () => void;

  constructor(count: number, onFinished: () => void) {
    this.count = count;
    this.#onFinished = onFinished;
  }

  get isFirst(): boolean {
    return this.index === 0;
  }

  get isLast(): boolean {
    return this.index === this.count - 1;
  }

  previous(): void {
    if (!this.isFirst) this.index--;
  }

  next(): void {
    if (this.isLast) return;
    this.index++;
    if (this.isLast) this.#onFinished();
  }
}
