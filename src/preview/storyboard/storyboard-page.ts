/**
 * The storyboard: the whole course on one printable page, in order, as training teams review and
 * sign off a module: each page with its number and text, every interaction with its right answer,
 * and the figures the LMS and the download depend on. Self-contained (images inlined).
 */
import type { Course } from '../../model/schema.ts';
import { escapeHtml as esc } from '../html.ts';
import type { StoryboardFigures } from './figures.ts';
import { storyboardLabels, type StoryboardLabels } from './labels.ts';
import { renderBlock } from './render-blocks.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function figuresTable(course: Course, f: StoryboardFigures, labels: StoryboardLabels): string {
  const rows = labels.figureRows;
  const assetBytes = f.assets.reduce((sum, a) => sum + a.bytes, 0);
  const limits = labels.limits(f.suspendLimits.scorm12, f.suspendLimits.scorm2004);
  const lines: [string, string][] = [
    [rows.pages, String(f.pages)],
    [rows.questions, labels.questionsLine(f.questions, f.scored, f.totalWeight)],
    [rows.passing, course.passingScore === undefined ? labels.noPassing : `${course.passingScore}%`],
    [rows.minutes, labels.about(f.minutes)],
    [rows.suspendFull, `${labels.characters(f.suspend.full)} · ${limits}`],
    [rows.suspendWorst, labels.characters(f.suspend.worstCase)],
    [rows.courseData, kb(f.courseDataGzip)],
    [rows.assets, `${f.assets.length} · ${kb(assetBytes)}${f.assets.length > 0 ? `: ${f.assets.map((a) => `${esc(a.path)} ${kb(a.bytes)}`).join(', ')}` : ''}`],
  ];
  return `<table class="figures"><caption>${labels.figures}</caption><tbody>${lines.map(([k, v]) => `<tr><th scope="row">${k}</th><td>${v}</td></tr>`).join('')}</tbody></table>`;
}

const STYLE = `
body{margin:0;font:15px/1.6 system-ui,'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;color:#1d232b;background:#fff}
main{max-width:960px;margin:0 auto;padding:24px 20px}
h1{font-size:1.6rem;margin:0}
.subtitle{color:#56606b;margin:4px 0 16px}
table{border-collapse:collapse;width:100%;margin:8px 0}
th,td{border:1px solid #d4d9de;padding:6px 8px;text-align:left;vertical-align:top}
thead th,.figures th{background:#f0f3f6;width:auto}
.figures th{width:14em}
caption{text-align:left;font-weight:700;padding:4px 0}
nav ol{columns:2;padding-left:1.6em}
article.page{border-top:3px solid #05141f;margin:28px 0 0;padding-top:8px;break-inside:auto}
article.page>header{display:flex;gap:12px;align-items:baseline;flex-wrap:wrap}
article.page h2{margin:0;font-size:1.25rem}
.number{font-weight:700;color:#0b5cad}
td code{white-space:nowrap}
.meta{color:#56606b;font-size:.85em;font-weight:400}
.block{border-left:3px solid #d4d9de;margin:12px 0;padding:2px 0 2px 12px;break-inside:avoid}
.block h4{margin:0 0 4px;font-size:.95rem;color:#3d4650}
.label{font-weight:600;margin:8px 0 2px}
.options{list-style:none;padding-left:0}
.options .right{font-weight:600;color:#1b5e20}
.node{border:1px solid #e3e7eb;border-radius:6px;padding:4px 10px;margin:6px 0;break-inside:avoid}
.ending{font-weight:600}
figure{margin:0}
figure img{max-width:320px;max-height:220px}
blockquote{margin:4px 0;padding:2px 10px;border-left:3px solid #b8cadb;color:#3d4650}
.sign td{height:2.6em}
@media print{main{max-width:none;padding:0}nav{display:none}article.page{break-before:auto}a{color:inherit;text-decoration:none}}`;

export function storyboardPage(course: Course, figures: StoryboardFigures, generatedAt: Date): string {
  const labels = storyboardLabels(course.language);
  const context = { course, labels, assets: figures.assets };
  const pages = course.pages.map((page, i) => {
    const section = page.section === undefined ? '' : `<span class="meta">${esc(page.section)}</span>`;
    const optional = page.optional ? ` <span class="meta">${labels.optionalPage}</span>` : '';
    return `<article class="page" id="page-${esc(page.id)}" aria-labelledby="title-${esc(page.id)}">
<header><span class="number">${labels.page(i + 1)}</span>${section}<h2 id="title-${esc(page.id)}">${esc(page.title)}</h2><code class="meta">${esc(page.id)}</code>${optional}</header>
${page.blocks.map((block) => renderBlock(block, context)).join('\n')}
</article>`;
  });
  const contents = course.pages.map((page) => `<li><a href="#page-${esc(page.id)}">${esc(page.title)}</a></li>`).join('');
  const sign = labels.signFields.map((field) => `<tr><th scope="row">${field}</th><td></td></tr>`).join('');
  return `<!doctype html>
<html lang="${course.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${labels.storyboard}：${course.code} ${course.title}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${labels.storyboard}：${esc(course.code)} ${esc(course.title)}</h1>
<p class="subtitle">${labels.version} ${esc(course.version)} · ${esc(course.language)} · ${labels.generated} ${generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC</p>
${figuresTable(course, figures, labels)}
<nav aria-label="${labels.contents}"><ol>${contents}</ol></nav>
${pages.join('\n')}
<table class="sign"><caption>${labels.signOff}</caption><tbody>${sign}</tbody></table>
</main>
</body>
</html>
`;
}
