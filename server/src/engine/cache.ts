/**
 * Bounded caches that let an analysis after a keystroke reuse what did not
 * change: Markdown chunks, sentences, time expressions. Each is keyed by the
 * text it was computed from, so a hit can never be stale; a bound keeps the
 * server's memory flat however long the editing session. A linter owns its
 * caches: two linters never share a result.
 */
export class LruCache<V> {
  /*
   * Two generations instead of a strict order: a hit in the current one costs
   * one lookup, a hit in the previous one moves the entry up, and when the
   * current generation is full the previous one is dropped whole. What is
   * used at every keystroke therefore stays; what was not used for a whole
   * generation goes. Values are stored bare, with no wrapper per entry.
   */
  private current = new Map<string, V>();
  private previous = new Map<string, V>();
  private currentWeight = 0;

  /**
   * `maxWeight` bounds the sum of the entries' weights over both generations;
   * `weigh` gives an entry's weight (by default 1).
   */
  constructor(
    private readonly maxWeight: number,
    private readonly weigh: (key: string, value: V) => number = () => 1,
  ) {}

  get(key: string): V | undefined {
    const value = this.current.get(key);
    if (value !== undefined) return value;
    const old = this.previous.get(key);
    if (old === undefined) return undefined;
    this.previous.delete(key);
    this.add(key, old);
    return old;
  }

  /** Stores a value under a copy of `key` that keeps no larger string alive. */
  set(key: string, value: V): void {
    this.setOwnKey(detach(key), value);
  }

  /** Stores a value under `key` itself: the caller knows it is not a slice of a document. */
  setOwnKey(key: string, value: V): void {
    this.previous.delete(key);
    this.add(key, value);
  }

  private add(key: string, value: V): void {
    const weight = this.weigh(key, value);
    if (this.currentWeight + weight > this.maxWeight / 2 && this.current.size > 0) {
      this.previous = this.current;
      this.current = new Map();
      this.currentWeight = 0;
    }
    this.current.set(key, value);
    this.currentWeight += weight;
  }

  clear(): void {
    this.current.clear();
    this.previous.clear();
    this.currentWeight = 0;
  }

  get size(): number {
    return this.current.size + this.previous.size;
  }
}

/**
 * A copy of a string that does not point into a larger one. A slice of a
 * document kept as a cache key would otherwise keep that whole version of
 * the document alive.
 */
export function detach(text: string): string {
  return text.length < 16 ? text : ` ${text}`.slice(1);
}
