import { describe, expect, it } from 'vitest';
import { externalUrls } from '../../../src/build/content-security.ts';
import { firstLoadFiles, growth, sizeReport } from '../../../src/build/size-report.ts';

const html = `<html><head><link rel="icon" href="./favicon.svg" />
<script type="module" src="./assets/index-AbC123xy.js"></script>
<link rel="stylesheet" href="./assets/index-Zz99Yy88.css"></head></html>`;

describe('size report', () => {
  it('counts what index.html loads by itself, not what is loaded later', () => {
    expect(firstLoadFiles(html)).toEqual(['index.html', 'favicon.svg', 'assets/index-AbC123xy.js', 'assets/index-Zz99Yy88.css']);
  });

  it('measures gzipped sizes and sums them', () => {
    const text = (s: string) => new TextEncoder().encode(s);
    const entries = new Map([
      ['index.html', text(html)],
      ['favicon.svg', text('<svg/>')],
      ['assets/index-AbC123xy.js', text('console.log(1);'.repeat(500))],
      ['assets/index-Zz99Yy88.css', text('a{color:red}')],
      ['assets/gsap-QQQQQQQQ.js', text('x'.repeat(100000))],
    ]);
    const report = sizeReport(entries, 1234);
    expect(report.firstLoad).toHaveLength(4);
    expect(report.firstLoadTotal).toBe(report.firstLoad.reduce((s, f) => s + f.gzip, 0));
    expect(report.firstLoadTotal).toBeLessThan(2000);
    expect(report.packageBytes).toBe(1234);
  });

  it('names the files that grew, matching them across content hashes', () => {
    const before = { firstLoad: [{ file: 'assets/index-AAAAAAAA.js', gzip: 1000 }, { file: 'index.html', gzip: 300 }], firstLoadTotal: 1300, packageBytes: 0 };
    const now = {
      firstLoad: [{ file: 'assets/index-BBBBBBBB.js', gzip: 3048 }, { file: 'index.html', gzip: 300 }, { file: 'assets/dnd-CCCCCCCC.js', gzip: 500 }],
      firstLoadTotal: 3848,
      packageBytes: 0,
    };
    expect(growth(now, before)).toEqual(['assets/index-BBBBBBBB.js: 1.0 KB → 3.0 KB (+2.0 KB)', 'assets/dnd-CCCCCCCC.js: new, 0.5 KB']);
    expect(growth(now, undefined)).toEqual([]);
  });
});

describe('external URL scan', () => {
  it('finds URLs of other sites and ignores XML namespace names', () => {
    expect(externalUrls('a="http://www.w3.org/2000/svg" b="https://cdn.example.com/x.js" c=\'//x\'')).toEqual(['https://cdn.example.com/x.js']);
  });
});
