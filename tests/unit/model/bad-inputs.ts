/**
 * Broken course files, each with the mistake a trainer might make. The line and column of
 * the mistake are noted; the tests check that the problem is reported there.
 */
import { COURSE_LINES, courseText, insertAfter, removeLine, setLine } from './course-text.ts';

const encoder = new TextEncoder();

function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

// ── Schema ─────────────────────────────────────────────────────────────────────

/** `tittle:` on a new line 4, col 1. */
export const unknownTopKey = courseText((l) => insertAfter(l, 3, 'tittle: Oops'));

/** `colour:` in the text block, new line 13, col 9. */
export const unknownBlockKey = courseText((l) => insertAfter(l, 12, '        colour: red'));

/** `version: 1` (a number), value at 5:10. */
export const numericVersion = courseText((l) => setLine(l, 5, 'version: 1'));

/** `pages: foo`, value at 6:8 (the page list is removed). */
export const pagesNotAList = courseText((l) => {
  l.splice(5);
  l.push('pages: foo');
});

/** `passingScore: "80"` (text, not a number) on a new line 6, value at col 15. */
export const passingScoreText = courseText((l) => insertAfter(l, 5, 'passingScore: "80"'));

/** No `title:` line; the course mapping starts at 1:1. */
export const missingTitle = courseText((l) => removeLine(l, 3));

/** Page type `contnet`, value at 8:11. */
export const unknownPageType = courseText((l) => setLine(l, 8, '    type: contnet'));

/** Block type `revael`, value at 13:15. */
export const unknownBlockType = courseText((l) => setLine(l, 13, '      - type: revael'));

/** `language: fr`, value at 4:11. */
export const frenchLanguage = courseText((l) => setLine(l, 4, 'language: fr'));

/**
 * Four mistakes: `tittle:` at 4:1, `language: fr` at 5:11, `version: 1` at 6:10 and
 * block type `revael` at 14:15.
 */
export const severalMistakes = courseText((l) => {
  setLine(l, 13, '      - type: revael');
  setLine(l, 5, 'version: 1');
  setLine(l, 4, 'language: fr');
  insertAfter(l, 3, 'tittle: Oops');
});

// ── YAML ───────────────────────────────────────────────────────────────────────

/** A second `title:` at the top, new line 6, col 1 (the first is on line 3). */
export const duplicateTopKey = courseText((l) => insertAfter(l, 5, 'title: Again'));

/** A second `body:` in the text block, new line 13, col 9. */
export const duplicateBlockKey = courseText((l) => insertAfter(l, 12, '        body: Again'));

/** Tabs in the indentation of line 9 (at col 3) and line 20 (at col 1). */
export const tabIndented = courseText((l) => {
  setLine(l, 9, '  \t  title: Welcome');
  setLine(l, 20, '\t\ttitle: Detail');
});

export const emptyFile = '';

export const onlyComments = '# A course will go here.\n\n   \n  # Not yet.\n';

/** Bytes 0xFF 0xFE in line 3 after `title: Demo ` (at 3:13). */
export const invalidUtf8 = concatBytes(
  encoder.encode(`${COURSE_LINES.slice(0, 2).join('\n')}\ntitle: Demo `),
  new Uint8Array([0xff, 0xfe]),
  encoder.encode(` course\n${COURSE_LINES.slice(3).join('\n')}\n`),
);

/** Byte 0xFF in line 3 after `title: 演示 ` — col 11 in characters, col 15 in bytes. */
export const invalidUtf8AfterChinese = concatBytes(
  encoder.encode(`${COURSE_LINES.slice(0, 2).join('\n')}\ntitle: 演示 `),
  new Uint8Array([0xff]),
  encoder.encode(`\n${COURSE_LINES.slice(3).join('\n')}\n`),
);

/** Billion laughs: nine levels of nine aliases each, 9^9 strings if expanded. */
export const aliasBomb = (() => {
  const levels = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
  const lines = [`a: &a [${Array(9).fill('"lol"').join(', ')}]`];
  for (let i = 1; i < levels.length; i++) {
    lines.push(`${levels[i] ?? ''}: &${levels[i] ?? ''} [${Array(9).fill(`*${levels[i - 1] ?? ''}`).join(', ')}]`);
  }
  return `${lines.join('\n')}\n`;
})();

export const TEN_MB = 10 * 1024 * 1024;

/** 10 MB of spaces. */
export const tenMegabytes = new Uint8Array(TEN_MB).fill(0x20);

/** A second document: `---` on new line 28, col 1. */
export const twoDocuments = `${courseText()}---\nid: other\n`;

/** `title: [Welcome` — a flow sequence opened at 9:12 and never closed. */
export const unclosedFlowSequence = courseText((l) => setLine(l, 9, '    title: [Welcome'));

// ── Cross-checks ───────────────────────────────────────────────────────────────

/** Page id `intro` again at 18:9 (first on line 7). */
export const duplicatePageId = courseText((l) => setLine(l, 18, '  - id: intro'));

/** Block id `facts` again on the jump block, new line 26 col 13 (first on line 14). */
export const duplicateBlockId = courseText((l) => insertAfter(l, 25, '        id: facts'));

/** A jump to `nowhere`, value at 27:17. */
export const jumpToMissingPage = courseText((l) => setLine(l, 27, '        target: nowhere'));

/** The demo course with another image `src`, value at 23:14. */
export function withImage(src: string): string {
  return courseText((l) => setLine(l, 23, `        src: ${src}`));
}
