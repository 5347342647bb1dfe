/**
 * The player's own words. Course text comes from the course file; the dictionary of the course's
 * language comes with it in the course module (see messages/), so only that language ships.
 */
import type { MessageKey, Messages } from './messages/zh-CN.ts';

export type { MessageKey, Messages };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(messages: Messages): Translate {
  return (key, params = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}
