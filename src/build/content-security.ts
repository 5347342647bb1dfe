/**
 * What keeps a package self-contained: a Content-Security-Policy that lets the page load only
 * its own files, and no URL of another site anywhere in its output.
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // dnd-kit places the statement being dragged with a <style> element it injects: without inline
  // styles a mouse drop lands on the wrong answer. Styles cannot run code; scripts stay 'self'.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** XML namespace names look like URLs but are identifiers that nothing ever fetches. */
export const NAMESPACE_URIS = [
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/XML/1998/namespace',
];

/** Every http(s) URL in a text that is not a namespace name. */
export function externalUrls(text: string): string[] {
  const found = text.match(/https?:\/\/[^\s"'`)<>\\]+/g) ?? [];
  return found.filter((url) => !NAMESPACE_URIS.some((ns) => url.startsWith(ns)));
}

/**
 * Adds the CSP meta tag, and turns the links inside library messages (Svelte's error pages)
 * into plain text so that the output holds no URL of another site.
 */
export function contentSecurity(): Plugin {
  return {
    name: 'courseloom-content-security',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
      ],
    },
    renderChunk(code) {
      const plain = code.replace(/https:\/\/(svelte\.dev\/e\/)/g, '$1');
      return plain === code ? null : { code: plain, map: null };
    },
  };
}
