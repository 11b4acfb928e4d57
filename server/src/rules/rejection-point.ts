import type { MainSectionKind } from '../common/settings';
import type { PlanOfAction, Section } from '../engine/model';
import type { RejectionRequest } from '../engine/notice';
import type { Rule, RuleContext, RuleFinding } from '../engine/rule';
import { countWords } from '../engine/text';
import { noticeOrigin, noticeSpan, ownText, sectionName, sectionOf, sectionWords } from '../rule-kit/notice-kit';
import { reportsDone } from './actions-not-taken';

/** Fewer words than this do not give "greater detail": a few lines a reviewer can check. */
const detailWords = 40;
/** New words a resubmitted part needs before it counts as changed. */
const newWords = 12;

/** What a request asks about, in Amazon's words: "the root cause of the late shipments". */
const asks: Record<MainSectionKind, (subject: string) => string> = {
  'root-cause': (subject) => `the root cause${subject ? ` of ${subject}` : ''}`,
  'actions-taken': (subject) => `the actions taken${subject ? ` to resolve ${subject}` : ''}`,
  'preventive-measures': (subject) => `the steps to prevent ${subject || 'it'} going forward`,
};

/** The sentences of a section as comparable text: words in lower case, one space between. */
function sentencesOf(poa: PlanOfAction, section: Section | undefined): string[] {
  if (!section) return [];
  return poa.sentences
    .filter((sentence) => sentence.span.start >= section.body.start && sentence.span.end <= section.body.end)
    .map((sentence) => normalise(sentence.text));
}

export function normalise(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** Words in sentences of the section that the previous version's section did not have. */
export function wordsNewSince(poa: PlanOfAction, section: Section, previous: PlanOfAction, kind: MainSectionKind): number {
  const before = new Set(sentencesOf(previous, sectionOf(previous, kind)));
  return sentencesOf(poa, section)
    .filter((sentence) => !before.has(sentence))
    .reduce((sum, sentence) => sum + countWords(sentence), 0);
}

const documentWords =
  /\b(?:attach\w*|invoices?|documents?|letters? of authori[sz]ation|LOA|receipts?|certificates?|\.pdf|\.png|\.jpe?g)\b/i;

function* answer(context: RuleContext, request: RejectionRequest, where: () => { start: number; end: number }): Iterable<RuleFinding> {
  const { poa, notices } = context;
  const origin = notices.rejection ? noticeOrigin(notices.rejection) : '';
  if (request.kind === 'greater-detail' && request.part) {
    const part = sectionName(request.part);
    const ask = asks[request.part](request.subject ?? '');
    const section = sectionOf(poa, request.part);
    if (!section) {
      yield {
        ...where(),
        message:
          `Amazon's rejection${origin} asks for greater detail on ${ask}, and your plan has no ${part} section. ` +
          'Add one that answers it.',
      };
      return;
    }
    const words = countWords(sectionWords(poa, section, notices.blocks));
    if (words < detailWords) {
      yield {
        ...where(),
        message:
          `Amazon's rejection${origin} asks for greater detail on ${ask}, and your ${part} section gives ${words} ` +
          `${words === 1 ? 'word' : 'words'}. Give what a reviewer can check: what happened, to which orders or ASINs, who, and when.`,
      };
      return;
    }
    const previous = notices.previous;
    if (previous && wordsNewSince(poa, section, previous.poa, request.part) < newWords) {
      yield {
        ...where(),
        message:
          `Amazon's rejection${origin} asks for greater detail on ${ask}, and your ${part} section says nothing new since ` +
          `${previous.path}, the version it rejected. Amazon asks for new insights, more robust solutions, or additional evidence.`,
      };
    }
    return;
  }
  if (request.kind === 'not-implemented') {
    const actions = poa.items.filter((item) => item.kind === 'actions-taken' && !item.section.guessed);
    const dated = actions.filter((item) => reportsDone(item.text) && context.time.hasTimeExpression(item.text));
    if (dated.length < actions.length || actions.length === 0) {
      const said = 'actions taken say what was done and when';
      yield {
        ...where(),
        message:
          `Amazon's rejection${origin} says your corrective actions have not been implemented; ` +
          `${actions.length === 0 ? 'your plan lists no actions taken' : `${dated.length} of your ${actions.length} ${said}`}. ` +
          `Write each as done, with its date: 'On March 3, 2026 we removed the 14 listings'.`,
      };
    }
    return;
  }
  if (request.kind === 'invalid-documents' && !documentWords.test(ownText(poa, notices.blocks))) {
    yield {
      ...where(),
      message:
        `Amazon's rejection${origin} says the documents you sent are invalid, and your plan names no document. ` +
        `Say which new documents you attach (the supplier's name, address and phone, the dates, the units) and why they are valid.`,
    };
  }
}

export const rejectionPoint: Rule = {
  id: 'rejection-point',
  description:
    "A request of Amazon's rejection ('Greater detail on …', 'have not been implemented', 'documents … invalid') " +
    'the plan leaves unanswered.',
  defaultSeverity: 'warning',
  fixable: false,
  *check(context): Iterable<RuleFinding> {
    const placed = context.notices.rejection;
    if (!placed) return;
    for (const request of placed.model.requests) {
      yield* answer(context, request, () => noticeSpan(context.poa, placed, request));
    }
  },
};
