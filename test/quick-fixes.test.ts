import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { lint } from './support/lint';
import { type Finding } from '../server/src/engine/linter';
import { formatForPath } from '../server/src/engine/parse';
import { codeActions, compatibleEdits } from '../server/src/lsp/code-actions';
import { vscodeClientCommands } from '../server/src/common/protocol';
import { toDiagnostic, type DiagnosticData, type FixData } from '../server/src/lsp/diagnostics';
import { placeholderPattern } from '../server/src/rules/placeholder';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyTextEdits, contains, isEmptyRange, offsetRange } from './support/edits';
import { listFixtures } from './support/fixtures';
import { expandSnippetBody } from './support/snippet';

/** Plans that exercise each fix: every style of label, both formats, CRLF, and the empty document. */
const crafted: Record<string, string> = {
  'headings-missing-actions.poa.md': [
    '# Plan of Action',
    '',
    '## Root Cause',
    '',
    'Our stock count was wrong from March 1 to March 9, 2026.',
    '',
    '## Preventive Measures',
    '',
    '- Every Monday our warehouse lead counts 20 bins.',
    '',
    'Sincerely,',
    'Jo',
    '',
  ].join('\n'),
  'lettered-missing-prevention.poa.txt': [
    'A) What went wrong:',
    'Our stock count was wrong from March 1 to March 9, 2026.',
    '',
    'B) Steps taken to resolve:',
    '• On March 10, 2026 we recounted all 200 bins.',
    '',
    'Thank you for your time.',
  ].join('\n'),
  'bold-missing-root-cause.poa.md': [
    '**Actions taken:**',
    '1. On March 10, 2026 we recounted all 200 bins.',
    '',
    '**Preventive measures:**',
    '1. Every Monday our lead counts 20 bins.',
    '',
  ].join('\n'),
  'nothing-but-a-letter.poa.txt': 'Dear Seller Performance Team,\r\nWe are sorry for the late orders.\r\nSincerely,\r\nJo',
  'empty.poa.md': '',
  'vague-and-untimed.poa.md': [
    '## Root cause',
    '',
    'We did not check our stock regularly.',
    '',
    '## Actions taken',
    '',
    '- We retrained our packing staff.',
    '- We refunded the buyers as soon as possible.',
    '',
    '## Preventive measures',
    '',
    '- Our lead checks 20 orders.',
    '- We will improve our processes.',
    '- Be more careful.',
    '- We will take all necessary steps and make sure this does not happen again.',
    '',
  ].join('\n'),
  'untimed-sentences.poa.txt': [
    'Root cause:',
    'Our packing shift started after the carrier pickup.',
    '',
    'Actions taken:',
    'We moved the packing shift to 7 AM. We trained all 5 packers.',
    '',
    'Preventive measures:',
    'Our lead reviews the 10 slowest orders. We hired a second packer.',
    '',
  ].join('\r\n'),
  'placeholders.poa.md': [
    'Seller ID: [Your Seller ID]',
    '',
    '## Root cause',
    '',
    'Order XXX-XXXXXXX-XXXXXXX for ASIN B0XXXXXXXX was late. TBD',
    '',
  ].join('\n'),
};

interface Plan {
  name: string;
  text: string;
  path: string;
}

function plans(): Plan[] {
  const root = join(__dirname, '..');
  const examples = readdirSync(join(root, 'examples'))
    .filter((f) => /\.poa(?:\.md|\.txt)?$/.test(f))
    .map((f) => ({ name: `examples/${f}`, path: f, text: readFileSync(join(root, 'examples', f), 'utf8') }));
  const fixtures = listFixtures().map((f) => ({ name: `fixtures/${f.name}`, path: f.path, text: readFileSync(f.path, 'utf8') }));
  return [...Object.entries(crafted).map(([name, text]) => ({ name, path: name, text })), ...examples, ...fixtures];
}

function diagnosticsOf(plan: Plan): Diagnostic[] {
  const { findings, poa } = lint(plan.text, { format: formatForPath(plan.path) });
  return findings.map((finding: Finding) => toDiagnostic(finding, poa.lines));
}

const fixesOf = (d: Diagnostic) => (d.data as DiagnosticData).fixes;

/** Errors per rule: what no fix may add to. */
function errorCounts(text: string, path: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of lint(text, { format: formatForPath(path) }).findings)
    if (f.severity === 'error') counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
  return counts;
}

function newErrors(before: Record<string, number>, after: Record<string, number>): string[] {
  return Object.entries(after)
    .filter(([rule, n]) => n > (before[rule] ?? 0))
    .map(([rule, n]) => `${rule}: ${before[rule] ?? 0} → ${n}`);
}

/** Where an offset of the old text lands after one edit. */
function mapOffset(offset: number, edit: { start: number; end: number; length: number }, isEnd: boolean): number {
  if (offset < edit.start || (offset === edit.start && !isEnd)) return offset;
  if (offset >= edit.end) return offset + edit.length - (edit.end - edit.start);
  return isEnd ? edit.start + edit.length : edit.start;
}

/** A fix of several edits moves text: what it deletes, it inserts elsewhere, and the problem is gone. */
function assertMoves(text: string, format: ReturnType<typeof formatForPath>, diagnostic: Diagnostic, fix: FixData, what: string): void {
  const deleted = fix.edits.filter((e) => e.newText === '').map((e) => text.slice(...offsetPair(text, e.range)));
  const inserted = fix.edits.filter((e) => isEmptyRange(e.range)).map((e) => e.newText);
  assert.equal(deleted.length + inserted.length, fix.edits.length, `${what}: each edit deletes or inserts`);
  const letters = (list: string[]) => [...list.join('').replace(/\s/g, '')].sort().join('');
  assert.equal(letters(inserted), letters(deleted), `${what} inserts what it deletes`);
  const result = applyTextEdits(text, fix.edits);
  const still = lint(result, { format }).findings.filter((f) => f.ruleId === diagnostic.code && f.message === diagnostic.message);
  assert.deepEqual(
    still.map((f) => f.message),
    [],
    `${what} left its problem in:\n${result}`,
  );
}

function offsetPair(text: string, range: Diagnostic['range']): [number, number] {
  const { start, end } = offsetRange(text, range);
  return [start, end];
}

describe('quick fixes', () => {
  const all = plans();

  it('are attached to missing sections, vague phrases, untimed items and placeholders', () => {
    const fixed = new Set(
      all.flatMap((plan) =>
        diagnosticsOf(plan)
          .filter((d) => fixesOf(d).length > 0)
          .map((d) => String(d.code)),
      ),
    );
    for (const rule of [
      'missing-root-cause',
      'missing-actions-taken',
      'missing-preventive-measures',
      'vague',
      'untimed-action',
      'placeholder',
    ])
      assert.ok(fixed.has(rule), `no fix for ${rule}`);
  });

  for (const plan of all) {
    it(`each fix in ${plan.name} removes its problem and changes nothing outside the problem's range`, () => {
      const format = formatForPath(plan.path);
      for (const diagnostic of diagnosticsOf(plan)) {
        for (const fix of fixesOf(diagnostic)) {
          const what = `${diagnostic.code} at ${JSON.stringify(diagnostic.range)}: '${fix.title}'`;
          if (fix.select) {
            assert.equal(fix.edits.length, 0, what);
            assert.deepEqual(fix.select, diagnostic.range, `${what} selects exactly the placeholder`);
            // The user types over the selection: the placeholder is gone.
            const typed = applyTextEdits(plan.text, [{ range: fix.select, newText: 'March 3, 2026' }]);
            const at = offsetRange(plan.text, fix.select).start;
            const after = lint(typed, { format }).findings.filter((f) => f.ruleId === diagnostic.code && f.start <= at + 13 && at <= f.end);
            assert.deepEqual(
              after.map((f) => f.message),
              [],
              what,
            );
            continue;
          }
          if (fix.edits.length > 1) {
            assertMoves(plan.text, format, diagnostic, fix, what);
            continue;
          }
          const [edit] = fix.edits;
          assert.ok(
            isEmptyRange(edit.range) || contains(diagnostic.range, edit.range),
            `${what} edits ${JSON.stringify(edit.range)}, outside the problem's range`,
          );
          const newText = fix.isSnippet ? expandSnippetBody(edit.newText) : edit.newText;
          const result = applyTextEdits(plan.text, [{ range: edit.range, newText }]);
          const { start, end } = offsetRange(plan.text, edit.range);
          assert.equal(result.slice(0, start), plan.text.slice(0, start), `${what} changed text before its range`);
          assert.equal(result.slice(start + newText.length), plan.text.slice(end), `${what} changed text after its range`);

          const old = offsetRange(plan.text, diagnostic.range);
          const moved = { start: start, end, length: newText.length };
          const where = { start: mapOffset(old.start, moved, false), end: mapOffset(old.end, moved, true) };
          // One finding may hold several phrases, each with its fix: a fix removes its own phrase from it.
          const replaced = `'${plan.text.slice(start, end)}'`;
          const onePhraseOfMany =
            end > start &&
            [...diagnostic.message.matchAll(/'[^']+'/g)].some((m) => m[0] === replaced) &&
            /Also vague here/.test(diagnostic.message);
          const still = lint(result, { format }).findings.filter(
            (f) =>
              f.ruleId === diagnostic.code &&
              f.start <= where.end &&
              where.start <= f.end &&
              (!onePhraseOfMany || f.message.includes(replaced)),
          );
          assert.deepEqual(
            still.map((f) => `${f.ruleId}: ${f.message}`),
            [],
            `${what} left its problem in:\n${result}`,
          );
        }
      }
    });
  }

  for (const plan of all) {
    it(`no fix in ${plan.name} that removes a sentence brings an error that was not there`, () => {
      const before = errorCounts(plan.text, plan.path);
      for (const diagnostic of diagnosticsOf(plan)) {
        for (const fix of fixesOf(diagnostic).filter((f) => f.edits.length > 0 && f.edits.every((e) => e.newText === ''))) {
          const result = applyTextEdits(plan.text, fix.edits);
          assert.deepEqual(
            newErrors(before, errorCounts(result, plan.path)),
            [],
            `${diagnostic.code} at line ${diagnostic.range.start.line + 1}: '${fix.title}' gives:\n${result}`,
          );
        }
      }
    });
  }

  it('fix-all brings no error that was not there, once the seller types over the placeholders it inserted', () => {
    for (const plan of all) {
      const typed = compatibleEdits(diagnosticsOf(plan).flatMap(fixesOf)).map((e) => ({
        ...e,
        newText: e.newText.replace(placeholderPattern, 'our lead checked 20 orders on March 3, 2026'),
      }));
      const result = applyTextEdits(plan.text, typed);
      assert.deepEqual(newErrors(errorCounts(plan.text, plan.path), errorCounts(result, plan.path)), [], `${plan.name}:\n${result}`);
    }
  });

  it('all preferred fixes of a plan apply together, and what they insert reads back as the missing sections', () => {
    for (const plan of all) {
      const diagnostics = diagnosticsOf(plan);
      const edits = compatibleEdits(diagnostics.flatMap(fixesOf));
      if (edits.length === 0) continue;
      const result = applyTextEdits(plan.text, edits);
      const left = lint(result, { format: formatForPath(plan.path) }).findings.filter((f) => f.ruleId.startsWith('missing-'));
      assert.deepEqual(
        left.map((f) => f.ruleId),
        [],
        `${plan.name}:\n${result}`,
      );
    }
  });
});

/** source.fixAll.poa as an editor applies it on save: every compatible preferred fix at once. */
function fixAll(text: string, path: string): string {
  return applyTextEdits(text, compatibleEdits(diagnosticsOf({ name: path, path, text }).flatMap(fixesOf)));
}

describe('fix-all', () => {
  it('inserts the missing parts before a later part it labels where it stands, so a second fix-all has nothing to do', () => {
    // An unclosed fence at the end hides anything inserted there; before the labelled paragraph it is read.
    const plan = '**Every day since May 1, 2026 our lead counts the stock.We will do better.\n```\n';
    const once = fixAll(plan, 'guessed-prevention.poa.md');
    assert.match(once, /^## Root cause\n[\s\S]*## Actions taken\n[\s\S]*## Preventive measures\n\*\*Every day/);
    assert.equal(fixAll(once, 'guessed-prevention.poa.md'), once);
  });

  it('inserts an earlier part above a later part left unlabelled, which still reads as that part', () => {
    // The seller quoted the plan and switched the checks off inside the quote: the guessed prevention is theirs to label.
    for (const quote of ['', '> <!-- poa-disable -->']) {
      const prevention = 'Steps:** From June 2, 2026, every order leaves within 24 hours and we check tracking daily.';
      const plan = `${quote}Our courier lost two parcels.\n${prevention}\n`;
      const missing = (text: string) =>
        lint(text, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'missing-preventive-measures');
      const insert = lint(plan, { format: 'markdown' })
        .findings.find((f) => f.ruleId === 'missing-root-cause')!
        .fixes.find((fix) => fix.title === "Insert a 'Root cause' section")!;
      const [edit] = insert.edits;
      const fixed = plan.slice(0, edit.start) + edit.newText + plan.slice(edit.end);
      assert.equal(missing(fixed).length, missing(plan).length, fixed);
      if (!quote) assert.match(missing(fixed)[0].message, /paragraph at line \d+ reads like one/, fixed);
    }
  });

  it('moves a promise to the preventive measures, never into a notice pasted at their end', () => {
    const plan = [
      'Actions taken',
      '===',
      '- We will check every parcel.',
      'What we will do to prevent this:',
      '',
      '```notification',
      'Your account is at risk.',
      '',
    ].join('\n');
    const moves = lint(plan, { format: 'markdown' })
      .findings.filter((f) => f.ruleId === 'actions-not-taken')
      .flatMap((f) => f.fixes)
      .filter((fix) => fix.title === 'Move to the preventive measures');
    const notice = plan.indexOf('```notification');
    for (const fix of moves) for (const edit of fix.edits) assert.ok(edit.start < notice, JSON.stringify(edit));
  });

  it('puts an insertion before a removal that starts at the same place, as editors require', () => {
    // The stock sentence opens the plan: its removal and the label inserted for the guessed root cause both start at 0.
    const text =
      'We believe this suspension was made in error. Our packer missed the' +
      ' 2 PM pickup on 12 days in May 2026 because nobody else was trained.\n';
    const edits = compatibleEdits(diagnosticsOf({ name: 'same-start.poa.md', path: 'same-start.poa.md', text }).flatMap(fixesOf));
    assert.ok(edits.length >= 2, 'a removal and an insertion');
    const fixed = TextDocument.applyEdits(TextDocument.create('file:///same-start.poa.md', 'poa', 1, text), edits);
    assert.equal(fixed, applyTextEdits(text, edits));
    assert.ok(!fixed.includes('made in error'), fixed);
  });

  it('keeps a disable comment that sits inside a stock sentence, so a second fix-all on save finds nothing more to do', () => {
    const plan = [
      'Root cause: Honestly, <!-- poa-disable -->we take customer satisfaction very seriously.',
      'Our packer skipped the weight check on 12 orders in March 2026. We take customer satisfaction very seriously.',
      '',
      'Actions taken: On March 20, 2026 we weighed all 40 open orders again.',
      '',
      'Preventive measures: Since March 21, 2026 our scale blocks any label until the parcel is weighed.',
      '',
    ].join('\n');
    const once = fixAll(plan, 'disable-inside-stock-line.poa.txt');
    assert.ok(once.includes('<!-- poa-disable -->'), `the disable comment was removed:\n${once}`);
    assert.equal(fixAll(once, 'disable-inside-stock-line.poa.txt'), once);
  });

  it('inserts nothing between a disable-next-line comment and the line it silences', () => {
    const plan = [
      'Dear Seller Performance team,',
      '<!-- poa-disable-next-line -->',
      'Actions taken: We believe this suspension was made in error. On March 20, 2026 we weighed all 40 open orders again.',
      '',
      'Preventive measures: Since March 21, 2026 our scale blocks any label until the parcel is weighed.',
      '',
    ].join('\n');
    const once = fixAll(plan, 'silenced-line.poa.txt');
    assert.match(once, /<!-- poa-disable-next-line -->\nActions taken: We believe/);
    assert.equal(fixAll(once, 'silenced-line.poa.txt'), once);
  });
});

describe('sentence removal', () => {
  const kindsOf = (text: string) => lint(text, { format: 'plain' }).poa.sections.map((s) => s.kinds.join('+') || 'other');

  it('is not offered in the middle of a line where the shorter line would let the next line read as a label', () => {
    // The long line runs on into 'root cause', which is read as the end of its sentence; cut short, it would not.
    const plan = [
      'Actions taken:',
      'On May 9, 2026 we refunded 14 buyers. We believe this suspension was made in error. So the shelf and',
      'root cause',
      'of the count was a missed scan.',
      '',
    ].join('\n');
    const stock = lint(plan, { format: 'plain' }).findings.find((f) => f.ruleId === 'boilerplate');
    assert.ok(stock, 'the stock sentence is still reported');
    for (const fix of stock.fixes) {
      const result = [...fix.edits]
        .sort((a, b) => b.start - a.start)
        .reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), plan);
      assert.deepEqual(kindsOf(result), kindsOf(plan), `'${fix.title}' gives:\n${result}`);
    }
  });

  it('names no slip in a label that the line before it runs on into', () => {
    const plan = [
      'Actions taken:',
      'On May 9, 2026 we refunded 14 buyers and then we told our packer about the shelf and',
      'root cause',
      '',
    ].join('\n');
    const missing = lint(plan, { format: 'plain' }).findings.find((f) => f.ruleId === 'missing-root-cause');
    assert.ok(missing);
    assert.doesNotMatch(missing.message, /not a word the reader knows/);
  });
});

describe('missing-section fixes', () => {
  const fixedText = (name: string, rule: string) => {
    const plan = { name, path: name, text: crafted[name] };
    const diagnostic = diagnosticsOf(plan).find((d) => d.code === rule);
    assert.ok(diagnostic, `${rule} in ${name}`);
    return applyTextEdits(plan.text, fixesOf(diagnostic)[0].edits);
  };

  it('inserts a missing middle section as a heading of the same level, between the sections around it', () => {
    assert.equal(
      fixedText('headings-missing-actions.poa.md', 'missing-actions-taken'),
      crafted['headings-missing-actions.poa.md'].replace(
        '## Preventive Measures',
        '## Actions Taken\n\n- [Who did what, how much, and on which date]\n\n## Preventive Measures',
      ),
    );
  });

  it('letters a plain-text label as the other labels are lettered, after the last section and before the sign-off', () => {
    assert.equal(
      fixedText('lettered-missing-prevention.poa.txt', 'missing-preventive-measures'),
      crafted['lettered-missing-prevention.poa.txt'].replace(
        'Thank you',
        'C) Preventive measures:\n• [Who will do what, how often, starting on which date]\n\nThank you',
      ),
    );
  });

  it('writes a bold label at the top when the root cause is missing', () => {
    assert.match(
      fixedText('bold-missing-root-cause.poa.md', 'missing-root-cause'),
      /^\*\*Root cause:\*\*\n\[Describe what in your own process went wrong, and why\]\n\n\*\*Actions taken:\*\*/,
    );
  });

  it('keeps CRLF line endings and puts sections before the sign-off of a plan that has none', () => {
    const result = fixedText('nothing-but-a-letter.poa.txt', 'missing-root-cause');
    assert.equal(
      result,
      'Dear Seller Performance Team,\r\nWe are sorry for the late orders.\r\n\r\nRoot cause:\r\n' +
        '[Describe what in your own process went wrong, and why]\r\n\r\nSincerely,\r\nJo',
    );
  });
});

describe('code actions from diagnostic data', () => {
  const uri = 'file:///plan.poa.md';
  const fix = (line: number, preferred = true): FixData => ({
    title: `Remove line ${line}`,
    preferred,
    edits: [{ range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' }],
  });
  const diagnostic = (code: string, line: number, fixes: FixData[]): Diagnostic => ({
    range: { start: { line, character: 0 }, end: { line, character: 5 } },
    source: 'poa',
    code,
    message: code,
    data: { fixes },
  });
  const request = (diagnostics: Diagnostic[], all: Diagnostic[], only?: string[]) => ({
    uri,
    version: 3,
    diagnostics,
    allDiagnostics: all,
    only,
    documentChanges: false,
    isEmpty: false,
    clientCommands: vscodeClientCommands,
  });

  it('offers "Fix all" for a rule with more than one preferred fix, in one edit', () => {
    const all = [diagnostic('boilerplate', 1, [fix(1)]), diagnostic('boilerplate', 4, [fix(4)]), diagnostic('blame', 6, [fix(6)])];
    const actions = codeActions(request([all[0]], all));
    const fixAll = actions.find((a) => a.title === 'Fix all boilerplate problems');
    assert.ok(fixAll, actions.map((a) => a.title).join(', '));
    assert.deepEqual(
      fixAll.edit?.changes?.[uri].map((e) => e.range.start.line),
      [1, 4],
    );
    assert.ok(!actions.some((a) => a.title === 'Fix all blame problems'), 'not for a rule not under the cursor');
  });

  it('source.fixAll.poa applies every preferred text fix once, skipping snippets and overlapping fixes', () => {
    const snippet: FixData = {
      title: 'Rewrite',
      isSnippet: true,
      preferred: true,
      edits: [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 3 } }, newText: '${1:[who]}' }],
    };
    const overlapping: FixData = {
      title: 'Other',
      preferred: true,
      edits: [{ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 4 } }, newText: 'x' }],
    };
    const all = [
      diagnostic('a', 1, [fix(1), overlapping]),
      diagnostic('b', 4, [fix(4, false)]),
      diagnostic('c', 8, [snippet]),
      diagnostic('d', 9, [fix(9)]),
    ];
    const [action, ...rest] = codeActions(request([], all, ['source.fixAll']));
    assert.equal(rest.length, 0);
    assert.equal(action.kind, 'source.fixAll.poa');
    assert.deepEqual(
      action.edit?.changes?.[uri].map((e) => e.range.start),
      [
        { line: 1, character: 0 },
        { line: 9, character: 0 },
      ],
    );
    assert.deepEqual(codeActions(request([], all, ['quickfix'])), [], 'no source action when quick fixes are asked for');
  });

  it('sends versioned document changes to a client that takes them, so a changed document is not edited', () => {
    const d = diagnostic('a', 1, [fix(1)]);
    const [action] = codeActions({ ...request([d], [d]), documentChanges: true });
    assert.deepEqual(action.edit, { documentChanges: [{ textDocument: { uri, version: 3 }, edits: fix(1).edits }] });
  });

  it('offers no fix for a diagnostic of an older version of the document, whose ranges no longer hold', () => {
    const now = diagnostic('a', 2, [fix(2)]);
    const before = { ...diagnostic('a', 1, [fix(1)]) };
    assert.deepEqual(codeActions(request([before], [now])), []);
    assert.equal(
      codeActions(request([{ ...now, data: undefined }], [now]))[0].title,
      'Remove line 2',
      "the current diagnostic's data is used",
    );
  });

  it('turns a snippet fix into the poa.applySnippetFix command and a selection into poa.selectRange', () => {
    const range = { start: { line: 2, character: 4 }, end: { line: 2, character: 9 } };
    const d = diagnostic('x', 2, [
      { title: 'Rewrite', isSnippet: true, edits: [{ range, newText: 'by ${1:[date]}' }] },
      { title: 'Select', edits: [], select: range },
    ]);
    const [snippet, select] = codeActions(request([d], [d]));
    assert.deepEqual(snippet.command, { title: 'Rewrite', command: 'poa.applySnippetFix', arguments: [uri, range, 'by ${1:[date]}'] });
    assert.equal(snippet.edit, undefined);
    assert.deepEqual(select.command, { title: 'Select', command: 'poa.selectRange', arguments: [uri, range] });
  });
});
