// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { packagedVersion, withPackagedVersion } from '../../../src/scorm/packaged-version.ts';

const page = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('the SCORM version a package declares', () => {
  it('is read back from the page the packager wrote', () => {
    const html = '<!doctype html><html><head><title>x</title></head><body></body></html>';
    expect(packagedVersion(page(withPackagedVersion(html, '1.2')))).toBe('1.2');
    expect(packagedVersion(page(withPackagedVersion(html, '2004')))).toBe('2004');
  });

  it('is 2004 first where no package named one (the preview, the bare player)', () => {
    expect(packagedVersion(page('<html><head></head></html>'))).toBe('2004');
  });
});
