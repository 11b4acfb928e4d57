/**
 * Matching of users' literal phrases. Phrases are word sequences looked up
 * from a trie of words, so the cost stays linear in the text
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
    tokens.push({
      word: match[0].toLowerCase().replace(/’/g, "'"),
      start: match.index + offset,
      end: match.index + match[0].length + offset,
    });
  }
  return tokens;
}

/** A node of the phrase trie: the phrases that go on with each next word, and the phrase that ends here. */
interface TrieNode {
  next: Map<string, TrieNode>;
  phrase?: string;
}

/**
 * Phrases in a trie keyed word by word: at each word of the text the longest
 * phrase is found by walking down at most as many words as the longest
 * phrase has, however many phrases there are or share their first words.
 */
export class PhraseMatcher {
  private readonly root: TrieNode = { next: new Map() };

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      const words = tokenize(phrase).map((t) => t.word);
      if (words.length === 0) continue;
      let node = this.root;
      for (const word of words) {
        let child = node.next.get(word);
        if (!child) {
          child = { next: new Map() };
          node.next.set(word, child);
        }
        node = child;
      }
      // The first spelling given wins: two phrases that are the same words are one phrase.
      node.phrase ??= phrase;
    }
  }

  get isEmpty(): boolean {
    return this.root.next.size === 0;
  }

  /** Longest phrase at each word, left to right, not overlapping. */
  *matches(text: string, offset = 0): Generator<PhraseMatch> {
    if (this.isEmpty) return;
    const tokens = tokenize(text, offset);
    for (let i = 0; i < tokens.length; i++) {
      let node = this.root.next.get(tokens[i].word);
      let best: { length: number; phrase: string } | undefined;
      for (let k = 1; node; k++) {
        if (node.phrase !== undefined) best = { length: k, phrase: node.phrase };
        node = i + k < tokens.length ? node.next.get(tokens[i + k].word) : undefined;
      }
      if (best) {
        const last = tokens[i + best.length - 1];
        yield { start: tokens[i].start, end: last.end, phrase: best.phrase };
        i += best.length - 1;
      }
    }
  }
}
