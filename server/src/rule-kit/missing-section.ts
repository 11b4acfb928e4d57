import { lineStartOf } from '../engine/text';
import { readLineLabel, type Aliases } from '../engine/labels';
import type { MainSectionKind } from '../common/settings';
import type { PlanOfAction, Section } from '../engine/model';
import { parsePlanOfAction } from '../engine/parse';
import { compileWordList } from '../engine/patterns';
import { splitLines } from '../engine/plain';
import { decisivePartCues, letterFramePattern, nearMissWords, partCues } from '../words/en/labels';
import { formatSectionLabel, insertSectionFix, labelStyle, sectionNames, sectionRank } from './section-skeleton';
import type { Fix, Rule, RuleFinding } from '../engine/rule';

/** Where a missing-section finding sits: the first line with text, so it is visible. */
export function documentStartSpan(poa: PlanOfAction): { start: number; end: number } {
  // Past the comments that open the file (a poa-disable-next-line above the first line): a finding never marks a comment.
  const skip = /^(?:\s|<!--[\s\S]*?-->)*/.exec(poa.text)![0].length;
  for (const from of [skip, 0]) {
    const first = /\S[^\r\n]*/.exec(poa.text.slice(from));
    if (first) return { start: from + first.index, end: from + first.index + first[0].length };
  }
  return { start: 0, end: 0 };
}

/** Nothing visible after the offset, and hidden text (code, a comment) just before it. */
function endsHidden(poa: PlanOfAction, offset: number): boolean {
  if (poa.masked.slice(offset).trim() !== '') return false;
  let i = offset - 1;
  while (i >= 0 && /\s/.test(poa.text[i])) i--;
  return i >= 0 && poa.masked[i] !== poa.text[i];
}

/**
 * The inserted section, if it will be read: at the end of a text left inside
 * an unclosed code fence or comment it would be hidden too, and each "fix
 * all" would insert it again. Only then is the fixed text parsed to check.
 */
function sectionFixes(poa: PlanOfAction, kind: MainSectionKind, aliases: Aliases): Fix[] {
  // A later part that fix-all will label where it stands: the section goes before it, where it goes once it is labelled.
  const later = (Object.keys(sectionRank) as MainSectionKind[]).filter(
    (other) => sectionRank[other] > sectionRank[kind] && !poa.sections.some((section) => section.kinds.includes(other)),
  );
  const guessed = later.map((other) => guessPart(poa, other)).find((unit) => unit !== undefined);
  const fix = insertSectionFix(poa, kind, guessed && lineStartOf(poa.text, guessed.start));
  const [edit] = fix.edits;
  if (!endsHidden(poa, edit.start)) return [fix];
  const fixed = poa.text.slice(0, edit.start) + edit.newText + poa.text.slice(edit.end);
  return parsePlanOfAction(fixed, { format: poa.format, aliases }).sections.some((section) => section.kinds.includes(kind)) ? [fix] : [];
}

const cuePatterns = Object.fromEntries(Object.entries(partCues).map(([kind, cues]) => [kind, compileWordList(cues, 'gi')])) as Record<
  MainSectionKind,
  RegExp
>;
const partKinds = Object.keys(partCues) as MainSectionKind[];

/** A stretch of the plan's own text that could be one part: a paragraph (its lines unwrapped) or a run of list items. */
interface Unit {
  start: number;
  end: number;
  isList: boolean;
  section?: Section;
  /** The unit opens its section: a part's first paragraph is that part's. */
  first: boolean;
}

function sectionOf(poa: PlanOfAction, offset: number): Section | undefined {
  let found: Section | undefined;
  for (const section of poa.sections) if (section.body.start <= offset && offset <= section.body.end) found = section;
  return found;
}

function unitsOf(poa: PlanOfAction): Unit[] {
  const units: Unit[] = [];
  const seen = new Set<Section | undefined>();
  const push = (start: number, end: number, isList: boolean) => {
    const section = sectionOf(poa, start);
    const last = units[units.length - 1];
    const between = last ? poa.masked.slice(last.end, start) : '';
    if (isList && last?.isList && last.section === section && !between.trim() && !/\n[ \t]*\r?\n/.test(between)) {
      last.end = end;
      return;
    }
    units.push({ start, end, isList, section, first: !seen.has(section) });
    seen.add(section);
  };
  for (const block of poa.blocks) {
    if (block.kind === 'item') {
      push(block.span.start, block.span.end, true);
      continue;
    }
    // One paragraph per line, as letters are pasted, unless a line runs on into the next.
    let start: number | undefined;
    let end = block.span.start;
    for (const line of splitLines(poa.masked, block.span)) {
      const text = poa.masked.slice(line.start, line.end);
      if (!text.trim()) continue;
      const runsOn = start !== undefined && !/[.!?:…]["”’)]?\s*$/.test(poa.masked.slice(start, end)) && /^\s*\p{Ll}/u.test(text);
      if (start !== undefined && !runsOn) push(start, end, false);
      if (start === undefined || !runsOn) start = line.start + (text.length - text.trimStart().length);
      end = line.end;
    }
    if (start !== undefined) push(start, end, false);
  }
  return units;
}

const decisivePatterns = Object.fromEntries(
  Object.entries(decisivePartCues).map(([kind, cues]) => [kind, compileWordList(cues, 'i')]),
) as Record<MainSectionKind, RegExp>;

function cueCount(kind: MainSectionKind, text: string): number {
  const pattern = cuePatterns[kind];
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.exec(text)) count++;
  return count + (decisivePatterns[kind].test(text) ? 1 : 0);
}

/**
 * The paragraph that reads like the missing part, in a plan that does not
 * label it: the words of a cause, of actions done, or of controls for the
 * future, more than of the other two, in its place among the parts.
 */
export function guessPart(poa: PlanOfAction, kind: MainSectionKind): Unit | undefined {
  const mains = poa.sections.filter((s) => s.kind !== 'other');
  const earlier = mains.filter((s) => s.kinds.every((k) => sectionRank[k] < sectionRank[kind]));
  const later = mains.filter((s) => s.kinds.every((k) => sectionRank[k] > sectionRank[kind]));
  const after = earlier.length > 0 ? Math.min(...earlier.map((s) => s.label.start)) : -1;
  const before = later.length > 0 ? Math.min(...later.map((s) => s.label.start)) : Infinity;
  let best: { unit: Unit; score: number } | undefined;
  for (const unit of unitsOf(poa)) {
    if (unit.start < after || unit.start > before) continue;
    const text = poa.masked.slice(unit.start, unit.end);
    if ((text.match(/\S+/g)?.length ?? 0) < 6 || letterFramePattern.test(text)) continue;
    const scores = Object.fromEntries(partKinds.map((k) => [k, cueCount(k, text)])) as Record<MainSectionKind, number>;
    const score = scores[kind];
    if (score < 2 || partKinds.some((k) => k !== kind && scores[k] >= score)) continue;
    // Inside a labelled part of another kind, only a later paragraph with none of that part's words.
    const inside = unit.section && unit.section.kind !== 'other' ? unit.section : undefined;
    if (inside && (unit.first || inside.kinds.some((k) => scores[k] > 0))) continue;
    if (!best || score > best.score) best = { unit, score };
  }
  return best?.unit;
}

/** Damerau-Levenshtein distance, giving up past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[i][j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2][j - 2] + 1);
      rows[i][j] = value;
    }
  }
  return rows[a.length][b.length];
}

interface NearMiss {
  start: number;
  end: number;
  /** The misspelt word and the word meant, where the near miss is a typing slip. */
  slip?: { start: number; end: number; meant: string };
}

/**
 * A line that looks like the missing part's label but is not read as one: a
 * slip in its key word ("Root cuase:", "Actons taken"), or the part's words
 * written as a sentence on a line of its own ("Here is our root cause").
 */
export function findNearMiss(poa: PlanOfAction, kind: MainSectionKind, aliases: Aliases): NearMiss | undefined {
  const taken = new Set(poa.sections.map((s) => s.label.start));
  for (const line of splitLines(poa.masked)) {
    const text = poa.masked.slice(line.start, line.end);
    const trimmed = text.trim();
    if (!trimmed || trimmed.length > 90) continue;
    const start = line.start + text.indexOf(trimmed);
    if ([...taken].some((s) => s >= start && s < line.end)) continue;
    const words = [...trimmed.matchAll(/\p{L}+/gu)];
    if (words.length === 0 || words.length > 8) continue;
    const labelShaped = /:\s*[*_]*$/.test(trimmed) || (words.length <= 4 && !/[.!?,;]$/.test(trimmed));
    if (!labelShaped) continue;
    // A line that reads as the label alone was set aside by the lines around it (a wrapped line of prose): no word in it is a slip.
    if (readLineLabel(text, { aliases, ownParagraph: true })?.kinds.includes(kind)) continue;
    for (const word of words) {
      const lower = word[0].toLowerCase();
      if (lower.length < 4) continue;
      for (const meant of nearMissWords[kind]) {
        if (lower === meant) continue;
        const d = editDistance(lower, meant, 2);
        if (d === 0 || d > (meant.length >= 7 ? 2 : 1)) continue;
        // The line with the slip put right must read as the part's label.
        const mended =
          text.slice(0, word.index + text.indexOf(trimmed)) + meant + text.slice(word.index + text.indexOf(trimmed) + word[0].length);
        if (!readLineLabel(mended, { aliases, ownParagraph: true })?.kinds.includes(kind)) continue;
        const at = start + word.index;
        return { start, end: start + trimmed.length, slip: { start: at, end: at + word[0].length, meant: matchCase(meant, word[0]) } };
      }
    }
  }
  return undefined;
}

function matchCase(meant: string, written: string): string {
  if (written === written.toUpperCase()) return meant.toUpperCase();
  if (/^\p{Lu}/u.test(written)) return meant[0].toUpperCase() + meant.slice(1);
  return meant;
}

function lineOf(poa: PlanOfAction, offset: number): number {
  return poa.lines.positionAt(offset).line + 1;
}

const partNames: Record<MainSectionKind, string> = {
  'root-cause': 'root cause',
  'actions-taken': 'actions taken',
  'preventive-measures': 'preventive measures',
};

/** Labels the guessed paragraph where it stands, in the document's style, instead of adding a second, empty section. */
function labelParagraphFix(poa: PlanOfAction, kind: MainSectionKind, at: number): Fix {
  const style = labelStyle(poa);
  const lineStart = lineStartOf(poa.text, at);
  const eol = poa.text.includes('\r\n') ? '\r\n' : '\n';
  const label = formatSectionLabel(kind, { ...style, enumerate: undefined });
  return {
    title: `Label line ${lineOf(poa, at)} as '${sectionNames[kind]}'`,
    edits: [{ start: lineStart, end: lineStart, newText: `${label}${eol}` }],
    preferred: true,
  };
}

export function missingSectionRule(id: string, kind: MainSectionKind, description: string, message: string): Rule {
  return {
    id,
    description,
    defaultSeverity: 'error',
    fixable: true,
    *check({ poa, settings }): Iterable<RuleFinding> {
      if (poa.sections.some((section) => section.kinds.includes(kind))) return;
      const aliases = settings.sections.aliases;
      const name = sectionNames[kind];
      const nearMiss = findNearMiss(poa, kind, aliases);
      if (nearMiss?.slip) {
        const written = poa.text.slice(nearMiss.slip.start, nearMiss.slip.end);
        yield {
          start: nearMiss.start,
          end: nearMiss.end,
          message:
            `No ${partNames[kind]} section is read: the label at line ${lineOf(poa, nearMiss.start)} looks ` +
            `like one, but '${written}' is not a word the reader knows. Write '${nearMiss.slip.meant}'.`,
          fixes: [
            {
              title: `Write '${nearMiss.slip.meant}'`,
              edits: [{ start: nearMiss.slip.start, end: nearMiss.slip.end, newText: nearMiss.slip.meant }],
              // A guess at what the seller meant: offered, never applied by fix-all on save.
            },
          ],
        };
        return;
      }
      const guess = guessPart(poa, kind);
      if (guess) {
        const firstLineEnd = poa.text.slice(guess.start, guess.end).search(/[\r\n]/);
        const end = firstLineEnd < 0 ? guess.end : guess.start + firstLineEnd;
        const what = guess.isList ? 'list' : 'paragraph';
        yield {
          start: guess.start,
          end: poa.text.slice(guess.start, end).trimEnd().length + guess.start,
          message:
            `No labelled ${partNames[kind]}: the ${what} at line ${lineOf(poa, guess.start)} reads like ` +
            `one. Label it '${name}:' so the reviewer finds it.`,
          fixes: [labelParagraphFix(poa, kind, guess.start)],
        };
        return;
      }
      yield { ...documentStartSpan(poa), message, fixes: sectionFixes(poa, kind, aliases) };
    },
  };
}
