import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/player/i18n.ts';
import { messagesFor } from '../../../src/player/messages/index.ts';

describe('player strings', () => {
  it('speaks the course language: zh-CN first, English available', () => {
    const zh = translator(messagesFor('zh-CN'));
    const en = translator(messagesFor('en'));
    expect([zh('back'), zh('next')]).toEqual(['返回', '下一页']);
    expect([en('back'), en('next')]).toEqual(['Back', 'Next']);
  });

  it('fills in numbers', () => {
    expect(translator(messagesFor('zh-CN'))('pageOf', { n: 3, total: 10 })).toBe('第 3 页，共 10 页');
    expect(translator(messagesFor('en'))('stepOf', { n: 2, total: 4 })).toBe('Step 2 of 4');
  });
});
