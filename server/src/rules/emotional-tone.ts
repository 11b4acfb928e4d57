import { compileWordList, matchAll, quote } from '../engine/patterns';
import { isInside, quotedSpans } from '../engine/quotes';
import { articleBefore, printedLabelAfter, printedLabelBefore, shoutedWords, toneGroups } from '../words/en/tone';
import type { Rule, RuleFinding } from '../engine/rule';

/** One pattern for the three kinds, one pass per sentence: the kind is read from the named group that matched. */
const tone = compileWordList(toneGroups.map((group) => `(?<${group.kind}>${group.patterns.join('|')})`));
const kinds = toneGroups.map((group) => group.kind);
const shouted = new Set(shoutedWords);
const exclamation = /!+/g;
/** A word of two or more letters with no lower-case letter: "NOT", "DIDN'T", "ASIN", "FNSKU". */
const capitalWord = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}'’]*\p{Lu}(?![\p{L}\p{N}])/gu;
const twoCapitals = /\p{Lu}[\p{Lu}'’]*\p{Lu}/u;
/** What may separate two shouted words in one run: spaces, commas, dashes. */
const runGap = /^[\s,;:–—-]*$/;

const advice: Record<(typeof toneGroups)[number]['kind'], string> = {
  emotion: 'is emotional language. Amazon asks for none: state the facts, what you changed and when.',
  pleading: 'is pleading. Reviewers decide on the plan, not on hardship: show the cause, the fixes and the checks instead.',
  threat: 'reads as a threat. It cannot help the appeal: remove it and keep to the cause, the actions and the prevention.',
};

const labelAfter = new RegExp(printedLabelAfter, 'iu');
const article = new RegExp(articleBefore, 'iu');
const labelBefore = new RegExp(printedLabelBefore, 'iu');

/** "A NOT FOR RESALE sticker", "marked DO NOT OPEN": the wording printed on something, quoted without quotation marks. */
function isPrintedLabel(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return (article.test(before) && labelAfter.test(text.slice(end, end + 20))) || labelBefore.test(before);
}

function* shouting(text: string, offset: number, quotes: ReturnType<typeof quotedSpans>): Generator<RuleFinding> {
  let run: { start: number; end: number; loud: boolean } | undefined;
  const flush = function* () {
    if (run?.loud && !isInside(quotes, run.start, run.end) && !isPrintedLabel(text, run.start - offset, run.end - offset)) {
      const words = text.slice(run.start - offset, run.end - offset);
      yield {
        start: run.start,
        end: run.end,
        message: `${quote(words)} in capitals reads as shouting. Write it in lower case: the facts carry the weight, not the volume.`,
      };
    }
    run = undefined;
  };
  capitalWord.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = capitalWord.exec(text)) !== null) {
    const start = match.index + offset;
    const end = start + match[0].length;
    // "NO. 4471" and "NO: 12" number things; they do not shout.
    const numbering = match[0] === 'NO' && /^\s*[.:#]?\s*\d/.test(text.slice(match.index + 2, match.index + 6));
    const loud = !numbering && shouted.has(match[0].toLowerCase().replace(/’/g, "'"));
    if (run && runGap.test(text.slice(run.end - offset, match.index))) {
      run.end = end;
      run.loud ||= loud;
    } else {
      yield* flush();
      run = { start, end, loud };
    }
  }
  yield* flush();
}

export const emotionalTone: Rule = {
  id: 'emotional-tone',
  description: "Exclamation marks, shouting in capitals, emotional words ('unfair', 'frustrated'), pleading and threats.",
  defaultSeverity: 'warning',
  fixable: false,
  sentences: { check: toneFindings },
};

/** The tone findings of one sentence, at offsets within it. */
function toneFindings(text: string): RuleFinding[] {
  const quotes = quotedSpans(text, 0);
  const found: RuleFinding[] = [];
  if (text.includes('!')) {
    for (const match of matchAll(exclamation, text)) {
      if (!isInside(quotes, match.start, match.end))
        found.push({
          start: match.start,
          end: match.end,
          message:
            'An exclamation mark reads as emotion. Amazon asks for no emotive language: end the sentence ' +
            'with a full stop and let the facts speak.',
        });
    }
  }
  if (twoCapitals.test(text)) found.push(...shouting(text, 0, quotes));
  tone.lastIndex = 0;
  for (let match = tone.exec(text); match; match = tone.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (isInside(quotes, start, end) || found.some((f) => f.start < end && start < f.end)) continue;
    const kind = kinds.find((k) => match?.groups?.[k] !== undefined) ?? 'emotion';
    found.push({ start, end, message: `${quote(match[0])} ${advice[kind]}` });
  }
  return found.sort((a, b) => a.start - b.start);
}
