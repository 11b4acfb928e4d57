import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestServer } from '../support/lsp';
import { anyDocument, composedDocument, seedDocuments, splice } from './support/documents';
import { comparable, expectedDiagnostics, isAlive, publishedFor } from './support/server';
import { count, runs } from './support/tally';

/** One change inside a didChange: at a relative position, remove some text and insert some. */
const change = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(
    { weight: 4, arbitrary: fc.constant(0) },
    { weight: 4, arbitrary: fc.integer({ min: 1, max: 40 }) },
    { weight: 1, arbitrary: fc.integer({ min: 41, max: 5000 }) },
  ),
  insert: fc.oneof(
    { weight: 4, arbitrary: splice },
    { weight: 2, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: composedDocument.map((t) => t.slice(0, 3000)) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  ),
  wholeText: fc.oneof({ weight: 30, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
});

type Change = typeof change extends fc.Arbitrary<infer T> ? T : never;

/** A didChange notification, and whether the editor waits for its diagnostics before typing on. */
const step = fc.record({
  changes: fc.array(change, { minLength: 1, maxLength: 3 }),
  wait: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
});

/** An offset an editor could send: never between \r and \n (no LSP position names that point). */
function snap(text: string, offset: number): number {
  return offset > 0 && text[offset - 1] === '\r' && text[offset] === '\n' ? offset - 1 : offset;
}

/** Applies a change to the text as the client holds it, and says what the client sends. */
function applyChange(text: string, { at, remove, insert, wholeText }: Change): { text: string; event: TextDocumentContentChangeEvent } {
  if (wholeText) return { text: insert, event: { text: insert } };
  const client = TextDocument.create('file:///client.poa', 'poa', 1, text);
  const start = snap(text, Math.floor(at * text.length));
  let end = Math.min(text.length, start + remove);
  if (end > 0 && text[end - 1] === '\r' && text[end] === '\n') end++;
  return {
    text: text.slice(0, start) + insert + text.slice(end),
    event: { range: { start: client.positionAt(start), end: client.positionAt(end) }, text: insert },
  };
}

describe('any edit sequence', function () {
  this.timeout(300_000);
  const seeds = seedDocuments();
  let server: TestServer;
  let documentNumber = 0;

  before(async () => {
    server = new TestServer({ configuration: () => ({ debounceMs: 0 }) });
    await server.initialize();
  });
  after(async () => server?.stop());

  it('after random incremental edits over stdio, the diagnostics of the last version equal a fresh lint of the final text', async () => {
    const documents = anyDocument(seeds).filter(({ text }) => text.length < 40_000);
    await fc.assert(
      fc.asyncProperty(documents, fc.array(step, { minLength: 1, maxLength: 25 }), async ({ text: initial, format }, steps) => {
        const uri = `untitled:adversarial-${++documentNumber}.${format === 'plain' ? 'poa.txt' : 'poa.md'}`;
        count('edit sequences run');
        let text = initial;
        let version = 1;
        await server.open(uri, text, 'poa', version);
        for (const { changes, wait } of steps) {
          const contentChanges: TextDocumentContentChangeEvent[] = [];
          for (const c of changes) {
            const applied = applyChange(text, c);
            text = applied.text;
            contentChanges.push(applied.event);
            count('edits sent');
          }
          version++;
          await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
          // Now and then the editor waits for the analysis, so that later runs reuse what it cached.
          if (wait) await publishedFor(server, uri, version);
        }
        const published = await publishedFor(server, uri, version);
        assert.deepEqual(
          comparable(published.diagnostics),
          expectedDiagnostics(text, format),
          `${uri} v${version}: ${JSON.stringify(text.slice(0, 800))}`,
        );
        await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      }),
      { numRuns: runs(60) },
    );
    assert.ok(isAlive(server), 'the server is still running');
    assert.deepEqual(
      server.logs.filter((m) => /failed/.test(m)),
      [],
      'no rule or analysis failed',
    );
  });
});
