import { mainSectionKinds, type MainSectionKind } from '../common/settings';
import type { PlanOfAction, Section } from '../engine/model';
import type { Rule, RuleFinding } from '../engine/rule';
import type { Span } from '../engine/text';
import { sectionName, sectionOf } from '../rule-kit/notice-kit';

/** A part this much the same as the rejected version's has barely changed. */
const sameShare = 0.8;
/** A sentence whose words are this much the previous one's is the same sentence, lightly edited. */
const sameSentence = 0.8;

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function sentencesIn(poa: PlanOfAction, section: Section): string[][] {
  return poa.sentences
    .filter((sentence) => sentence.span.start >= section.body.start && sentence.span.end <= section.body.end)
    .map((sentence) => wordsOf(sentence.text))
    .filter((words) => words.length > 0);
}

/** The share of a sentence's words that the other has (Jaccard on word sets). */
function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

/** How many of the section's words are in sentences it had before, the same or lightly edited. */
function sameWords(current: string[][], previous: string[][]): { same: number; total: number; sentences: number } {
  const exact = new Set(previous.map((words) => words.join(' ')));
  // Comparing every pair is fine for a plan; a huge one is compared by exact sentences only.
  const fuzzy = current.length * previous.length <= 40_000 ? previous.map((words) => new Set(words)) : [];
  let same = 0;
  let total = 0;
  let sentences = 0;
  for (const words of current) {
    total += words.length;
    const set = new Set(words);
    if (exact.has(words.join(' ')) || fuzzy.some((other) => overlap(set, other) >= sameSentence)) {
      same += words.length;
      sentences++;
    }
  }
  return { same, total, sentences };
}

const companySuffix = '(?:Ltd|Limited|LLC|Inc|GmbH|Co|Corp|Corporation|Company|SL|SRL|BV|Pty|PLC|SA|AG)\\.?';
/** "our supplier, Lumen Beauty Ltd", "from Northwind Trading LLC": a supplier by its name. */
const supplierName = new RegExp(
  `(?:suppliers?|wholesalers?|distributors?|manufacturers?|vendors?)(?:,|:)?\\s+(?:called\\s+|named\\s+|is\\s+)?` +
    `((?:[A-Z][\\p{L}&'.-]*\\s+){0,3}[A-Z][\\p{L}&'.-]*)|((?:[A-Z][\\p{L}&'.-]*\\s+){1,3}${companySuffix})(?![\\p{L}])`,
  'gu',
);
const notNames = /^(?:We|Our|The|This|That|They|It|In|On|Since|From|Amazon|ASIN|FBA|A|An)$/;

function supplierNames(poa: PlanOfAction): (Span & { name: string })[] {
  if (!/supplier|wholesaler|distributor|manufacturer|vendor|Ltd|LLC|Inc|GmbH|Co\b|Corp/i.test(poa.masked)) return [];
  const names: (Span & { name: string })[] = [];
  for (const match of poa.masked.matchAll(supplierName)) {
    const raw = (match[1] ?? match[2]).trim();
    const words = raw.split(/\s+/);
    while (words.length > 0 && notNames.test(words[0])) words.shift();
    if (words.length === 0) continue;
    const name = words.join(' ').replace(/[.,]$/, '');
    const start = match.index + match[0].lastIndexOf(raw) + raw.indexOf(words[0]);
    names.push({ name, start, end: start + name.length });
  }
  return names;
}

const key = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(new RegExp(` ?\\b${companySuffix.toLowerCase()}$`), '')
    .trim();

const countNouns = 'orders?|units?|ASINs?|listings?|buyers?|customers?|complaints?|claims?|packers?|employees?|shipments?|items?';
const countPattern = new RegExp(`\\b(\\d{1,6})\\s+(?:[a-z-]+\\s+)?(${countNouns})\\b`, 'gi');
const singular = (noun: string) => noun.toLowerCase().replace(/s$/, '');

/** "31 orders", "14 buyers" in a section: the counts of what happened. */
function counts(poa: PlanOfAction, section: Section): Map<string, { value: number; span: Span; text: string }[]> {
  const found = new Map<string, { value: number; span: Span; text: string }[]>();
  const text = poa.masked.slice(section.body.start, section.body.end);
  for (const match of text.matchAll(countPattern)) {
    const noun = singular(match[2]);
    const start = section.body.start + match.index;
    const list = found.get(noun) ?? [];
    list.push({ value: Number(match[1]), span: { start, end: start + match[0].length }, text: match[0] });
    found.set(noun, list);
  }
  return found;
}

export const resubmission: Rule = {
  id: 'resubmission',
  description: 'With previous: in the front matter, a part barely changed since the version Amazon rejected, or facts that contradict it.',
  defaultSeverity: 'warning',
  fixable: false,
  *check({ poa, notices }): Iterable<RuleFinding> {
    const previous = notices.previous;
    if (!previous) return;
    // A part a rejection asked about is rejection-point's to judge: one finding per problem.
    const askedAbout = new Set<MainSectionKind>(
      (notices.rejection?.model.requests ?? []).flatMap((request) => (request.part ? [request.part] : [])),
    );
    const findings: RuleFinding[] = [];
    for (const kind of mainSectionKinds) {
      const section = sectionOf(poa, kind);
      const before = sectionOf(previous.poa, kind);
      if (!section || !before || askedAbout.has(kind)) continue;
      const current = sentencesIn(poa, section);
      const { same, total, sentences } = sameWords(current, sentencesIn(previous.poa, before));
      if (total < 8 || same / total < sameShare) continue;
      findings.push({
        start: section.label.start,
        end: section.label.end,
        message:
          `${Math.round((100 * same) / total)}% of your ${sectionName(kind)} (${sentences} of ${current.length} ` +
          `${current.length === 1 ? 'sentence' : 'sentences'}) is the same as in ${previous.path}, the version Amazon rejected. ` +
          'Amazon asks for new insights, more robust solutions, or additional evidence, not the same plan again.',
      });
    }
    const namedBefore = supplierNames(previous.poa);
    if (namedBefore.length > 0) {
      const keys = new Set(namedBefore.map((supplier) => key(supplier.name)));
      const now = supplierNames(poa);
      const first = now.find((supplier) => !keys.has(key(supplier.name)));
      if (first && !now.some((supplier) => keys.has(key(supplier.name)))) {
        findings.push({
          start: first.start,
          end: first.end,
          message:
            `${previous.path} named ${namedBefore[0].name} as your supplier; this version names ${first.name} instead. ` +
            'Reviewers compare the versions: say why it changed, or they will doubt both.',
        });
      }
    }
    const rootNow = sectionOf(poa, 'root-cause');
    const rootBefore = sectionOf(previous.poa, 'root-cause');
    if (rootNow && rootBefore) {
      const before = counts(previous.poa, rootBefore);
      for (const [noun, list] of counts(poa, rootNow)) {
        const earlier = before.get(noun);
        if (!earlier || earlier.some((count) => list.some((now) => now.value === count.value))) continue;
        findings.push({
          ...list[0].span,
          message:
            `Your root cause says ${list[0].text}; ${previous.path} said ${earlier[0].text}. ` +
            'What happened cannot change between versions: correct the figure, or say why it differs.',
        });
      }
    }
    findings.sort((a, b) => a.start - b.start);
    yield* findings;
  },
};
