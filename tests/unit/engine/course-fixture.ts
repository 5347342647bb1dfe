import type { Block, Course, Page } from '../../../src/model/schema.ts';

export function page(id: string, blocks: Block[] = [{ type: 'text', body: `${id} text` }], optional = false): Page {
  return { id, type: 'content', title: id.toUpperCase(), optional, blocks };
}

export function reveal(id: string, required: boolean): Block {
  return { type: 'reveal', id, style: 'box', required, items: [{ label: 'a', content: 'A' }] };
}

export function course(pages: Page[]): Course {
  return { id: 'test', code: 'T-1', title: 'Test', language: 'zh-CN', version: '1.0.0', scoring: 'last-try', pages };
}
