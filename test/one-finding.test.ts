import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lint } from './support/lint';
import { listFixtures } from './support/fixtures';
import { defaultSettings, type PoaSettings } from '../server/src/common/settings';
import { formatForPath } from '../server/src/engine/parse';
import { codeActions } from '../server/src/lsp/code-actions';
import { toDiagnostic } from '../server/src/lsp/diagnostics';
import type { Diagnostic } from 'vscode-languageserver';

/** What a seller sees: one finding per problem, each once, with a menu that does not repeat itself. */

const plan = (prevention: string, actions = '- On March 3, 2026 our owner refunded all 14 buyers.') =>
  [
    '## Root cause',
    'Our packer missed the 2 PM pickup on 9 days in February 2026.',
    '',
    '## Actions taken',
    actions,
    '',
    '## Preventive measures',
    prevention,
    '',
  ].join('\n');

const withRules = (rules: PoaSettings['rules']): PoaSettings => ({ ...defaultSettings, rules: { ...defaultSettings.rules, ...rules } });
const on = (text: string, line: number, settings?: PoaSettings) =>
  lint(text, { format: 'markdown', settings }).findings.filter((f) => f.range.start.line === line);

describe('one finding per problem', () => {
  const bare = plan('- We check the listings.');

  it('an item that lacks a time, a number and an owner gets one finding that names the three', () => {
    const found = on(bare, 7);
    assert.deepEqual(
      found.map((f) => f.ruleId),
      ['untimed-action'],
    );
    assert.match(
      found[0].message,
      /^No date or frequency, no number and no owner: say when it starts or how often it runs, how much and who runs it/,
    );
    assert.deepEqual(
      found[0].fixes.map((f) => f.title),
      ['Add when it runs, how many and who runs it', 'Rewrite as a SMART action'],
    );
  });

  it('turning a part off in the settings drops it from the finding, and the next part takes the code', () => {
    const found = on(bare, 7, withRules({ 'untimed-action': 'off' }));
    assert.deepEqual(
      found.map((f) => f.ruleId),
      ['unmeasurable-action'],
    );
    assert.match(found[0].message, /^No number and no owner: say how much and who runs it/);
    const onlyOwner = on(bare, 7, withRules({ 'untimed-action': 'off', 'unmeasurable-action': 'off' }));
    assert.deepEqual(
      onlyOwner.map((f) => f.ruleId),
      ['no-owner'],
    );
    assert.match(onlyOwner[0].message, /^Say who: 'we' does not tell the reviewer who is accountable/);
  });

  it('a disable comment for one part drops it the same way', () => {
    const text = plan('<!-- poa-disable-next-line untimed-action -->\n- We check the listings.');
    const found = lint(text, { format: 'markdown' }).findings.filter((f) => f.range.start.line === 8);
    assert.deepEqual(
      found.map((f) => f.ruleId),
      ['unmeasurable-action'],
    );
    assert.doesNotMatch(found[0].message, /date|frequency/);
  });

  it('a promise under actions taken is one actions-not-taken finding, with a fix that moves it to the preventive measures', () => {
    const text = plan('- Our QA lead checks 20 orders every Friday.', '- We will improve our processes.');
    const found = on(text, 4);
    assert.deepEqual(
      found.map((f) => f.ruleId),
      ['actions-not-taken'],
    );
    const [move, rewrite] = found[0].fixes;
    assert.equal(move.title, 'Move to the preventive measures');
    assert.equal(rewrite.title, 'Rewrite as done, with its date');
    let moved = text;
    for (const edit of [...move.edits].sort((a, b) => b.start - a.start))
      moved = moved.slice(0, edit.start) + edit.newText + moved.slice(edit.end);
    assert.match(
      moved,
      /## Actions taken\n\n## Preventive measures\n- Our QA lead checks 20 orders every Friday\.\n- We will improve our processes\.\n/,
    );
  });

  it("a vague item is vague's one finding, and its message says what else is missing", () => {
    const found = on(plan('- We will regularly check the listings.'), 7);
    assert.deepEqual(
      found.map((f) => f.ruleId),
      ['vague'],
    );
    assert.match(found[0].message, /^'regularly' does not say how often\..* It also gives no number: say how much/);
  });

  it('a one-off act is not asked how much; an act on orders or staff is', () => {
    const oneOff = plan('- Our QA lead checks 20 orders every Friday.', '- On March 3, 2026 we ended our contract with the agency.');
    assert.deepEqual(
      on(oneOff, 4).map((f) => f.ruleId),
      [],
    );
    const counted = plan('- Our QA lead checks 20 orders every Friday.', '- On March 3, 2026 we refunded the affected buyers.');
    assert.deepEqual(
      on(counted, 4).map((f) => f.ruleId),
      ['unmeasurable-action'],
    );
  });

  it('a measure set off by a condition says when it runs, as one set off by an event does', () => {
    const measures = [
      '- In case we cannot ship, our owner sets the whole account to holiday mode.',
      '- If a listing gets 2 complaints, our listing lead pauses it.',
    ];
    const text = plan(measures.join('\n'));
    assert.deepEqual(
      [7, 8].flatMap((line) => on(text, line).map((f) => f.ruleId)),
      [],
    );
    const whenNeeded = plan('- Our listing lead reviews all 20 listings if needed.');
    assert.deepEqual(
      on(whenNeeded, 7).map((f) => f.ruleId),
      ['untimed-action'],
    );
  });

  it('an attachment line under actions taken is a list of what is enclosed, not an action without a date', () => {
    const text = plan(
      '- Our QA lead checks 20 orders every Friday.',
      '- Attachment 1: invoice-2026-03.pdf\n- Exhibit B - the letter of authorisation',
    );
    assert.deepEqual(
      on(text, 4).map((f) => f.ruleId),
      [],
    );
    assert.deepEqual(
      on(text, 5).map((f) => f.ruleId),
      [],
    );
  });

  it('passive voice only where the sentence names no one who acted, as a hint', () => {
    const rootCause = (sentence: string) => `## Root cause\n${sentence}\n`;
    const passive = (sentence: string) => lint(rootCause(sentence)).findings.filter((f) => f.ruleId === 'passive-voice');
    assert.deepEqual(
      passive('Mistakes were made in our warehouse.').map((f) => f.severity),
      ['hint'],
    );
    assert.deepEqual(passive('I failed to notice the orders piling up without being dispatched.'), []);
    assert.deepEqual(passive('The ASINs that were reported were:'), []);
  });

  it('never offers one title twice in a quick-fix menu, on any fixture', () => {
    for (const fixture of listFixtures()) {
      const text = readFileSync(fixture.path, 'utf8');
      const { findings, poa } = lint(text, { format: formatForPath(fixture.path) });
      const diagnostics: Diagnostic[] = findings.map((f) => toDiagnostic(f, poa.lines));
      for (const diagnostic of diagnostics) {
        const at = diagnostic.range.start;
        const under = diagnostics.filter(
          (d) =>
            (d.range.start.line < at.line || (d.range.start.line === at.line && d.range.start.character <= at.character)) &&
            (d.range.end.line > at.line || (d.range.end.line === at.line && d.range.end.character >= at.character)),
        );
        const menu = codeActions({
          uri: 'file:///p',
          version: 1,
          diagnostics: under,
          allDiagnostics: diagnostics,
          documentChanges: false,
          isEmpty: false,
        });
        const titles = menu.map((a) => a.title);
        assert.deepEqual(titles, [...new Set(titles)], `${fixture.name} at ${at.line + 1}:${at.character + 1}`);
      }
    }
  });
});
