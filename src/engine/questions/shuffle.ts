/**
 * A deterministic shuffle: the same question always shows the same order (seeded by its id), so
 * a learner who returns, reloads or retries sees the list as before. Never the right order when
 * there are two items or more.
 */

/** A 32-bit FNV-1a hash of the seed. */
function hash(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** mulberry32: a small seeded generator of numbers in [0, 1). */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The positions 0..length-1 in shuffled order; never 0, 1, 2, … when length ≥ 2. */
export function shuffledIndexes(length: number, seed: string): number[] {
  const order = Array.from({ length }, (_, i) => i);
  const random = generator(hash(seed));
  for (let i = length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i] ?? i;
    order[i] = order[j] ?? j;
    order[j] = swap;
  }
  // Landed on the right order: rotate by one, which moves every item.
  if (length >= 2 && order.every((n, i) => n === i)) order.push(order.shift() ?? 0);
  return order;
}

/** The items in a shuffled order, the same every time for the same seed. */
export function shuffle<T>(items: readonly T[], seed: string): T[] {
  return shuffledIndexes(items.length, seed).flatMap((i) => {
    const item = items[i];
    return item === undefined ? [] : [item];
  });
}
