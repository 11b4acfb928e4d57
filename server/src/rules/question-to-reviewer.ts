import type { PlanOfAction, Sentence } from '../engine/model';
import { compileWordList, matchAll, quote } from '../engine/patterns';
import { isInside, quotedSpans } from '../engine/quotes';
import { countWords } from '../engine/text';
import {
  amazonParty,
  formQuestionWords,
  notAFormQuestion,
  otherPartyCasePatterns,
  reviewerCue,
  reviewerRequestPatterns,
  supportReferencePatterns,
} from '../words/en/reviewer';
import type { Rule, RuleFinding } from '../engine/rule';

const supportReference = compileWordList(supportReferencePatterns, 'gi');
const reviewerRequest = compileWordList(reviewerRequestPatterns, 'gi');
const otherPartyCase = compileWordList(otherPartyCasePatterns, 'i');
/** A question mark that ends the sentence, before any closing quote or bracket. */
const endsAsQuestion = /\?[\s"'”’)\]]*$/;

const caseAdvice =
  "The reviewer of your plan does not see Seller Support's cases or calls: remove the reference and write the facts it held into the plan.";
const questionAdvice =
  'Amazon asks for no questions and judges the plan as written. State what you found and did ' +
  'instead; ask Seller Support what you need to know.';

/** "What caused the issue?" alone on its line: Seller Central's own question used as a label, not one put to the reviewer. */
function isFormQuestion(poa: PlanOfAction, sentence: Sentence): boolean {
  const { masked } = poa;
  const lineStart = Math.max(masked.lastIndexOf('\n', sentence.span.start - 1), masked.lastIndexOf('\r', sentence.span.start - 1)) + 1;
  const after = /^[^\r\n]*/.exec(masked.slice(sentence.span.end, sentence.span.end + 200))?.[0] ?? '';
  const before = masked.slice(lineStart, sentence.span.start).replace(/^\s*(?:\(?[\dA-Za-z]{1,2}[.):]|[-*•–])\s*/, '');
  const aloneOnLine = !/[\p{L}\p{N}]/u.test(before + after);
  return aloneOnLine && countWords(sentence.text) <= 14 && formQuestionWords.test(sentence.text) && !notAFormQuestion.test(sentence.text);
}

/**
 * The plan's questions and requests to the reviewer and references to support
 * cases, in document order: the rule's findings, and what tells the SMART
 * rules an item is addressed to the reviewer, not an action.
 */
export function reviewerFindings(poa: PlanOfAction): RuleFinding[] {
  const all: RuleFinding[] = [];
  for (const sentence of poa.sentences) {
    const { text } = sentence;
    const offset = sentence.span.start;
    const quoted = quotedSpans(text, offset);
    const found: RuleFinding[] = [];
    // "We opened a claim with UPS (ticket 4471234)": its numbers are the carrier's, not Seller Support's.
    const caseElsewhere = otherPartyCase.test(text) && !amazonParty.test(text);
    for (const match of matchAll(supportReference, text, offset)) {
      if (caseElsewhere || isInside(quoted, match.start, match.end)) continue;
      found.push({ start: match.start, end: match.end, message: `${quote(match.text)}: ${caseAdvice}` });
    }
    const asked = endsAsQuestion.test(text) && !isInside(quoted, offset + text.lastIndexOf('?'), offset + text.lastIndexOf('?') + 1);
    let request: { start: number; end: number; text: string } | undefined;
    for (const match of matchAll(reviewerRequest, text, offset)) {
      if (!isInside(quoted, match.start, match.end)) {
        request = match;
        break;
      }
    }
    if (request || (asked && reviewerCue.test(text) && !isFormQuestion(poa, sentence))) {
      // A question is the whole sentence; a request without a question mark, its phrase.
      const span = asked ? sentence.span : { start: request!.start, end: request!.end };
      const what = asked ? 'A question to the reviewer gets no answer:' : `${quote(request!.text)} asks the reviewer for an answer:`;
      if (!found.some((f) => f.start < span.end && span.start < f.end)) found.push({ ...span, message: `${what} ${questionAdvice}` });
    }
    found.sort((a, b) => a.start - b.start);
    all.push(...found);
  }
  return all;
}

export const questionToReviewer: Rule = {
  id: 'question-to-reviewer',
  description: 'A question or request to the reviewer, or a reference to a support case, a case ID or a conversation with Seller Support.',
  defaultSeverity: 'warning',
  fixable: false,
  *check({ shared }): Iterable<RuleFinding> {
    yield* shared(reviewerFindings);
  },
};
