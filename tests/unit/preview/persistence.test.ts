import { describe, expect, it } from 'vitest';
import { flattenCmi } from '../../../src/preview/cmi-json.ts';
import { cmiKey, parseMastery, prepareLaunch, PreviewStore } from '../../../src/preview/persistence.ts';
import { currentCmi, PreviewLms } from '../../../src/preview/preview-lms.ts';
import type { ScormVersion } from '../../../src/preview/scorm-version.ts';
import { scorm12Standard, scorm2004Standard } from '../../../src/preview/standard-api.ts';
import { memoryStore } from './memory-store.ts';

function lms(version: ScormVersion, storage = memoryStore()) {
  const store = new PreviewStore(storage, 'fm-1-b2', version);
  return { storage, store, lms: new PreviewLms(store) };
}

const value = (l: PreviewLms, element: string) => new Map(currentCmi(l.api.api)).get(element) ?? '';

describe('persistence across launches, SCORM 2004', () => {
  function firstSession(exit: string) {
    const setup = lms('2004');
    const api = scorm2004Standard(setup.lms.launch());
    expect(value(setup.lms, 'cmi.entry')).toBe('ab-initio');
    api.Initialize('');
    api.SetValue('cmi.location', 'customer-expectations');
    api.SetValue('cmi.suspend_data', '{"page":3}');
    api.SetValue('cmi.completion_status', 'incomplete');
    api.SetValue('cmi.interactions.0.id', 'q1');
    api.SetValue('cmi.interactions.0.type', 'choice');
    api.SetValue('cmi.interactions.0.learner_response', 'a');
    api.SetValue('cmi.session_time', 'PT2M');
    api.SetValue('cmi.exit', exit);
    expect(api.Terminate('')).toBe('true');
    return setup;
  }

  it('saves under courseloom-preview:<course>:<version> what renderCMIToJSONObject gives', () => {
    const { storage } = firstSession('suspend');
    const saved: unknown = JSON.parse(storage.data.get(cmiKey('fm-1-b2', '2004')) ?? 'null');
    expect(Object.fromEntries(flattenCmi(saved))).toMatchObject({
      'cmi.location': 'customer-expectations',
      'cmi.exit': 'suspend',
      'cmi.interactions.0.learner_response': 'a',
      'cmi.total_time': 'PT2M',
    });
  });

  it('resumes with everything kept after exit suspend; the new session starts clean', () => {
    const { lms: l } = firstSession('suspend');
    const api = scorm2004Standard(l.launch());
    expect(api.Initialize('')).toBe('true');
    expect(api.GetValue('cmi.entry')).toBe('resume');
    expect(api.GetValue('cmi.location')).toBe('customer-expectations');
    expect(api.GetValue('cmi.suspend_data')).toBe('{"page":3}');
    expect(api.GetValue('cmi.interactions.0.learner_response')).toBe('a');
    expect(api.GetValue('cmi.interactions._count')).toBe('1');
    expect(value(l, 'cmi.exit')).toBe('');
    expect(value(l, 'cmi.session_time')).toBe('PT0H0M0S');
    // The LMS added the finished session to total_time.
    expect(api.GetValue('cmi.total_time')).not.toBe('PT0S');
    expect(api.GetValue('cmi.learner_name')).toBe('预览学员');
  });

  it('starts a new attempt (fresh data, ab-initio) after any other exit', () => {
    const { lms: l } = firstSession('normal');
    const api = scorm2004Standard(l.launch());
    api.Initialize('');
    expect(api.GetValue('cmi.entry')).toBe('ab-initio');
    expect(api.GetValue('cmi.location')).toBe('');
    expect(api.GetValue('cmi.completion_status')).toBe('unknown');
  });

  it('counts sessions and forgets everything on clear', () => {
    const { lms: l, store } = firstSession('suspend');
    scorm2004Standard(l.launch()).Initialize('');
    expect(store.sessions()).toBe(2);
    store.clear();
    expect(store.sessions()).toBe(0);
    expect(store.savedCmi()).toBeNull();
    l.launch();
    expect(value(l, 'cmi.entry')).toBe('ab-initio');
  });

  it('saves on every successful Commit, not on a refused one', () => {
    const { lms: l, store } = lms('2004');
    const api = scorm2004Standard(l.launch());
    api.Initialize('');
    api.SetValue('cmi.location', 'one');
    api.Commit('');
    l.failCommits = true;
    api.SetValue('cmi.location', 'two');
    expect(api.Commit('')).toBe('false');
    expect(store.savedCmi()?.location).toBe('one');
    l.failCommits = false;
    api.Commit('');
    expect(store.savedCmi()?.location).toBe('two');
  });

  it('an API that was replaced by a new launch stores nothing more', () => {
    const { lms: l, store } = lms('2004');
    const old = scorm2004Standard(l.launch());
    old.Initialize('');
    old.SetValue('cmi.location', 'old');
    l.launch();
    old.Commit('');
    expect(store.savedCmi()).toBeNull();
  });
});

describe('persistence across launches, SCORM 1.2', () => {
  function firstSession(exit: string) {
    const setup = lms('1.2');
    const api = scorm12Standard(setup.lms.launch());
    api.LMSInitialize('');
    api.LMSSetValue('cmi.core.lesson_location', 'p2');
    api.LMSSetValue('cmi.core.lesson_status', 'completed');
    api.LMSSetValue('cmi.core.session_time', '00:02:00');
    api.LMSSetValue('cmi.core.exit', exit);
    expect(api.LMSFinish('')).toBe('true');
    return setup;
  }

  it('launches the first time ab-initio, for credit, with the preview learner', () => {
    const api = scorm12Standard(lms('1.2').lms.launch());
    api.LMSInitialize('');
    expect(api.LMSGetValue('cmi.core.entry')).toBe('ab-initio');
    expect(api.LMSGetValue('cmi.core.credit')).toBe('credit');
    expect(api.LMSGetValue('cmi.core.student_id')).toBe('preview-learner');
  });

  it('resumes after exit suspend', () => {
    const api = scorm12Standard(firstSession('suspend').lms.launch());
    api.LMSInitialize('');
    expect(api.LMSGetValue('cmi.core.entry')).toBe('resume');
    expect(api.LMSGetValue('cmi.core.lesson_location')).toBe('p2');
    expect(api.LMSGetValue('cmi.core.total_time')).toBe('00:02:00');
  });

  it('keeps the data with an empty entry after any other exit', () => {
    const { lms: l } = firstSession('');
    const api = scorm12Standard(l.launch());
    api.LMSInitialize('');
    expect(api.LMSGetValue('cmi.core.entry')).toBe('');
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('completed');
    expect(api.LMSGetValue('cmi.core.lesson_location')).toBe('p2');
    expect(value(l, 'cmi.core.exit')).toBe('');
  });
});

describe('mastery score', () => {
  it('reads what the trainer typed: empty is none, outside 0–100 is refused', () => {
    expect(parseMastery('')).toBeNull();
    expect(parseMastery(' 80 ')).toBe(80);
    expect(parseMastery('72.5')).toBe(72.5);
    expect(parseMastery('101')).toBeUndefined();
    expect(parseMastery('-1')).toBeUndefined();
    expect(parseMastery('abc')).toBeUndefined();
  });

  it('reaches the next launch as 1.2 mastery_score (0–100) and 2004 scaled_passing_score (0–1)', () => {
    const storage = memoryStore();
    const v12 = lms('1.2', storage);
    v12.store.setMasteryScore(80);
    const a12 = scorm12Standard(v12.lms.launch());
    a12.LMSInitialize('');
    expect(a12.LMSGetValue('cmi.student_data.mastery_score')).toBe('80');
    const v2004 = lms('2004', storage);
    const a2004 = scorm2004Standard(v2004.lms.launch());
    a2004.Initialize('');
    expect(a2004.GetValue('cmi.scaled_passing_score')).toBe('0.8');
  });

  it('replaces a saved mastery score, and none removes it', () => {
    const saved = { core: { exit: 'suspend', lesson_location: 'p1' }, student_data: { mastery_score: '50' } };
    expect(prepareLaunch('1.2', saved, null).cmi).toMatchObject({ student_data: { mastery_score: '' } });
    expect(prepareLaunch('1.2', saved, 90).cmi).toMatchObject({ student_data: { mastery_score: '90' }, core: { entry: 'resume' } });
  });
});
