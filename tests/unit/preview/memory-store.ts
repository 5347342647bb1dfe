import type { KeyValueStore } from '../../../src/preview/persistence.ts';

/** localStorage's behaviour for the calls the harness makes, in memory. */
export function memoryStore(): KeyValueStore & { readonly data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}
