/**
 * The SCORM version a package was made for, written into its index.html. An LMS may offer both
 * APIs to a SCO; the course must talk the version its manifest declares.
 */
import type { ScormVersion } from './find-api.ts';

export const SCORM_VERSION_META = 'courseloom-scorm';

/** The version named in the page, or 2004 (the preview and the bare player try 2004 first). */
export function packagedVersion(doc: Pick<Document, 'querySelector'>): ScormVersion {
  const content = doc.querySelector(`meta[name="${SCORM_VERSION_META}"]`)?.getAttribute('content');
  return content === '1.2' ? '1.2' : '2004';
}

/** index.html with the version's meta element added to its head. */
export function withPackagedVersion(html: string, version: ScormVersion): string {
  return html.replace(/<\/head>/i, `<meta name="${SCORM_VERSION_META}" content="${version}">\n</head>`);
}
