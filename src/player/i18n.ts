/** The player's own words, in each course language. Course text comes from the course file. */
import type { Language } from '../model/schema.ts';

const zhCN = {
  back: '返回',
  next: '下一页',
  menu: '目录',
  menuTitle: '课程目录',
  progress: '学习进度',
  progressText: '已完成 {percent}%',
  pageOf: '第 {n} 页,共 {total} 页',
  pageVisited: '已学习',
  pageCurrent: '当前页',
  pageLocked: '未学习,请按顺序学习',
  nextLocked: '完成本页的互动后即可继续。',
  lastPage: '这是最后一页。',
  complete: '您已完成本课程。',
  close: '关闭',
  previousStep: '上一步',
  nextStep: '下一步',
  stepOf: '第 {n} 步,共 {total} 步',
  shortcuts: '快捷键:Alt+→ 下一页,Alt+← 返回,Alt+M 目录。',
  jumpBack: '在目标页面按“返回”可回到这里',
  resumeTitle: '欢迎回来',
  resumeText: '上次学到第 {n} 页:{title}。已完成的内容都已保留。',
  resumeContinue: '继续',
  resumeRestart: '从头开始',
  untracked: '未连接学习平台:学习记录只保存在本浏览器中。',
  saveTrouble: '学习进度暂时未能保存到学习平台,系统正在自动重试,您的作答不会丢失。',
} as const;

export type MessageKey = keyof typeof zhCN;
type Messages = Record<MessageKey, string>;

const en: Messages = {
  back: 'Back',
  next: 'Next',
  menu: 'Contents',
  menuTitle: 'Course contents',
  progress: 'Progress',
  progressText: '{percent}% done',
  pageOf: 'Page {n} of {total}',
  pageVisited: 'visited',
  pageCurrent: 'current page',
  pageLocked: 'not visited yet; please go in order',
  nextLocked: 'Finish this page’s activity to go on.',
  lastPage: 'This is the last page.',
  complete: 'You have completed this course.',
  close: 'Close',
  previousStep: 'Previous step',
  nextStep: 'Next step',
  stepOf: 'Step {n} of {total}',
  shortcuts: 'Shortcuts: Alt+→ next, Alt+← back, Alt+M contents.',
  jumpBack: 'Back on that page returns here',
  resumeTitle: 'Welcome back',
  resumeText: 'You stopped at page {n}: {title}. Everything you finished is kept.',
  resumeContinue: 'Continue',
  resumeRestart: 'Start from the beginning',
  untracked: 'Not connected to a learning platform: progress is kept in this browser only.',
  saveTrouble: 'Progress could not be saved to the learning platform yet; retrying automatically. Your answers are kept.',
};

const MESSAGES: Record<Language, Messages> = { 'zh-CN': zhCN, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  const messages = MESSAGES[language];
  return (key, params = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}
