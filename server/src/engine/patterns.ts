/**
 * Builds one regular expression from a word list. A space in a pattern stands
 * for any run of white space (line breaks and masked Markdown syntax included);
 * a match must start and end at word edges. Built-in lists only: users' phrases
 * go through PhraseMatcher, never through RegExp.
 */
export function compileWordList(patterns: readonly string[], flags = 'gi'): RegExp {
  const source = patterns.map((p) => `(?:${p.replace(/ /g, '\\s+')})`).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, `${flags}u`);
}

/**
 * The same, anchored where `lastIndex` points (sticky): for what must follow
 * a match of another list ("the carrier" then "failed to"), tried only there
 * instead of at every position of the text. It must end at a word edge.
 */
export function compileFollowing(patterns: readonly string[], flags = 'i'): RegExp {
  const source = patterns.map((p) => `(?:${p.replace(/ /g, '\\s+')})`).join('|');
  return new RegExp(`(?:${source})(?![\\p{L}\\p{N}])`, `${flags}yu`);
}

export function* matchAll(pattern: RegExp, text: string, offset = 0): Generator<{ start: number; end: number; text: string }> {
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    yield { start: match.index + offset, end: match.index + match[0].length + offset, text: match[0] };
  }
}

/** Quotes a flagged phrase in a message, on one line. */
export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `'${flat.length > 60 ? `${flat.slice(0, 57)}…` : flat}'`;
}
