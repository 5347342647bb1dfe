/**
 * What keeps a package self-contained: a Content-Security-Policy that lets the page load only
 * its own files, and no URL of another site anywhere in its output.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The policy of a package whose index.html holds the given inline scripts: each is allowed by
 * its SHA-256 hash, every other script must come from the package itself.
 */
export function contentSecurityPolicy(inlineScripts: readonly string[] = []): string {
  const hashes = inlineScripts.map((code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);
  return [
    "default-src 'none'",
    ["script-src 'self'", ...hashes].join(' '),
    // The player's style sheet is inlined, and Svelte's style: directives (the progress bar, the
    // role-play mood) may write style attributes. A hash would switch 'unsafe-inline' off.
    // Styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The text of every inline <script> element (one without a src) in an HTML page. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/\ssrc\s*=/i.test(m[1] ?? ''))
    .map((m) => m[2] ?? '');
}

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
 * Adds the CSP meta tag (after the entry has been inlined, so that its hash is known), and turns
 * the links inside library messages (Svelte's error pages) into plain text so that the output
 * holds no URL of another site.
 */
export function contentSecurity(): Plugin {
  return {
    name: 'courseloom-content-security',
    apply: 'build',
    // After the entry has been inlined (plugin order), when the bundle is final.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset') return;
        const html = typeof page.source === 'string' ? page.source : new TextDecoder().decode(page.source);
        const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(inlineScripts(html)).replaceAll("'", '&#39;')}">`;
        // Right after the charset (which must come first), before any script.
        const at = /<meta charset="[^"]*"\s*\/?>/i.exec(html) ?? /<head>/i.exec(html);
        if (!at) throw new Error('index.html has no <head>');
        const end = at.index + at[0].length;
        page.source = `${html.slice(0, end)}\n    ${meta}${html.slice(end)}`;
      },
    },
    renderChunk(code) {
      const plain = code.replace(/https:\/\/(svelte\.dev\/e\/)/g, '$1');
      return plain === code ? null : { code: plain, map: null };
    },
  };
}
