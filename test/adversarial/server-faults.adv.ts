import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from '../support/lint';
import { rules } from '../../server/src/registry';
import { withInjectedFaults } from '../support/faults';
import { fileUri, TestServer } from '../support/lsp';
import { seedDocuments } from './support/documents';
import { comparable, expectedDiagnostics, isAlive, publishedFor, serverWithEnvironment } from './support/server';
import { count } from './support/tally';

const plan = [
  'Root cause:',
  'The delay was caused by the carrier. We will improve our processes.',
  '',
  'Actions taken:',
  '• We refunded the buyer.',
  '',
  'Preventive measures:',
  '• We will try harder as soon as possible.',
  '',
].join('\n');
const noRootCause = plan.replace(/^Root cause:\n/, '');

/** A big plan: every seed POA, again and again, with a marker so no two big plans share a cached chunk. */
function bigPlan(marker: string, bytes: number): string {
  const seeds = seedDocuments().filter((s) => s.name.endsWith('.md'));
  let text = '';
  for (let i = 0; text.length < bytes; i++)
    text += `${seeds[i % seeds.length].text}\n\n${marker} ${i}: The delay was caused by the carrier.\n\n`;
  return text;
}

describe('the server under faults', function () {
  this.timeout(120_000);
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('fault injection wraps only the rules it names', () => {
    const faulty = withInjectedFaults(rules, ['blame', 'vague']);
    assert.deepEqual(
      faulty.map((r) => r.id),
      rules.map((r) => r.id),
    );
    assert.deepEqual(
      faulty.filter((r, i) => r !== rules[i]).map((r) => r.id),
      ['blame', 'vague'],
    );
  });

  it('a rule that throws keeps none of its findings, and the other rules still report (in process)', () => {
    const faulty = withInjectedFaults(rules, ['blame', 'missing-root-cause']);
    const result = lint(noRootCause, { rules: faulty });
    count('faults injected');
    assert.deepEqual(result.failures.map((f) => f.ruleId).sort(), ['blame', 'missing-root-cause']);
    assert.ok(
      !result.findings.some((f) => f.ruleId === 'blame' || f.ruleId === 'missing-root-cause'),
      'a failed rule leaves no finding behind',
    );
    const healthy = lint(noRootCause).findings.filter((f) => f.ruleId !== 'blame' && f.ruleId !== 'missing-root-cause');
    assert.deepEqual(result.findings, healthy, 'the other rules report exactly what they report without the fault');
  });

  it('a rule that throws in the server is logged once, while the other rules still publish', async () => {
    server = new TestServer({ faults: ['blame', 'missing-root-cause'] });
    await server.initialize();
    const expected = (text: string) =>
      (expectedDiagnostics(text, 'markdown') as { code: string }[]).filter((d) => d.code !== 'blame' && d.code !== 'missing-root-cause');
    for (let i = 0; i < 4; i++) {
      const uri = `untitled:fault-${i}.poa.md`;
      const text = i % 2 ? plan : noRootCause;
      await server.open(uri, text);
      const published = await publishedFor(server, uri, 1);
      count('faults injected', 2);
      assert.deepEqual(comparable(published.diagnostics), expected(text));
      assert.ok(
        published.diagnostics.some((d) => d.code === 'vague'),
        'vague still reports',
      );
      await server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ text: `${text}\nThe buyer lied.\n` }],
      });
      assert.deepEqual(comparable((await publishedFor(server, uri, 2)).diagnostics), expected(`${text}\nThe buyer lied.\n`));
      count('faults injected', 2);
    }
    for (const ruleId of ['blame', 'missing-root-cause']) {
      const messages: string[] = server.logs.filter((m) => m.includes(`rule ${ruleId} failed`));
      assert.equal(messages.length, 1, `one message for ${ruleId}, not ${messages.length}: ${messages.join(' | ')}`);
      assert.match(messages[0], /InjectedFault|injected fault/);
    }
    assert.ok(isAlive(server), 'the server survives');
  });

  it('nothing in the environment, a document or a setting makes a rule of the product fail', async () => {
    server = serverWithEnvironment(
      { POA_LINT_FAULT: 'blame' },
      { configuration: () => ({ POA_LINT_FAULT: 'blame', fault: 'blame', rules: { blame: 'warning' } }) },
    );
    await server.initialize();
    const uri = 'untitled:no-fault.poa.md';
    const text = `<!-- POA_LINT_FAULT=blame -->\nPOA_LINT_FAULT=blame\n${plan}`;
    await server.open(uri, text);
    const published = await publishedFor(server, uri, 1);
    assert.ok(
      published.diagnostics.some((d) => d.code === 'blame'),
      'blame still reports',
    );
    assert.ok(!server.logs.some((m) => /failed/.test(m)), server.logs.join(' | '));
  });

  for (const withConfiguration of [false, true]) {
    const pulled = withConfiguration ? ' (settings pulled from the client)' : '';
    it(`a document closed mid-analysis leaves no stale diagnostics${pulled}`, async () => {
      server = new TestServer(withConfiguration ? { configuration: () => ({ debounceMs: 0 }) } : {});
      await server.initialize();
      const big = bigPlan(`closed-${withConfiguration}`, 3_000_000);
      const cases = [
        { uri: 'untitled:closed-at-once.poa.md', edits: 0 },
        { uri: 'untitled:closed-after-edits.poa.md', edits: 3 },
      ];
      for (const { uri, edits } of cases) {
        count('faults injected');
        await server.open(uri, big);
        // A request the server answers at once: by its answer the analysis of the big plan is under way.
        await server.connection.sendRequest('textDocument/hover', {
          textDocument: { uri: 'untitled:nothing.poa.md' },
          position: { line: 0, character: 0 },
        });
        for (let v = 2; v < 2 + edits; v++) {
          await server.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: v },
            contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }],
          });
        }
        await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      }
      // A different big plan takes as long to analyse: a stale run of the closed ones would have published by its end.
      const barrier = 'untitled:barrier.poa.md';
      await server.open(barrier, bigPlan(`barrier-${withConfiguration}`, 3_000_000));
      // A 3 MB plan: seconds on a quiet machine, many more on a loaded one; the test is about what is published, not how fast.
      await publishedFor(server, barrier, 1, 90_000);
      for (const { uri } of cases) {
        const last = server.lastFor(uri);
        assert.ok(last, `something was published for ${uri}`);
        assert.deepEqual(last.diagnostics, [], `the last diagnostics published for ${uri} are stale`);
      }
      assert.ok(isAlive(server));
    });
  }

  it('survives protocol abuse: unknown documents, ranges past the end or reversed, old versions, reopens, NUL, surrogates', async () => {
    server = new TestServer({ configuration: () => ({ debounceMs: 0 }) });
    await server.initialize();
    const send = (method: string, params: unknown) => {
      count('faults injected');
      return server!.connection.sendNotification(method, params);
    };
    const uri = 'untitled:abused.poa.md';
    await send('textDocument/didChange', {
      textDocument: { uri: 'untitled:never-opened.poa.md', version: 2 },
      contentChanges: [{ text: 'x' }],
    });
    await send('textDocument/didClose', { textDocument: { uri: 'untitled:never-opened.poa.md' } });
    await send('textDocument/didOpen', { textDocument: { uri, languageId: 'poa', version: 1, text: plan } });
    await send('textDocument/didOpen', { textDocument: { uri, languageId: 'poa', version: 1, text: noRootCause } });
    await send('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        { range: { start: { line: 1_000_000, character: 5 }, end: { line: 2_000_000, character: 0 } }, text: '\nPast the end.' },
      ],
    });
    await send('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: 3, character: 9 }, end: { line: 1, character: 2 } }, text: 'reversed' }],
    });
    await send('textDocument/didChange', {
      textDocument: { uri, version: 4 },
      contentChanges: [
        { range: { start: { line: -1, character: -7 }, end: { line: 0, character: 999 } }, text: '\u0000\ud800\udfff\ud83d' },
      ],
    });
    await send('textDocument/didChange', { textDocument: { uri, version: 1 }, contentChanges: [{ text: plan }] });
    await send('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [] });
    await send('textDocument/didChange', {
      textDocument: { uri, version: 6 },
      contentChanges: [{ text: `${'\u0000'.repeat(1000)}\ud800${plan}\udc00` }],
    });
    await send('textDocument/didChange', { textDocument: { uri, version: 7 } });
    await send('textDocument/didChange', { textDocument: { uri, version: 8 }, contentChanges: [{ range: null, text: 42 }] });
    for (const method of ['textDocument/hover', 'textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/completion']) {
      count('faults injected');
      await server.connection
        .sendRequest(method, { textDocument: { uri: 'untitled:never-opened.poa.md' }, position: { line: 99, character: 99 } })
        .catch(() => undefined);
    }
    count('faults injected');
    await server.connection
      .sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: -5, character: 0 }, end: { line: 1e9, character: 0 } },
        context: {
          diagnostics: [
            {
              range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
              message: 'x',
              source: 'poa',
              code: 'blame',
              data: { fixes: [{ title: 't', edits: 'nope' }] },
            },
          ],
        },
      })
      .catch(() => undefined);
    assert.ok(isAlive(server), 'the server survives');
    // And it still lints: a fresh document gets exactly what a fresh lint gives.
    const fresh = 'untitled:after-abuse.poa.md';
    await server.open(fresh, plan);
    assert.deepEqual(comparable((await publishedFor(server, fresh, 1)).diagnostics), expectedDiagnostics(plan, 'markdown'));
    assert.ok(!server.stderr.join('').includes('    at '), `no stack trace on stderr: ${server.stderr.join('')}`);
  });

  it('a hostile .poarc.json by the plan (broken JSON, a folder, a FIFO, 2 MB) gives a message naming it; the defaults stay', async () => {
    const root = mkdtempSync(join(tmpdir(), 'poa-adv-rc-'));
    const cases: { name: string; make: (path: string) => void }[] = [
      { name: 'broken', make: (p) => writeFileSync(p, '{"rules": {"blame": "off",, }') },
      { name: 'folder', make: (p) => mkdirSync(p) },
      { name: 'huge', make: (p) => writeFileSync(p, `{"vocabulary": {"blame": [${'"x",'.repeat(500_000)}"y"]}}`) },
      { name: 'not-an-object', make: (p) => writeFileSync(p, '["rules"]') },
    ];
    if (process.platform !== 'win32') cases.push({ name: 'fifo', make: (p) => execFileSync('mkfifo', [p]) });
    server = new TestServer({ configuration: () => ({ debounceMs: 0 }) });
    await server.initialize();
    for (const { name, make } of cases) {
      count('faults injected');
      const dir = join(root, name);
      mkdirSync(dir);
      make(join(dir, '.poarc.json'));
      const uri = fileUri(join(dir, 'plan.poa.md'));
      await server.open(uri, plan);
      const published = await publishedFor(server, uri, 1);
      assert.deepEqual(comparable(published.diagnostics), expectedDiagnostics(plan, 'markdown'), `${name}: the defaults stay in force`);
      const messages = server.logs.filter((m) => m.includes(join(dir, '.poarc.json')));
      assert.ok(messages.length >= 1, `${name}: a message names the file: ${server.logs.join(' | ')}`);
    }
    assert.ok(isAlive(server));
  });
});
