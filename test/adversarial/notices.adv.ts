import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { planFilesBeside } from '../../server/src/config/plan-files';
import type { DocumentFormat } from '../../server/src/engine/model';
import { readNoticeBlocks } from '../../server/src/engine/plan-notice';
import { lint, newLinter } from '../support/lint';
import { sampleNotices, sampleRejection } from '../notices/samples';
import { composedDocument } from './support/documents';
import { assertWellFormed } from './support/invariants';
import { count, runs } from './support/tally';

const cli = join(__dirname, '..', '..', 'dist', 'cli.js');
const formats: DocumentFormat[] = ['markdown', 'plain'];

/** A plan with a notice and a rejection pasted in, fenced, anywhere among its parts. */
const noticeBody = fc.oneof(
  fc.constantFrom(...sampleNotices.map((sample) => sample.text), sampleRejection, ''),
  fc.string({ maxLength: 300 }),
  fc
    .array(fc.constantFrom('B0KTL00001', '112-4455667-1234567', 'FBA15FWTFL6R', 'Brand : X', '```', '~~~', '\n', ' ', '```notification'), {
      maxLength: 40,
    })
    .map((parts) => parts.join(' ')),
);
const fenced = fc
  .tuple(
    fc.constantFrom('notification', 'rejection', 'NOTIFICATION', 'notification extra'),
    noticeBody,
    fc.boolean(),
    fc.constantFrom('```', '~~~~'),
  )
  .map(([info, body, closed, fence]) => `${fence}${info}\n${body}\n${closed ? fence : ''}`);
const planWithNotice = fc
  .tuple(composedDocument, fenced, composedDocument, fc.constantFrom(...formats))
  .map(([before, notice, after, format]) => ({ text: `${before}\n\n${notice}\n\n${after}`, format }));

describe('notices', function () {
  it('any plan with notices pasted in lints without a failure, and no fix touches a notice', () => {
    fc.assert(
      fc.property(planWithNotice, ({ text, format }) => {
        count('plans with a notice linted');
        const result = lint(text, { format });
        assertWellFormed(text, result);
        const blocks = readNoticeBlocks(result.poa);
        for (const finding of result.findings)
          for (const fix of finding.fixes)
            for (const edit of fix.edits)
              for (const block of blocks)
                assert.ok(
                  edit.end <= block.span.start || edit.start >= block.span.end,
                  `${finding.ruleId}'s fix '${fix.title}' touches the notice at ${block.span.start}-${block.span.end}`,
                );
      }),
      { numRuns: runs(300) },
    );
  });

  const cases: [string, string][] = [
    ['an empty notice', '```notification\n```\n'],
    ['a notice of only spaces', '```notification\n   \n\t\n```\n'],
    ['a binary notice', `\`\`\`notification\n${'\u0000\u0001\uFFFD\uD800'.repeat(500)}\n\`\`\`\n`],
    [
      'a huge notice (1 MB)',
      `\`\`\`notification\n${'Your Order Defect Rate is 1.44%. ASIN: B0KTL00001 on November 20, 2026.\n'.repeat(14_000)}\`\`\`\n`,
    ],
    ['a notice inside a notice', '````notification\nASIN: B0KTL00001\n```notification\nASIN: B0KTL00002\n```\n````\n'],
    ['an unclosed notice', '```notification\nASIN: B0KTL00001\n## Root cause\n\nWe did it.\n'],
    ['an unclosed rejection before a notice', '```rejection\n-- Greater detail on the root cause\n```notification\nASIN: B0KTL00001\n'],
  ];
  for (const [name, notice] of cases) {
    it(`lints a plan with ${name} in both formats, in bounded time`, () => {
      for (const format of formats) {
        const text =
          `${notice}\n## Root cause\n\nWe listed B0KTL00003 without checking.\n\n` +
          '## Actions taken\n\n- On March 3, 2026 we deleted it.\n';
        const started = performance.now();
        assertWellFormed(text, lint(text, { format }));
        assert.ok(performance.now() - started < 20_000, `${format}: ${Math.round(performance.now() - started)} ms`);
      }
    });
  }

  it('finds 10,000 IDs of a notice quickly, and flags each unanswered one once', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `B0${String(i).padStart(8, '0')}`);
    const notice = `\`\`\`notification\n${ids.map((id) => `ASIN: ${id}`).join('\n')}\n\`\`\`\n\n`;
    const text = `${notice}## Actions taken\n\n- On March 3, 2026 we deleted ${ids[0]}.\n`;
    const started = performance.now();
    const result = lint(text);
    const elapsed = performance.now() - started;
    assertWellFormed(text, result);
    assert.equal(result.findings.filter((finding) => finding.ruleId === 'notice-coverage').length, 9_999);
    assert.ok(elapsed < 10_000, `${Math.round(elapsed)} ms`);
  });

  it('reads a sidecar that is a folder or a FIFO as no sidecar, without waiting for a writer', function () {
    const dir = mkdtempSync(join(tmpdir(), 'poa-adv-sidecar-'));
    const plan = '## Root cause\n\nWe listed B0KTL00003 without checking.\n';
    writeFileSync(join(dir, 'folder.poa.md'), plan);
    mkdirSync(join(dir, 'folder.notification.txt'));
    writeFileSync(join(dir, 'fifo.poa.md'), plan);
    const hasMkfifo = spawnSync('mkfifo', [join(dir, 'fifo.notification.txt')]).status === 0;
    for (const name of ['folder', ...(hasMkfifo ? ['fifo'] : [])]) {
      const path = join(dir, `${name}.poa.md`);
      const result = newLinter().lint(plan, { sources: { path, files: planFilesBeside(path) } });
      assert.equal(result.notices.notification, undefined, name);
      // The CLI too: it must not hang on the FIFO.
      const run = spawnSync(process.execPath, [cli, '--format', 'json', path], { encoding: 'utf8', timeout: 20_000 });
      assert.equal(run.status, 1, `${name}: exit ${run.status} (the missing parts are errors), ${run.stderr}`);
      assert.ok(!run.stdout.includes('notice-coverage'), `${name}: ${run.stdout}`);
    }
  });
});
