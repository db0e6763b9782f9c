/**
 * Memoization in a Map that is emptied when it reaches `limit` entries: the caches here are keyed by
 * day, and a long-lived process (a warm Lambda) asking about ever new dates must not grow without bound.
 */
export function cached<K, V>(cache: Map<K, V>, key: K, limit: number, compute: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= limit) cache.clear();
    value = compute();
    cache.set(key, value);
  }
  return value;
}
