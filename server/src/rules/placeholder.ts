import { compileWordList, matchAll, quote } from '../engine/patterns';
import {
  blankLeaderPattern,
  dateFormatCue,
  dateLayoutToken,
  maskedIdPatterns,
  placeholderPatterns,
  templateInstructionPatterns,
} from '../words/en/placeholders';
import type { Sentence } from '../engine/model';
import type { Rule, RuleFinding } from '../engine/rule';

/** A finding, with the placeholder it is on (none for an instruction or a blank). */
type Found = RuleFinding & { token?: string };

/** Case matters: "TBD" and "XXX" are placeholders, "tbd" in prose is rare and "xxx" is not ours to judge. */
export const placeholderPattern = compileWordList(placeholderPatterns, 'g');
const maskedId = compileWordList(maskedIdPatterns, 'g');
const templateInstruction = compileWordList(templateInstructionPatterns, 'gi');
/** What may come before an instruction on its line and in its sentence: a bullet, "Note:", "Please". */
const instructionLead = /^[\s\p{P}\p{S}\d]*(?:(?:note|tip|hint|important|instructions?)\s*:\s*)?(?:please\s+|kindly\s+)?$/iu;
const bracketed = /^\[/;

/**
 * An item that is nothing but template text ("[Describe your actions here]", "Insert your order IDs"):
 * its section is empty-section's to report, the instruction this rule's; no rule judges it as an action.
 */
export function isOnlyPlaceholders(text: string): boolean {
  return !/\p{L}/u.test(text.replace(placeholderPattern, ' ')) || opensWithInstruction(text, 0, text.length) !== undefined;
}

/** Where a template instruction opens the sentence text[start, end) or one of its lines, its match. */
function opensWithInstruction(text: string, start: number, end: number): { start: number; end: number; text: string } | undefined {
  for (const match of matchAll(templateInstruction, text.slice(start, end), start)) {
    const before = text.slice(start, match.start);
    if (instructionLead.test(before.slice(Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1))) return match;
  }
  return undefined;
}

const selectFix = (start: number, end: number) => [{ title: 'Select the placeholder to fill it', edits: [], select: { start, end } }];

export const placeholder: Rule = {
  id: 'placeholder',
  description: 'Unfilled template text such as [Date], [Your Seller ID], B0XXXXXXXX, ASIN1, XYZ, TBD or a template instruction.',
  defaultSeverity: 'error',
  fixable: false,
  *check({ poa }): Iterable<RuleFinding> {
    const found: Found[] = [];
    const add = (start: number, end: number, message: string, fixes = selectFix(start, end), token?: string) => {
      if (!found.some((f) => f.start < end && start < f.end)) found.push({ start, end, message, fixes, token });
    };
    // Instructions first: a placeholder inside one ("Insert your ASIN here") is reported with its sentence.
    for (const sentence of poa.sentences) {
      const match = opensWithInstruction(poa.masked, sentence.span.start, sentence.span.end);
      if (!match) continue;
      const message = `${quote(match.text)} is an instruction of the template, not part of your plan: delete it before you submit.`;
      add(sentence.span.start, sentence.span.end, message, []);
    }
    for (const match of matchAll(placeholderPattern, poa.masked)) {
      // A label in brackets ("[ROOT CAUSE]") is the plan's own label, not a slot left to fill.
      const isLabel = poa.sections.some((s) => s.kind !== 'other' && s.label.start === match.start && s.label.end === match.end);
      if (isLabel) continue;
      const isTaskBox =
        bracketed.test(match.text) && /^\[[ xX]\]$/.test(match.text) && /^\s*[-*+•]?\s*$/.test(lineBefore(poa.masked, match.start));
      if (isTaskBox) continue;
      if (dateLayoutToken.test(match.text) && namesDateFormat(poa.masked, match.start, match.end)) continue;
      add(match.start, match.end, message(match.text), undefined, match.text);
    }
    if (poa.text.includes('**')) {
      for (const match of matchAll(maskedId, poa.text)) {
        // Hidden text (a quote, code) stays hidden; three asterisks after a word may close Markdown's bold italic.
        if (poa.masked[match.start] !== poa.text[match.start]) continue;
        if (poa.format === 'markdown' && /[^*]\*{3}$/.test(match.text)) continue;
        add(match.start, match.end, message(match.text), undefined, match.text);
      }
    }
    for (const match of matchAll(blankLeaderPattern, poa.masked)) {
      const before = lineBefore(poa.masked, match.start);
      const after = lineAfter(poa.masked, match.end);
      // A line of nothing but dots or underscores is a divider; "shocked....." trails off.
      if (!/[\p{L}\p{N}]/u.test(before + after) || /[\p{L}\p{N}]$/u.test(before)) continue;
      add(match.start, match.end, `The blank ${quote(match.text)} is still to fill: write the real detail in its place before you submit.`);
    }
    found.sort((a, b) => a.start - b.start);
    yield* onePerSentence(found, poa.sentences, poa.masked);
  },
};

/**
 * The placeholders of one sentence are one finding, on the first: the seller
 * fills the sentence in once, and the message names every slot left in it.
 */
function* onePerSentence(found: Found[], sentences: readonly Sentence[], text: string): Iterable<RuleFinding> {
  let at = 0;
  let group: { key: unknown; tokens: { finding: RuleFinding; token: string }[] } | undefined;
  const close = (g: NonNullable<typeof group>): RuleFinding => {
    const [first] = g.tokens;
    if (g.tokens.length === 1) return first.finding;
    const tokens = g.tokens.map((t) => quote(t.token));
    const kinds = [...new Set(g.tokens.map((t) => describe(t.token)))];
    const list = `${tokens.slice(0, -1).join(', ')} and ${tokens[tokens.length - 1]}`;
    const what = kinds.length === 1 ? `the real ${kinds[0]}` : `the real ${kinds.slice(0, -1).join(', ')} and ${kinds[kinds.length - 1]}`;
    return {
      ...first.finding,
      message: `${g.tokens.length} unfilled placeholders in this sentence, ${list}: replace them with ${what} before you submit.`,
    };
  };
  for (const { token, ...finding } of found) {
    if (token === undefined) {
      if (group) yield close(group);
      group = undefined;
      yield finding;
      continue;
    }
    while (at < sentences.length && sentences[at].span.end <= finding.start) at++;
    const sentence = sentences[at] && sentences[at].span.start <= finding.start ? sentences[at] : finding;
    // Lines of fields ("Seller ID: [Your Seller ID]" then "ASIN: B0XXXXXXXX") run into one sentence, but each is filled on its own line.
    const sameLine = group !== undefined && !/[\r\n]/.test(text.slice(group.tokens[0].finding.start, finding.start));
    if (group && group.key === sentence && sameLine) {
      group.tokens.push({ finding, token });
      continue;
    }
    if (group) yield close(group);
    group = { key: sentence, tokens: [{ finding, token }] };
  }
  if (group) yield close(group);
}

function message(token: string): string {
  return `Unfilled placeholder ${quote(token)}: replace it with the real ${describe(token)} before you submit.`;
}

/** "the European date format (DD/MM/YYYY)": the layout is the subject of the sentence, not a date left to fill. */
function namesDateFormat(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 80);
  const before =
    text
      .slice(from, start)
      .split(/[.!?\r\n](?:\s|$)/)
      .pop() ?? '';
  const after = text.slice(end, end + 80).split(/[.!?\r\n](?:\s|$)/)[0];
  return dateFormatCue.test(before) || dateFormatCue.test(after);
}

function lineBefore(text: string, offset: number): string {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  return text.slice(lineStart, offset);
}

function lineAfter(text: string, offset: number): string {
  const line = /^[^\r\n]*/.exec(text.slice(offset, offset + 400));
  return line ? line[0] : '';
}

function describe(token: string): string {
  const inner = token.replace(/^[[<{$]+|[\]>}]+$/g, '').trim();
  if (/^B0/i.test(token) || /^X{10}$/.test(token) || /^ASIN/.test(token)) return 'ASIN';
  if (/^[\dXx*]{3}-/.test(token)) return 'order ID';
  if (/^(?:XYZ|xyz)$/.test(token)) return 'name';
  if (/^(?:TBD|TBC|TODO|FIXME)$/.test(token)) return 'detail';
  if (/^(?:X{1,3}|N)$/.test(token) || /^\$X/.test(token)) return 'number';
  if (/MM|DD|YYYY/.test(token)) return 'date';
  if (/^[Xx]+$|\*/.test(token) || /^\d+X+$|^X+\d+$/.test(token)) return 'detail';
  // "[describe what happened]" asks for text; it does not name a detail.
  if (/^(?:describe|explain|list|write|state|give|say|mention|detail|summari[sz]e|outline)\b/i.test(inner)) return 'text it asks for';
  if (inner && inner.length <= 40) {
    const what = inner.replace(/^(?:insert|enter|add|fill|put)\s+/i, '').replace(/^your\s+/i, '');
    return /^[A-Z][a-z]/.test(what) ? what[0].toLowerCase() + what.slice(1) : what;
  }
  return 'text';
}
