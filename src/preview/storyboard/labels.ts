/** The storyboard's own words, in the course's language (the reviewers read that language). */
import type { BlockType, Language } from '../../model/schema.ts';

export interface StoryboardLabels {
  readonly storyboard: string;
  readonly blockNames: Readonly<Record<BlockType, string>>;
  readonly page: (n: number) => string;
  readonly optionalPage: string;
  readonly required: string;
  readonly weight: (w: number) => string;
  readonly practice: string;
  readonly attempts: (n: number) => string;
  readonly answer: string;
  readonly multiple: string;
  readonly pairHead: readonly [string, string];
  readonly chartHead: readonly [string, string, string];
  readonly right: string;
  readonly wrong: string;
  readonly feedbackRight: string;
  readonly feedbackWrong: string;
  readonly goesTo: (n: number, title: string) => string;
  readonly figures: string;
  readonly figureRows: {
    readonly pages: string;
    readonly questions: string;
    readonly passing: string;
    readonly minutes: string;
    readonly suspendFull: string;
    readonly suspendWorst: string;
    readonly courseData: string;
    readonly assets: string;
  };
  readonly noPassing: string;
  readonly about: (n: number) => string;
  readonly characters: (n: number) => string;
  readonly limits: (l12: number, l2004: number) => string;
  readonly questionsLine: (all: number, scored: number, weight: number) => string;
  readonly signOff: string;
  readonly signFields: readonly string[];
  readonly contents: string;
  readonly mood: string;
  readonly points: string;
  readonly best: string;
  readonly why: string;
  readonly ending: Readonly<Record<string, string>>;
  readonly start: string;
  readonly paths: (paths: number, span: string, best: number) => string;
  readonly strategy: string;
  readonly generated: string;
  readonly version: string;
}

const zhCN: StoryboardLabels = {
  storyboard: '故事板',
  blockNames: {
    text: '正文', image: '图片', reveal: '点击查看', popup: '弹窗', steps: '分步', hint: '提示', jump: '跳转',
    match: '连线题', sort: '分类题', order: '排序题', choice: '选择题', 'true-false': '判断题', chart: '图表',
    roleplay: '情景模拟', results: '学习结果',
  },
  page: (n) => `第 ${n} 页`,
  optionalPage: '选学页（不计入完成）',
  required: '必须完成后才能翻页',
  weight: (w) => `权重 ${w}`,
  practice: '练习（不计分）',
  attempts: (n) => `可作答 ${n} 次`,
  answer: '正确答案',
  multiple: '（多选）',
  pairHead: ['内容', '正确归属'],
  chartHead: ['项目', '数值', '说明'],
  right: '对',
  wrong: '错',
  feedbackRight: '答对时的反馈',
  feedbackWrong: '答错时的反馈',
  goesTo: (n, title) => `→ 第 ${n} 页「${title}」（该页的“返回”回到这里）`,
  figures: '数据与大小',
  figureRows: {
    pages: '页数', questions: '题目', passing: '及格分', minutes: '预计学习时长',
    suspendFull: '暂存数据：全部作答后', suspendWorst: '暂存数据：最多', courseData: '课程数据（gzip 压缩后）', assets: '图片文件',
  },
  noPassing: '无（只记录完成情况）',
  about: (n) => `约 ${n} 分钟`,
  characters: (n) => `${n} 个字符`,
  limits: (l12, l2004) => `SCORM 1.2 上限 ${l12}，SCORM 2004 上限 ${l2004}`,
  questionsLine: (all, scored, weight) => `${all} 道，其中 ${scored} 道计分（权重合计 ${weight}）`,
  signOff: '审核与签字',
  signFields: ['内容审核人', '培训负责人', '日期', '意见'],
  contents: '页面',
  mood: '情绪',
  points: '分',
  best: '最佳',
  why: '点评',
  ending: { good: '结局：圆满', fair: '结局：一般', poor: '结局：不佳' },
  start: '开始',
  paths: (paths, span, best) => `共 ${paths} 条路径，每条 ${span} 次选择，最高 ${best} 分`,
  strategy: '应对策略',
  generated: '生成时间',
  version: '版本',
};

const en: StoryboardLabels = {
  storyboard: 'Storyboard',
  blockNames: {
    text: 'Text', image: 'Image', reveal: 'Click to reveal', popup: 'Popup', steps: 'Steps', hint: 'Hint', jump: 'Jump',
    match: 'Matching (drag to match)', sort: 'Sorting', order: 'Ordering', choice: 'Choice', 'true-false': 'True or false',
    chart: 'Chart', roleplay: 'Role-play', results: 'Results',
  },
  page: (n) => `Page ${n}`,
  optionalPage: 'optional (not needed for completion)',
  required: 'must be finished before Next',
  weight: (w) => `weight ${w}`,
  practice: 'practice (not scored)',
  attempts: (n) => `${n} attempt${n === 1 ? '' : 's'}`,
  answer: 'Right answer',
  multiple: ' (more than one)',
  pairHead: ['Item', 'Belongs to'],
  chartHead: ['Label', 'Value', 'Note'],
  right: 'true',
  wrong: 'false',
  feedbackRight: 'Feedback when right',
  feedbackWrong: 'Feedback when wrong',
  goesTo: (n, title) => `→ page ${n} "${title}" (Back there returns here)`,
  figures: 'Figures',
  figureRows: {
    pages: 'Pages', questions: 'Questions', passing: 'Pass mark', minutes: 'Estimated time',
    suspendFull: 'Suspend data, fully answered', suspendWorst: 'Suspend data, at most', courseData: 'Course data (gzipped)', assets: 'Image files',
  },
  noPassing: 'none (completion only)',
  about: (n) => `about ${n} min`,
  characters: (n) => `${n} characters`,
  limits: (l12, l2004) => `SCORM 1.2 limit ${l12}, SCORM 2004 limit ${l2004}`,
  questionsLine: (all, scored, weight) => `${all}, of which ${scored} scored (weights add up to ${weight})`,
  signOff: 'Review and sign-off',
  signFields: ['Content reviewer', 'Training lead', 'Date', 'Comments'],
  contents: 'Pages',
  mood: 'mood',
  points: 'points',
  best: 'best',
  why: 'Why',
  ending: { good: 'Ending: good', fair: 'Ending: fair', poor: 'Ending: poor' },
  start: 'start',
  paths: (paths, span, best) => `${paths} path${paths === 1 ? '' : 's'}, ${span} decisions each, best score ${best} points`,
  strategy: 'Strategy',
  generated: 'Generated',
  version: 'Version',
};

export function storyboardLabels(language: Language): StoryboardLabels {
  return language === 'en' ? en : zhCN;
}
