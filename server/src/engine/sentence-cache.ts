import type { Fix, RuleFinding } from './rule';
import { detach, LruCache } from './cache';
import type { Sentence } from './model';

/**
 * Findings of rules that judge each sentence on its own (blame, vague,
 * hedging, tone), kept from one keystroke to the next: a sentence the seller
 * did not touch is not read again, even if it moved. One cache per rule and
 * context, keyed by the sentence's text alone, so that the rules share the
 * hash V8 keeps on each sentence string.
 */
const caches = new Map<string, LruCache<readonly RuleFinding[]>>();
/** Most sentences have no finding: they all share this one result. */
const none: readonly RuleFinding[] = Object.freeze([]);
/** One copy of each sentence's text for all the rules' caches, that keeps no version of the document alive. */
const ownText = new WeakMap<Sentence, string>();

/**
 * The findings of rule `ruleId`, sentence by sentence. `context` names
 * whatever else the findings depend on (the section kind, a vocabulary from
 * settings). The returned function runs `check` on a sentence's text alone,
 * at offset 0, unless that text was checked before in the same context; the
 * offsets, those of fixes included, are moved to where the sentence is now.
 */
export function sentenceFindings(ruleId: string, context: string): (sentence: Sentence, check: (text: string) => RuleFinding[]) => RuleFinding[] {
  const name = `${ruleId}\u0000${context}`;
  let cache = caches.get(name);
  if (!cache) {
    // A new vocabulary or section kind: drop all caches once there are many, rather than track which are still in use.
    if (caches.size >= 64) {
      for (const old of caches.values()) old.dispose();
      caches.clear();
    }
    cache = new LruCache<readonly RuleFinding[]>(1_000_000, (key) => key.length);
    caches.set(name, cache);
  }
  const findings = cache;
  return (sentence, check) => {
    let found = findings.get(sentence.text);
    if (!found) {
      let key = ownText.get(sentence);
      if (key === undefined) ownText.set(sentence, (key = detach(sentence.text)));
      found = check(sentence.text);
      found = found.length === 0 ? none : found.map(kept);
      findings.setOwnKey(key, found);
    }
    if (found.length === 0) return none as RuleFinding[];
    const offset = sentence.span.start;
    return found.map((finding) => moved(finding, offset));
  };
}

/** A finding as cached: its strings copied, as a message may quote a slice of the document. */
function kept(finding: RuleFinding): RuleFinding {
  const copy: RuleFinding = { ...finding, message: detach(finding.message) };
  if (finding.fixes) copy.fixes = finding.fixes.map((fix) => ({ ...fix, title: detach(fix.title), edits: fix.edits.map((edit) => ({ ...edit, newText: detach(edit.newText) })) }));
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

const vocabularyIds = new Map<string, number>();
let nextVocabularyId = 1;
/** A short name for a list of the user's phrases, to key cached findings with; a name is never reused for another list. */
export function vocabularyKey(phrases: readonly string[]): string {
  if (phrases.length === 0) return '';
  const joined = phrases.join('\u0001');
  let id = vocabularyIds.get(joined);
  if (id === undefined) {
    if (vocabularyIds.size > 100) vocabularyIds.clear();
    id = nextVocabularyId++;
    vocabularyIds.set(joined, id);
  }
  return `v${id}`;
}
