/** The few values a trainer checks first, picked out of the flattened CMI data. */
import { SUSPEND_DATA_LIMIT, type ScormVersion } from './scorm-version.ts';

export interface SummaryItem {
  readonly label: string;
  /** The CMI element(s) the value comes from, shown as they are named. */
  readonly source: string;
  readonly value: string;
  /** Something a real LMS would refuse or truncate. */
  readonly warning?: string;
}

const NONE = '—';

function score(raw: string, max: string, scaled?: string): string {
  if (raw === '' && !scaled) return NONE;
  const base = raw === '' ? NONE : max === '' ? raw : `${raw} / ${max}`;
  return scaled ? `${base} · scaled ${scaled}` : base;
}

export function summarize(version: ScormVersion, cmi: ReadonlyMap<string, string>, sessions: number): SummaryItem[] {
  const get = (name: string) => cmi.get(name) ?? '';
  const or = (value: string) => (value === '' ? NONE : value);
  const p = version === '1.2' ? 'cmi.core.' : 'cmi.';
  const suspendLength = get('cmi.suspend_data').length;
  const limit = SUSPEND_DATA_LIMIT[version];
  const status: SummaryItem[] =
    version === '1.2'
      ? [{ label: '状态', source: 'cmi.core.lesson_status', value: or(get('cmi.core.lesson_status')) }]
      : [
          { label: '完成状态', source: 'cmi.completion_status', value: or(get('cmi.completion_status')) },
          { label: '成绩状态', source: 'cmi.success_status', value: or(get('cmi.success_status')) },
        ];
  return [
    ...status,
    {
      label: '分数',
      source: version === '1.2' ? 'cmi.core.score.raw / max' : 'cmi.score.raw / max / scaled',
      value: score(get(`${p}score.raw`), get(`${p}score.max`), version === '2004' ? get('cmi.score.scaled') : undefined),
    },
    {
      label: '位置',
      source: version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location',
      value: or(get(version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location')),
    },
    { label: '进入方式', source: `${p}entry`, value: or(get(`${p}entry`)) },
    { label: '退出方式', source: `${p}exit`, value: or(get(`${p}exit`)) },
    {
      label: '挂起数据',
      source: 'cmi.suspend_data',
      value: `${suspendLength} / ${limit}`,
      ...(suspendLength > limit ? { warning: `超出 ${limit} 字符上限，真实 LMS 会截断或拒绝` } : {}),
    },
    { label: '会话次数', source: version === '1.2' ? 'LMSInitialize' : 'Initialize', value: String(sessions) },
  ];
}
