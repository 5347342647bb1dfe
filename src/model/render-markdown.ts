/**
 * Markdown for trainer-authored text, rendered at build time. Raw HTML is shown as text and
 * Markdown images are off (course images are image blocks, checked to be course files), so
 * nothing authored can inject script or load from the network.
 */
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: true });
md.disable('image');

export function renderMarkdown(source: string): string {
  return md.render(source).trim();
}
