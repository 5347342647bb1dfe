/** The course folders under a folder: its subfolders that hold a course file, by name. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { COURSE_FILE } from './load-course-dir.ts';

export function courseFolders(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, COURSE_FILE)))
    .map((entry) => entry.name)
    .sort();
}
