/**
 * Every language's dictionary. Only the build (and tests) import this: a course module carries
 * just its own language's words, so the player never downloads the others.
 */
import type { Language } from '../../model/schema.ts';
import { en } from './en.ts';
import { zhCN, type Messages } from './zh-CN.ts';

const MESSAGES: Record<Language, Messages> = { 'zh-CN': zhCN, en };

export function messagesFor(language: Language): Messages {
  return MESSAGES[language];
}
