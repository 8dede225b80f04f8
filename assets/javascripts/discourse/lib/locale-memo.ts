import { currentLocale } from "../helpers/job-board-locale.ts";

/**
 * A cache for the texts a board repeats on many rows (a badge's words, a
 * closing date): `memo(key, compute)` computes once per interface locale
 * and key, instead of once per row. Translations do not change while a
 * page is open; the locale can, in tests, so it is part of the key.
 */
export function localeMemo<T>(): (key: string, compute: () => T) => T {
  const cache = new Map<string, T>();
  return (key, compute) => {
    const fullKey = `${currentLocale()}|${key}`;
    let value = cache.get(fullKey);
    if (value === undefined) {
      value = compute();
      cache.set(fullKey, value);
    }
    return value;
  };
}
