/** Checks that need the whole course: unique ids, jump targets, asset files. */
import { checkRoleplay } from './roleplay-check.ts';
import type { Block, Course } from './schema.ts';
import type { LocatedMessage } from './schema-problems.ts';
import { closest, didYouMean } from './suggest.ts';
import type { YamlSource } from './yaml-source.ts';

/** Says whether a file exists at a path relative to the course folder (already checked to stay inside it). */
export type AssetExists = (relativePath: string) => boolean;

/** The files in the course folder (relative, `/`-separated), to name the one a wrong path meant. */
export type AssetFiles = () => readonly string[];

function missingAsset(src: string, files: AssetFiles | undefined): string {
  const found = `image file "${src}" not found in the course folder`;
  const images = (files?.() ?? []).filter((file) => /\.(svg|png|jpe?g|gif|webp|avif)$/i.test(file));
  if (images.length === 0) return `${found}, which has no image files`;
  const byName = images.find((file) => file.split('/').pop()?.toLowerCase() === src.split('/').pop()?.toLowerCase());
  const near = byName ?? closest(src, images, Math.max(3, Math.floor(src.length / 2)));
  if (near !== undefined) return `${found}; the closest file is "${near}"`;
  const listed = images.slice(0, 5).join('", "');
  return `${found}; its image files are "${listed}"${images.length > 5 ? ` and ${images.length - 5} more` : ''}`;
}

/** Why an asset path cannot be used, or undefined when it is a plain relative path. */
export function assetPathProblem(src: string): string | undefined {
  if (/^[a-z]:[\\/]/i.test(src) || src.startsWith('/')) return 'must be relative to the course folder, not an absolute path';
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
    return 'must be a file in the course folder, not a URL (the package may not load anything from the internet)';
  }
  if (src.includes('\\')) return 'use forward slashes (/) in file paths';
  if (src.split('/').includes('..')) return 'must stay inside the course folder (".." is not allowed)';
  return undefined;
}

type PartIds = (readonly [string, readonly PropertyKey[]])[];

function partIds(block: Block): PartIds {
  const list = (key: string, parts: readonly { id: string }[]): PartIds => parts.map((p, i) => [p.id, [key, i, 'id']] as const);
  switch (block.type) {
    case 'match':
      return [...list('items', block.items), ...list('targets', block.targets)];
    case 'sort':
      return [...list('items', block.items), ...list('categories', block.categories)];
    case 'order':
      return list('items', block.items);
    case 'choice':
      return list('options', block.options);
    default:
      return [];
  }
}

/** Statements, answers, categories and options of one question share a namespace (the LMS patterns use them). */
function duplicatePartIds(block: Block): PartIds {
  const seen = new Set<string>();
  return partIds(block).filter(([partId]) => {
    const twice = seen.has(partId);
    seen.add(partId);
    return twice;
  });
}

const MARKDOWN_IMAGE = /!\[[^\]]*\]\([^)]*\)/;

/** Paths of the texts that use Markdown image syntax, which the player does not show. */
function markdownImages(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (typeof value === 'string') return MARKDOWN_IMAGE.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => markdownImages(item, [...path, i]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => markdownImages(item, [...path, key]));
  return [];
}

export function crossCheck(course: Course, source: YamlSource, assetExists: AssetExists, assetFiles?: AssetFiles): LocatedMessage[] {
  const problems: LocatedMessage[] = [];
  const seen = new Map<string, number>();
  const at = (path: PropertyKey[], message: string) => problems.push({ ...source.locate(path), message });

  const claim = (id: string, path: PropertyKey[]) => {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, source.locate(path).line);
    else at(path, `id "${id}" is already used on line ${first}; ids must be unique in the course`);
  };

  course.pages.forEach((page, p) => {
    claim(page.id, ['pages', p, 'id']);
    page.blocks.forEach((block, b) => {
      if (block.id !== undefined) claim(block.id, ['pages', p, 'blocks', b, 'id']);
    });
  });

  const pageIds = course.pages.map((page) => page.id);
  course.pages.forEach((page, p) => {
    page.blocks.forEach((block, b) => {
      const path = ['pages', p, 'blocks', b];
      if (block.type === 'jump' && !pageIds.includes(block.target)) {
        const meant = didYouMean(block.target, pageIds);
        at([...path, 'target'], `jump target "${block.target}" is not a page${meant || `; the pages are: ${pageIds.join(', ')}`}`);
      }
      if (block.type === 'match' || block.type === 'sort') {
        const answers = block.type === 'match' ? block.targets : block.categories;
        const key = block.type === 'match' ? 'target' : 'category';
        const known = answers.map((a) => a.id);
        block.items.forEach((item, i) => {
          const to = block.type === 'match' ? block.items[i]?.target : block.items[i]?.category;
          if (to !== undefined && !known.includes(to)) {
            at([...path, 'items', i, key], `${key} "${to}" of "${item.id}" is not one of: ${known.join(', ')}${didYouMean(to, known)}`);
          }
        });
      }
      if (block.type === 'choice' && !block.options.some((o) => o.correct)) {
        at([...path, 'options'], `question "${block.id}" has no option marked correct: true`);
      }
      if (block.type === 'roleplay') {
        for (const problem of checkRoleplay(block)) at([...path, ...problem.path], problem.message);
      }
      for (const [partId, partPath] of duplicatePartIds(block)) {
        at([...path, ...partPath], `id "${partId}" is used twice in this question`);
      }
      if (block.type === 'image') {
        const bad = assetPathProblem(block.src);
        if (bad !== undefined) at([...path, 'src'], `image "${block.src}" ${bad}`);
        else if (!assetExists(block.src)) at([...path, 'src'], missingAsset(block.src, assetFiles));
      }
    });
  });
  for (const path of markdownImages(course.pages, ['pages'])) {
    at(path, 'Markdown images (![…](…)) are not shown; use an image block with a file from the course folder');
  }
  return problems;
}
