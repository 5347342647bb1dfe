import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { courseloomCourse } from './src/build/vite-plugin-course.ts';
import { courseloomPreview } from './src/preview/vite-plugin-preview.ts';

/** The course to serve or build; `npm start` serves the default one. */
const courseDir = process.env.COURSELOOM_COURSE ?? 'courses/fm-1-b2';

export default defineConfig({
  base: './',
  plugins: [svelte(), courseloomCourse({ dir: courseDir }), courseloomPreview({ courseDir })],
  build: { target: 'es2022', outDir: 'dist/player', emptyOutDir: true },
  server: { host: '127.0.0.1' },
  // Lazily imported by the player: bundled at start, so the dev server never reloads mid-lesson.
  optimizeDeps: { include: ['@dnd-kit/dom'] },
  preview: { host: '127.0.0.1' },
});
