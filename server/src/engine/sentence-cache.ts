import { detach, LruCache } from './cache';
import type { Sentence } from './model';
import type { Fix, RuleFinding } from './rule';

/** Most sentences have no finding: they all share this one result. */
const none: readonly RuleFinding[] = Object.freeze([]);

/**
 * Findings of rules that judge each sentence on its own (blame, vague,
 * hedging, tone), kept from one keystroke to the next: a sentence the seller
 * did not touch is not read again, even if it moved. One cache per rule and
 * scope (what else the findings depend on, as the rule declares it), keyed
 * by the sentence's text alone, so that the rules share the hash V8 keeps on
 * each sentence string. A linter owns one of these; nothing is shared
 * between linters.
 */
export class SentenceCache {
  private readonly caches = new Map<string, LruCache<readonly RuleFinding[]>>();
  /** One copy of each sentence's text for all the rules' caches, that keeps no version of the document alive. */
  private readonly ownText = new WeakMap<Sentence, string>();

  /**
   * The findings of `check` on a sentence's text alone, at offset 0, unless
   * that text was checked before in the same scope; the offsets, those of
   * fixes included, are moved to where the sentence is now.
   */
  findings(scope: string, sentence: Sentence, check: (text: string) => RuleFinding[]): RuleFinding[] {
    const cache = this.cacheFor(scope);
    let found = cache.get(sentence.text);
    if (!found) {
      let key = this.ownText.get(sentence);
      if (key === undefined) this.ownText.set(sentence, (key = detach(sentence.text)));
      found = check(sentence.text);
      found = found.length === 0 ? none : found.map(kept);
      cache.setOwnKey(key, found);
    }
    if (found.length === 0) return none as RuleFinding[];
    const offset = sentence.span.start;
    return found.map((finding) => moved(finding, offset));
  }

  clear(): void {
    for (const cache of this.caches.values()) cache.clear();
    this.caches.clear();
  }

  private cacheFor(scope: string): LruCache<readonly RuleFinding[]> {
    let cache = this.caches.get(scope);
    if (!cache) {
      // A new vocabulary or section kind: drop all caches once there are many, rather than track which are still in use.
      if (this.caches.size >= 64) this.clear();
      cache = new LruCache<readonly RuleFinding[]>(1_000_000, (key) => key.length);
      this.caches.set(scope, cache);
    }
    return cache;
  }
}

/** A finding as cached: its strings copied, as a message may quote a slice of the document. */
function kept(finding: RuleFinding): RuleFinding {
  const copy: RuleFinding = { ...finding, message: detach(finding.message) };
  if (finding.fixes) {
    copy.fixes = finding.fixes.map((fix) => ({
      ...fix,
      title: detach(fix.title),
      edits: fix.edits.map((edit) => ({ ...edit, newText: detach(edit.newText) })),
    }));
  }
  return copy;
}

function moved(finding: RuleFinding, offset: number): RuleFinding {
  const copy: RuleFinding = { ...finding, start: finding.start + offset, end: finding.end + offset };
  if (finding.fixes) copy.fixes = finding.fixes.map((fix) => movedFix(fix, offset));
  return copy;
}

function movedFix(fix: Fix, offset: number): Fix {
  const copy: Fix = { ...fix, edits: fix.edits.map((edit) => ({ ...edit, start: edit.start + offset, end: edit.end + offset })) };
  if (fix.select) copy.select = { start: fix.select.start + offset, end: fix.select.end + offset };
  return copy;
}
