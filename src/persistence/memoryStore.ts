import type { KeyValueStore } from './storage';

/** An in-memory Web Storage stand-in; `quota` makes writes beyond a size fail like a full browser. */
export function memoryStore(quota = Infinity): KeyValueStore & { dump(): Record<string, string> } {
  const data = new Map<string, string>();
  const size = () => [...data.values()].reduce((n, v) => n + v.length, 0);
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      if (size() - (data.get(k)?.length ?? 0) + v.length > quota) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    dump: () => Object.fromEntries(data),
  };
}
