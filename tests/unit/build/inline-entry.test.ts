import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScripts } from '../../../src/build/content-security.ts';
import { inlineEntryInto, InlineEntryError, scriptSafe, styleSafe, type BundleFiles } from '../../../src/build/inline-entry.ts';

const page = (body: string) => ({ type: 'asset' as const, fileName: 'index.html', source: body });
const chunk = (fileName: string, code: string, more: { isEntry?: boolean; imports?: string[]; dynamicImports?: string[]; css?: string[] } = {}) => ({
  type: 'chunk' as const,
  fileName,
  code,
  isEntry: more.isEntry ?? false,
  imports: more.imports ?? [],
  dynamicImports: more.dynamicImports ?? [],
  viteMetadata: { importedCss: new Set(more.css ?? []) },
});
const INDEX = [
  '<html><head><meta charset="utf-8" />',
  '<script type="module" crossorigin src="./index-AbC123xy.js"></script>',
  '<link rel="stylesheet" crossorigin href="./assets/index-Zz99Yy88.css">',
  '</head><body><div id="app"></div></body></html>',
].join('\n');

function bundle(): BundleFiles {
  return {
    'index.html': page(INDEX),
    'index-AbC123xy.js': chunk('index-AbC123xy.js', 'console.log("</script>");', { isEntry: true, dynamicImports: ['assets/drag-1.js'], css: ['assets/index-Zz99Yy88.css'] }),
    'assets/drag-1.js': chunk('assets/drag-1.js', 'export const drag = 1;'),
    'assets/index-Zz99Yy88.css': { type: 'asset', fileName: 'assets/index-Zz99Yy88.css', source: 'body{color:red}' },
  };
}

function htmlOf(files: BundleFiles): string {
  const file = files['index.html'];
  return file?.type === 'asset' && typeof file.source === 'string' ? file.source : '';
}

describe('inlining the player into index.html', () => {
  it('puts the entry script and its style sheet in the page, drops their files and keeps lazy chunks', () => {
    const files = bundle();
    inlineEntryInto(files);
    const html = htmlOf(files);
    expect(html).toContain('<script type="module">console.log("\\x3C/script>");</script>');
    expect(html).toContain('<style>body{color:red}</style>');
    expect(html).not.toMatch(/src=|stylesheet/);
    expect(Object.keys(files).sort()).toEqual(['assets/drag-1.js', 'index.html']);
  });

  it('refuses when a lazy chunk imports the entry: it would run a second copy of the runtime', () => {
    const files = bundle();
    files['assets/drag-1.js'] = chunk('assets/drag-1.js', 'import "../index-AbC123xy.js";', { imports: ['index-AbC123xy.js'] });
    expect(() => inlineEntryInto(files)).toThrow(InlineEntryError);
    expect(() => inlineEntryInto(files)).toThrow(/assets\/drag-1\.js import\(s\) the entry chunk/);
  });

  it('refuses an entry below the package root, whose relative URLs would change meaning', () => {
    const files = bundle();
    files['index-AbC123xy.js'] = chunk('assets/index-AbC123xy.js', 'x', { isEntry: true });
    expect(() => inlineEntryInto(files)).toThrow(/must sit beside index.html/);
  });

  it('keeps a style sheet that a lazy chunk loads too', () => {
    const files = bundle();
    files['assets/drag-1.js'] = chunk('assets/drag-1.js', 'x', { css: ['assets/index-Zz99Yy88.css'] });
    inlineEntryInto(files);
    expect(htmlOf(files)).toContain('href="./assets/index-Zz99Yy88.css"');
    expect(files['assets/index-Zz99Yy88.css']).toBeDefined();
  });
});

describe('text that would end an inline element early', () => {
  it('is written so that the HTML parser reads on, and means the same to JavaScript and CSS', () => {
    const code = 'const a = "</script>", b = `<!--x-->`, c = /<\\/SCRIPT/i;';
    const safe = scriptSafe(code);
    expect(safe).not.toMatch(/<\/script|<!--/i);
    expect(new Function(`${safe}; return [a, b];`)()).toEqual(['</script>', '<!--x-->']);
    expect(styleSafe('a::after{content:"</style>"}')).toBe('a::after{content:"\\3C/style>"}');
  });
});

describe('the Content-Security-Policy of an inlined page', () => {
  it('allows exactly the inline scripts of the page, by hash, and nothing from elsewhere', () => {
    const html = '<script type="module">run()</script><script src="./a.js"></script><script>other()</script>';
    expect(inlineScripts(html)).toEqual(['run()', 'other()']);
    const hash = createHash('sha256').update('run()').digest('base64');
    const policy = contentSecurityPolicy(['run()']);
    expect(policy).toContain(`script-src 'self' 'sha256-${hash}';`);
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("connect-src 'none'");
    expect(contentSecurityPolicy()).toContain("script-src 'self';");
  });
});
