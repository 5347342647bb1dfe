/**
 * The page `npm start` opens: every course with its code, title, pages and estimated minutes,
 * each opening in the local LMS with either SCORM version. Plain server-made HTML: it is a
 * trainer's tool and never part of a package.
 */
import type { CatalogueEntry } from './catalogue.ts';
import { escapeHtml as escape } from './html.ts';
import { PREVIEW_PAGE } from './preview-page.ts';

function openLinks(folder: string, label: string): string {
  return (['2004', '1.2'] as const)
    .map((version) => {
      const href = `${PREVIEW_PAGE}?course=${encodeURIComponent(folder)}&scorm=${version}`;
      return `<a href="${escape(href)}" aria-label="${escape(`${label}：SCORM ${version}`)}">SCORM ${version}</a>`;
    })
    .concat(`<a href="${escape(`./?view=storyboard&course=${encodeURIComponent(folder)}`)}" aria-label="${escape(`${label}：故事板`)}">故事板</a>`)
    .join(' ');
}

function row(entry: CatalogueEntry, isDefault: boolean): string {
  if (!entry.ok) {
    const problems = entry.problems.map((p) => `<li>${escape(p)}</li>`).join('');
    return `<tr class="broken"><td>—</td><th scope="row">${escape(entry.folder)}</th><td colspan="3">课程文件有 ${entry.problems.length} 个问题，修正后刷新本页：<ul>${problems}</ul></td></tr>`;
  }
  const label = `${entry.code} ${entry.title}`;
  const mark = isDefault ? ' <span class="default">默认</span>' : '';
  return `<tr><td>${escape(entry.code)}</td><th scope="row">${escape(entry.title)}${mark}</th><td>${entry.pages}</td><td>约 ${entry.minutes} 分钟</td><td>${openLinks(entry.folder, label)}</td></tr>`;
}

export function cataloguePage(entries: readonly CatalogueEntry[], defaultFolder: string): string {
  const rows = entries.map((entry) => row(entry, entry.folder === defaultFolder)).join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Courseloom 课程目录</title>
<link rel="icon" href="./favicon.svg">
<style>
  body { margin: 0; font-family: system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif; color: #1d232b; background: #f2f4f6; line-height: 1.6; }
  main { max-width: 1040px; margin: 0 auto; padding: 24px 16px; }
  h1 { font-size: 1.5rem; margin: 0 0 8px; }
  .table-wrap { overflow-x: auto; }
  table { width: 100%; border-collapse: collapse; background: #fff; border-radius: 10px; }
  caption { text-align: left; font-weight: 700; padding: 8px 0; }
  th, td { text-align: left; padding: 10px 12px; border-bottom: 1px solid #d4d9de; vertical-align: top; }
  thead th { background: #e8ecf0; }
  tbody th { font-weight: 600; }
  a { color: #0b5cad; margin-right: 12px; white-space: nowrap; }
  a:focus-visible { outline: 3px solid #0b5cad; outline-offset: 2px; }
  .default { font-size: 0.8rem; font-weight: 400; color: #56606b; border: 1px solid #d4d9de; border-radius: 999px; padding: 0 8px; }
  .broken td { color: #8a1016; }
</style>
</head>
<body>
<main>
<h1>Courseloom 课程目录</h1>
<p>选择一门课程，在本地 LMS 中打开预览：右侧会显示 LMS 记录的每一项数据。修改并保存 <code>course.yaml</code>，打开的课程页面会就地更新；“故事板”把全部页面、互动和正确答案列在一页上，供审核签字。</p>
<div class="table-wrap">
<table>
<caption>全部课程（${entries.length} 门）</caption>
<thead><tr><th scope="col">代码</th><th scope="col">课程</th><th scope="col">页数</th><th scope="col">预计时长</th><th scope="col">在本地 LMS 中打开 · 故事板</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>
</main>
</body>
</html>
`;
}
