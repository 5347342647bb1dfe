/**
 * Reproducible zips: entries sorted by path, every timestamp fixed, the same compression
 * level, so the same files always give the same bytes.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';

/** The earliest time a zip can record (the DOS epoch), in local time as zip stores it. */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

export function zipEntries(entries: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const files: Zippable = {};
  for (const path of [...entries.keys()].sort()) {
    const data = entries.get(path);
    if (data) files[path] = [data, { level: 9, mtime: FIXED_TIME }];
  }
  return zipSync(files, { level: 9, mtime: FIXED_TIME });
}

export function unzipEntries(zip: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(zip)));
}
