/** Which items of a click-to-reveal block are open, and whether each has been seen once. */
export class RevealState {
  #open: boolean[] = $state([]);
  #seen: boolean[] = [];
  readonly #onAllSeen: () => void;

  constructor(count: number, alreadyDone: boolean, onAllSeen: () => void) {
    this.#open = Array.from({ length: count }, () => alreadyDone);
    this.#seen = [...this.#open];
    this.#onAllSeen = onAllSeen;
  }

  isOpen(index: number): boolean {
    return this.#open[index] ?? false;
  }

  toggle(index: number): void {
    const opening = !this.isOpen(index);
    this.#open[index] = opening;
    if (!opening) return;
    this.#seen[index] = true;
    if (this.#seen.every(Boolean)) this.#onAllSeen();
  }
}
