/**
 * The preview's overlay for a course file with problems: each `file:LINE:COL: message` with the
 * line it points at, over the page the trainer was looking at. Plain DOM on purpose: it must show
 * even when the course cannot be rendered. Development only.
 */
import type { ShownProblem } from '../../model/live-preview.ts';
import type { Language } from '../../model/schema.ts';

const WORDS = {
  'zh-CN': {
    title: (n: number) => `课程文件有 ${n} 个问题`,
    hint: '修正后保存文件，此提示会自动消失，页面停留在原处。',
    hide: '暂时隐藏',
  },
  en: {
    title: (n: number) => `The course file has ${n} problem${n === 1 ? '' : 's'}`,
    hint: 'Fix the file and save it: this notice goes away by itself and the page stays where it was.',
    hide: 'Hide for now',
  },
} as const;

const STYLE = `
.cl-problems{position:fixed;inset:0;z-index:2147483647;display:flex;align-items:flex-start;justify-content:center;padding:4vh 16px;background:rgb(5 20 31/.55);overflow:auto;font:15px/1.5 system-ui,sans-serif}
.cl-problems__box{max-width:min(960px,100%);width:100%;background:#fff;color:#1d1d1f;border-top:6px solid #c62828;border-radius:8px;padding:20px 24px;box-shadow:0 10px 40px rgb(0 0 0/.3)}
.cl-problems h2{margin:0 0 4px;font-size:20px;color:#b71c1c}
.cl-problems ol{margin:16px 0;padding-left:1.4em}
.cl-problems li{margin:0 0 14px}
.cl-problems code,.cl-problems pre{font:13px/1.5 ui-monospace,Menlo,Consolas,monospace}
.cl-problems pre{margin:6px 0 0;padding:8px 10px;background:#f5f5f7;border-radius:4px;overflow:auto;white-space:pre}
.cl-problems button{font:inherit;padding:6px 14px;border:1px solid #767676;border-radius:4px;background:#fff;cursor:pointer}
.cl-problems button:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}`;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className !== undefined) node.className = className;
  return node;
}

/** `  12 | the line` and a caret under the column. */
function excerptOf(problem: ShownProblem): string | undefined {
  if (problem.excerpt === undefined) return undefined;
  const number = String(problem.line);
  const gutter = ' '.repeat(number.length);
  const caret = `${' '.repeat(Math.max(problem.col - 1, 0))}^`;
  return `${number} | ${problem.excerpt}\n${gutter} | ${caret}`;
}

export class ProblemsOverlay {
  #root: HTMLElement | undefined;
  #returnFocus: Element | null = null;
  /** Hidden by the trainer until the file changes again. */
  #dismissed = false;

  show(problems: readonly ShownProblem[], language: Language): void {
    this.remove();
    if (problems.length === 0 || this.#dismissed) return;
    const words = WORDS[language];
    const root = element('div', undefined, 'cl-problems');
    const box = element('div', undefined, 'cl-problems__box');
    box.setAttribute('role', 'alertdialog');
    box.setAttribute('aria-labelledby', 'cl-problems-title');
    box.setAttribute('aria-describedby', 'cl-problems-hint');
    box.tabIndex = -1;
    const title = element('h2', words.title(problems.length));
    title.id = 'cl-problems-title';
    const hint = element('p', words.hint);
    hint.id = 'cl-problems-hint';
    const list = element('ol');
    for (const problem of problems) {
      const item = element('li');
      item.append(element('code', `${problem.file}:${problem.line}:${problem.col}`), ` ${problem.message}`);
      const excerpt = excerptOf(problem);
      if (excerpt !== undefined) item.append(element('pre', excerpt));
      list.append(item);
    }
    const hide = element('button', words.hide);
    hide.type = 'button';
    hide.addEventListener('click', () => {
      this.#dismissed = true;
      this.remove();
    });
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') hide.click();
    });
    box.append(title, hint, list, hide);
    root.append(element('style', STYLE), box);
    document.body.append(root);
    this.#root = root;
    this.#returnFocus ??= document.activeElement;
    box.focus();
  }

  /** A new save: a notice the trainer hid may show again. */
  fileChanged(): void {
    this.#dismissed = false;
  }

  remove(): void {
    if (!this.#root) return;
    this.#root.remove();
    this.#root = undefined;
    if (this.#returnFocus instanceof HTMLElement && this.#returnFocus.isConnected) this.#returnFocus.focus();
    this.#returnFocus = null;
  }
}
