/** Writes the editor JSON Schema generated from the course schema (`npm run schema`). */
import { writeFileSync } from 'node:fs';
import { courseJsonSchema } from '../src/model/schema.ts';

const file = new URL('../schema/course.schema.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(courseJsonSchema(), null, 2)}\n`);
console.log(`wrote ${file.pathname}`);
