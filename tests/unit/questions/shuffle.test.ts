import { describe, expect, it } from 'vitest';
import { shuffledIndexes } from '../../../src/engine/questions/shuffle.ts';

describe('order questions are shown shuffled', () => {
  it('never shows the right order, for any seed and length', () => {
    for (let length = 2; length <= 8; length++) {
      for (let s = 0; s < 300; s++) {
        const order = shuffledIndexes(length, `q-${s}`);
        expect([...order].sort((a, b) => a - b)).toEqual([...Array(length).keys()]);
        expect(order).not.toEqual([...Array(length).keys()]);
      }
    }
  });

  it('shows the same order every time for the same question', () => {
    expect(shuffledIndexes(6, 'seven-steps')).toEqual(shuffledIndexes(6, 'seven-steps'));
  });
});
