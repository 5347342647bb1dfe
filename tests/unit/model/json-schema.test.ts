import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { courseJsonSchema } from '../../../src/model/schema.ts';

const SCHEMA_FILE = fileURLToPath(new URL('../../../schema/course.schema.json', import.meta.url));

describe('schema/course.schema.json', () => {
  it('matches the course schema (run `npm run schema` after changing src/model/schema.ts)', () => {
    const onDisk: unknown = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
    expect(courseJsonSchema()).toEqual(onDisk);
  });
});
