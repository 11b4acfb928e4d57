import assert from 'node:assert/strict';
import { exportPlainText } from '../server/src/engine/export';
import { parsePlanOfAction } from '../server/src/engine/parse';
import { readDocumentFacts, readNoticeBlocks, sidecarPath } from '../server/src/engine/plan-notice';
import { newLinter } from './support/lint';

const markdownPlan = [
  '---',
  'issue: inauthentic',
  'previous: v1-rejected.poa.md',
  'notified: 2026-11-20',
  '---',
  '',
  '```notification',
  'Your account has been deactivated: customers reported inauthentic items. ASIN: B0AUTH0001',
  '```',
  '',
  '## Root cause',
  '',
  'We bought B0AUTH0001 from a liquidator without invoices.',
  '',
].join('\n');

const plainPlan = [
  '<!-- poa',
  'issue: trademark',
  'previous: v1.poa.txt',
  '-->',
  '```notification',
  'Complaint Type: Trademark ASIN: B0KTL00001',
  '```',
  'Root cause:',
  'We listed B0KTL00001 under a brand we had no right to use.',
  '',
].join('\n');

describe('the notice in the plan', () => {
  it('reads the front matter facts of a Markdown plan: issue, previous, notified', () => {
    const facts = readDocumentFacts(parsePlanOfAction(markdownPlan));
    assert.equal(facts.issue?.type, 'inauthentic');
    assert.equal(facts.previous?.path, 'v1-rejected.poa.md');
    assert.equal(facts.notified?.date.toDateString(), new Date(2026, 10, 20).toDateString());
    assert.equal(markdownPlan.slice(facts.previous?.start, facts.previous?.end), 'v1-rejected.poa.md');
  });

  it('reads the front matter facts after a byte order mark too, at the same places', () => {
    const facts = readDocumentFacts(parsePlanOfAction(`\ufeff${markdownPlan}`));
    assert.equal(facts.issue?.type, 'inauthentic');
    assert.equal(facts.issue?.start, markdownPlan.indexOf('inauthentic') + 1);
  });

  it('reads the same facts from a <!-- poa … --> comment in plain text, and a fenced notice there too', () => {
    const poa = parsePlanOfAction(plainPlan, { format: 'plain' });
    const facts = readDocumentFacts(poa);
    assert.equal(facts.issue?.type, 'ip-trademark');
    assert.equal(facts.previous?.path, 'v1.poa.txt');
    const [block] = readNoticeBlocks(poa);
    assert.equal(block.kind, 'notification');
    assert.equal(plainPlan.slice(block.content.start, block.content.end), 'Complaint Type: Trademark ASIN: B0KTL00001\n');
    assert.equal(poa.sections[0]?.kind, 'root-cause', 'the label after the notice is still read');
    assert.ok(!poa.masked.includes('Complaint Type'), 'the notice is not the seller voice');
  });

  it('leaves the notice and the facts out of the text for Seller Central, in both formats', () => {
    for (const [text, format] of [
      [markdownPlan, 'markdown'],
      [plainPlan, 'plain'],
    ] as const) {
      const exported = exportPlainText(parsePlanOfAction(text, { format })).text;
      assert.ok(!/deactivated|Complaint Type|issue:|previous:/.test(exported), exported);
      assert.match(exported, /Root cause:/);
    }
  });

  it('names the sidecars of a plan after it: draft.poa.md → draft.notification.txt', () => {
    assert.equal(sidecarPath('/plans/draft.poa.md', 'notification'), 'draft.notification.txt');
    assert.equal(sidecarPath('draft.poa.txt', 'rejection'), 'draft.rejection.txt');
  });

  it('reads a notice when it changes, not at every keystroke in the body', () => {
    const linter = newLinter();
    linter.lint(markdownPlan);
    const reads = linter.noticeReads();
    linter.lint(markdownPlan.replace('without invoices', 'without any invoices'));
    linter.lint(markdownPlan.replace('without invoices', 'without any invoice'));
    assert.equal(linter.noticeReads(), reads, 'typing in the body reads no notice');
    linter.lint(markdownPlan.replace('B0AUTH0001\n```', 'B0AUTH0002\n```'));
    assert.equal(linter.noticeReads(), reads + 1, 'a changed notice is read again');
  });
});
