/**
 * Matching of users' literal phrases. Phrases are word sequences looked up
 * from a map keyed by their first word, so the cost stays linear in the text
 * whatever the phrases contain: no user text ever becomes a regular expression.
 */
export interface PhraseMatch {
  start: number;
  end: number;
  phrase: string;
}

interface Token {
  word: string;
  start: number;
  end: number;
}

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(wordPattern)) {
    tokens.push({ word: match[0].toLowerCase().replace(/’/g, "'"), start: match.index + offset, end: match.index + match[0].length + offset });
  }
  return tokens;
}

export class PhraseMatcher {
  private readonly byFirstWord = new Map<string, { words: string[]; phrase: string }[]>();

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      const words = tokenize(phrase).map((t) => t.word);
      if (words.length === 0) continue;
      const list = this.byFirstWord.get(words[0]) ?? [];
      list.push({ words, phrase });
      this.byFirstWord.set(words[0], list);
    }
  }

  get isEmpty(): boolean {
    return this.byFirstWord.size === 0;
  }

  /** Longest phrase at each word, left to right, not overlapping. */
  *matches(text: string, offset = 0): Generator<PhraseMatch> {
    if (this.isEmpty) return;
    const tokens = tokenize(text, offset);
    for (let i = 0; i < tokens.length; i++) {
      const candidates = this.byFirstWord.get(tokens[i].word);
      if (!candidates) continue;
      let best: { words: string[]; phrase: string } | undefined;
      for (const candidate of candidates) {
        if (best && candidate.words.length <= best.words.length) continue;
        if (i + candidate.words.length > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < candidate.words.length; k++) {
          if (tokens[i + k].word !== candidate.words[k]) {
            ok = false;
            break;
          }
        }
        if (ok) best = candidate;
      }
      if (best) {
        const last = tokens[i + best.words.length - 1];
        yield { start: tokens[i].start, end: last.end, phrase: best.phrase };
        i += best.words.length - 1;
      }
    }
  }
}

/** A matcher per list of phrases, kept while the same list is in force. */
const matcherCache = new WeakMap<readonly string[], PhraseMatcher>();
export function phraseMatcher(phrases: readonly string[]): PhraseMatcher {
  let matcher = matcherCache.get(phrases);
  if (!matcher) {
    matcher = new PhraseMatcher(phrases);
    matcherCache.set(phrases, matcher);
  }
  return matcher;
}
