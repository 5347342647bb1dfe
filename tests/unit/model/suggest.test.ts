import { describe, expect, it } from 'vitest';
import { knownKeys } from '../../../src/model/known-keys.ts';
import { closest, editDistance } from '../../../src/model/suggest.ts';

describe('closest: the word a trainer meant', () => {
  it('counts a swap of neighbouring letters as one slip', () => {
    expect(editDistance('tilte', 'title')).toBe(1);
    expect(editDistance('tittle', 'title')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('names the nearest candidate, and nothing when none is near', () => {
    expect(closest('tittle', ['id', 'code', 'title', 'language'])).toBe('title');
    expect(closest('Title', ['id', 'title'])).toBe('title');
    expect(closest('colour', ['id', 'title', 'body'])).toBeUndefined();
  });
});

describe('knownKeys: what the schema allows where the slip is', () => {
  const course = { pages: [{ type: 'content', blocks: [{ type: 'match', prompt: 'x' }, { type: 'nope' }] }] };

  it('lists the course keys at the top', () => {
    expect(knownKeys(course, [])).toEqual(expect.arrayContaining(['id', 'code', 'title', 'language', 'pages']));
  });

  it('follows the block type to its own keys', () => {
    const keys = knownKeys(course, ['pages', 0, 'blocks', 0]);
    expect(keys).toEqual(expect.arrayContaining(['prompt', 'items', 'targets']));
    expect(keys).not.toContain('body');
  });

  it('offers every block key when the type is unknown', () => {
    expect(knownKeys(course, ['pages', 0, 'blocks', 1])).toEqual(expect.arrayContaining(['body', 'prompt', 'src']));
  });
});
