import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const BIN = resolve('bin/courseloom.js');

/** Runs the real command line, as a trainer would, from `cwd` (the repository by default). */
export function courseloom(args: readonly string[], cwd?: string) {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd });
  return { code: run.status, out: run.stdout, err: run.stderr };
}
