/**
 * Markdown for trainer-authored text, rendered at build time. Raw HTML is shown as text and
 * Markdown images are off (course images are image blocks, checked to be course files), so
 * nothing authored can inject script or load from the network.
 */
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: true });
md.disable('image');

// Inside an LMS the course is a frame: a link followed in place would navigate the course away
// and end the learner's session. Links open in a new tab instead.
const openLink = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  token?.attrSet('target', '_blank');
  token?.attrSet('rel', 'noopener noreferrer');
  return openLink(tokens, idx, options, env, self);
};

export function renderMarkdown(source: string): string {
  return md.render(source).trim();
}
