/**
 * `courseloom build`: the static player site of one course, with relative URLs only (an LMS
 * may serve it from any sub-path), content-hashed files, and nothing loaded from elsewhere.
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig } from 'vite';
import { contentSecurity } from './content-security.ts';
import { inlineEntry } from './inline-entry.ts';
import { courseloomCourse } from './vite-plugin-course.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface BuildOptions {
  /**
   * Keep the player's script and style sheet as files beside index.html instead of inside it:
   * for an LMS whose own Content-Security-Policy header forbids inline scripts (the page's hash
   * cannot loosen a header). The first page then needs a second request.
   */
  readonly separateScript?: boolean;
}

export function playerBuildConfig(courseDir: string, outDir: string, options: BuildOptions = {}): InlineConfig {
  const inline = options.separateScript === true ? [] : [inlineEntry()];
  return {
    configFile: false,
    root: PROJECT_ROOT,
    base: './',
    logLevel: 'warn',
    plugins: [svelte(), courseloomCourse({ dir: resolve(courseDir) }), ...inline, contentSecurity()],
    build: {
      outDir: resolve(outDir),
      emptyOutDir: true,
      // Class fields and private members stay native: transpiled, they need shared helpers, and
      // a lazy chunk must share nothing with the inlined entry (see inline-entry.ts).
      target: 'es2022',
      // Every asset stays a file of the package (the CSP allows no data: URLs).
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      rolldownOptions: {
        input: join(PROJECT_ROOT, 'index.html'),
        // The entry sits beside index.html, where it is inlined; lazy chunks and assets below.
        output: { entryFileNames: '[name]-[hash].js' },
      },
    },
  };
}

/** Every file below `dir`, as sorted posix paths relative to it. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export async function buildCourse(courseDir: string, outDir: string, options: BuildOptions = {}): Promise<string[]> {
  await build(playerBuildConfig(courseDir, outDir, options));
  return listFiles(outDir);
}
