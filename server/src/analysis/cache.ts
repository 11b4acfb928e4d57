/**
 * Bounded caches that let an analysis after a keystroke reuse what did not
 * change: Markdown chunks, sentences, time expressions. Each is keyed by the
 * text it was computed from, so a hit can never be stale; a bound keeps the
 * server's memory flat however long the editing session.
 */
export class LruCache<V> {
  private readonly entries = new Map<string, { value: V; weight: number }>();
  private totalWeight = 0;

  /** `maxWeight` bounds the sum of the entries' weights (by default each weighs 1). */
  constructor(private readonly maxWeight: number) {
    caches.add(this);
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Most recently used last: Map keeps insertion order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V, weight = 1): void {
    const previous = this.entries.get(key);
    if (previous) {
      this.totalWeight -= previous.weight;
      this.entries.delete(key);
    }
    this.entries.set(detach(key), { value, weight });
    this.totalWeight += weight;
    for (const [oldest, entry] of this.entries) {
      if (this.totalWeight <= this.maxWeight || this.entries.size === 1) break;
      this.entries.delete(oldest);
      this.totalWeight -= entry.weight;
    }
  }

  clear(): void {
    this.entries.clear();
    this.totalWeight = 0;
  }

  get size(): number {
    return this.entries.size;
  }
}

const caches = new Set<LruCache<unknown>>();

/** Empties every analysis cache: the next analysis runs cold (benchmarks, tests). */
export function clearAnalysisCaches(): void {
  for (const cache of caches) cache.clear();
}

/**
 * A copy of a string that does not point into a larger one. A slice of a
 * document kept as a cache key would otherwise keep that whole version of
 * the document alive.
 */
export function detach(text: string): string {
  return text.length < 16 ? text : (` ${text}`).slice(1);
}
