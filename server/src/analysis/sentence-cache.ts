import type { Fix, RuleFinding } from '../rules/types';
import { LruCache } from './cache';
import type { Sentence } from './model';

/**
 * Findings of rules that judge each sentence on its own (blame, vague,
 * hedging, tone), kept from one keystroke to the next: a sentence the seller
 * did not touch is not read again, even if it moved.
 */
const cache = new LruCache<RuleFinding[]>(4_000_000);

/**
 * The findings of rule `ruleId` for one sentence. `check` reads the sentence's
 * text alone, at offset 0; `context` names whatever else its findings depend
 * on (the section kind, a vocabulary from settings), and is part of the key.
 * Offsets, those of fixes included, are moved to where the sentence is now.
 */
export function sentenceFindings(ruleId: string, sentence: Sentence, context: string, check: (text: string) => RuleFinding[]): RuleFinding[] {
  const key = `${ruleId}\u0000${context}\u0000${sentence.text}`;
  let found = cache.get(key);
  if (!found) {
    found = check(sentence.text);
    cache.set(key, found, key.length);
  }
  const offset = sentence.span.start;
  return found.length === 0 ? found : found.map((finding) => moved(finding, offset));
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
