import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/model/render-markdown.ts';

describe('renderMarkdown', () => {
  it('renders **bold** as <strong>', () => {
    expect(renderMarkdown('a **x** b')).toContain('<strong>x</strong>');
  });

  it('shows a <script> tag as text', () => {
    const html = renderMarkdown('<script>alert(1)</script>');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('shows an inline <img onerror> as text', () => {
    const html = renderMarkdown('look: <img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;img');
  });

  it('makes no javascript: link', () => {
    const html = renderMarkdown('[a](javascript:alert(1))');
    expect(html).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
    expect(html).not.toMatch(/<a\b/i);
  });

  it('opens a web link in a new tab, so that the course frame in the LMS stays where it is', () => {
    const html = renderMarkdown('see [the policy](https://example.com/policy)');
    expect(html).toContain('<a href="https://example.com/policy" target="_blank" rel="noopener noreferrer">the policy</a>');
  });

  it('renders no Markdown image', () => {
    expect(renderMarkdown('![x](https://example.com/a.png)')).not.toMatch(/<img/i);
  });
});
