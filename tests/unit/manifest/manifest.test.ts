import { describe, expect, it } from 'vitest';
import { manifestXml } from '../../../scorm-manifest/manifest.ts';
import { description, TITLE, VERSIONS } from './package-fixture.ts';

describe('manifestXml', () => {
  it.each(VERSIONS)('%s: is deterministic, whatever the order of the files', (version) => {
    const d = description(80);
    const shuffled = description(80, { files: [...d.files].reverse() });
    expect(manifestXml(version, d)).toBe(manifestXml(version, d));
    expect(manifestXml(version, shuffled)).toBe(manifestXml(version, d));
  });

  it.each(VERSIONS)('%s: escapes the title and keeps the Chinese text as UTF-8', (version) => {
    const xml = manifestXml(version, description());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(xml).toContain('<title>服务理念 &amp; 客户管理 &lt;入门&gt;</title>');
    expect(xml).not.toContain(TITLE);
  });

  it.each(VERSIONS)('%s: escapes attributes too and drops characters XML cannot hold', (version) => {
    const xml = manifestXml(version, description(undefined, { version: '1.0"<&\'', title: 'a\u0000b\u0007c' }));
    expect(xml).toContain('version="1.0&quot;&lt;&amp;&apos;"');
    expect(xml).toContain('<title>abc</title>');
  });

  it.each(VERSIONS)('%s: is pretty-printed with a 2-space indent, one file per line, sorted', (version) => {
    const xml = manifestXml(version, description());
    const lines = xml.trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(/^( {2})*<[^ ]/);
    const files = lines.filter((line) => line.includes('<file '));
    expect(files).toEqual([
      '      <file href="assets/index-abc.css"/>',
      '      <file href="assets/index-abc.js"/>',
      '      <file href="index.html"/>',
    ]);
  });

  it('1.2: IMS CP 1.1.2 and ADL CP 1.2, a SCO resource and the mastery score', () => {
    const xml = manifestXml('1.2', description(80));
    expect(xml).toContain('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"');
    expect(xml).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
    expect(xml).toContain(
      'xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd ' +
        'http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"',
    );
    expect(xml).toContain('<schema>ADL SCORM</schema>');
    expect(xml).toContain('<schemaversion>1.2</schemaversion>');
    expect(xml).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    expect(xml).toMatch(/<resource identifier="[^"]+" type="webcontent" adlcp:scormtype="sco" href="index.html">/);
    expect(xml.match(/<organization /g)).toHaveLength(1);
    expect(xml.match(/<item /g)).toHaveLength(1);
    expect(xml.match(/<resource /g)).toHaveLength(1);
  });

  it('1.2: no mastery score without a pass mark; fractional pass marks are written exactly', () => {
    expect(manifestXml('1.2', description())).not.toContain('masteryscore');
    expect(manifestXml('1.2', description(75.5))).toContain('<adlcp:masteryscore>75.5</adlcp:masteryscore>');
  });

  it('2004: the 4th edition namespaces, a SCO resource and the pass mark as a primary objective', () => {
    const xml = manifestXml('2004', description(80));
    for (const ns of [
      'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
      'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
      'xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"',
      'xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"',
      'xmlns:imsss="http://www.imsglobal.org/xsd/imsss"',
    ]) {
      expect(xml).toContain(ns);
    }
    expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(xml).toMatch(/<resource identifier="[^"]+" type="webcontent" adlcp:scormType="sco" href="index.html">/);
    expect(xml).toMatch(/<imsss:primaryObjective objectiveID="[^"]+" satisfiedByMeasure="true">/);
    expect(xml).toContain('<imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>');
  });

  it('2004: no sequencing without a pass mark; awkward pass marks have no float noise', () => {
    expect(manifestXml('2004', description())).not.toContain('imsss:sequencing');
    expect(manifestXml('2004', description(33.3))).toContain('>0.333</imsss:minNormalizedMeasure>');
    expect(manifestXml('2004', description(100))).toContain('>1</imsss:minNormalizedMeasure>');
    expect(manifestXml('2004', description(0))).toContain('>0</imsss:minNormalizedMeasure>');
  });

  it('makes the identifier a valid xs:ID and derives unique inner identifiers from it', () => {
    expect(manifestXml('1.2', description(undefined, { identifier: 'fm-1-b2-1.0.0' }))).toContain(
      '<manifest identifier="fm-1-b2-1.0.0" version="1.0.0"',
    );
    const xml = manifestXml('2004', description(undefined, { identifier: '1 课程/x' }));
    expect(xml).toContain('<manifest identifier="_1-x"');
    expect(xml).toContain('<organizations default="_1-x-org">');
    expect(xml).toContain('<item identifier="_1-x-sco" identifierref="_1-x-res">');
  });

  it('writes hrefs as URI references', () => {
    const xml = manifestXml('2004', description(undefined, { files: ['index.html', 'images/服务 desk#1.svg'] }));
    expect(xml).toContain('<file href="images/%E6%9C%8D%E5%8A%A1%20desk%231.svg"/>');
  });

  it('refuses descriptions that cannot make a manifest', () => {
    expect(() => manifestXml('1.2', description(101))).toThrow(/passingScore/);
    expect(() => manifestXml('2004', description(Number.NaN))).toThrow(/passingScore/);
    expect(() => manifestXml('1.2', description(undefined, { launch: 'start.html' }))).toThrow(/start\.html/);
    expect(() => manifestXml('1.2', description(undefined, { identifier: ' ' }))).toThrow(/identifier/);
  });
});
