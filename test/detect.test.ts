import assert from 'node:assert/strict';
import { readsLikePlanOfAction } from '../server/src/engine/detect';
import { formatForPath, parsePlanOfAction } from '../server/src/engine/parse';
import { TestServer } from './support/lsp';

const reads = (name: string, text: string) => readsLikePlanOfAction(parsePlanOfAction(text, { format: formatForPath(name) }));

/** A .md or .txt file that is a plan in all but its name is offered to be linted as one; other notes are left alone. */
describe('a file that reads like a Plan of Action', () => {
  it('has labels of two of the three parts, in Markdown or pasted text', () => {
    assert.equal(reads('notes.md', '## Root cause\n\nOur scale read ounces.\n\n## Actions taken\n\n- We fixed it on May 2.\n'), true);
    assert.equal(reads('draft.txt', 'What went wrong:\nOur scale read ounces.\n\nWhat we have done:\n• We fixed it on May 2.\n'), true);
  });

  it('or says "Plan of Action" in a heading or its subject line', () => {
    assert.equal(reads('appeal.md', '# Plan of Action for account A1B2C3D4E5F6G7\n\nWe shipped 14 orders late.\n'), true);
    assert.equal(reads('appeal.txt', 'Subject: Plan of Action - late shipment rate\n\nWe shipped 14 orders late.\n'), true);
  });

  it('is not a note that names one part, or mentions a root cause in passing', () => {
    assert.equal(reads('notes.md', '## Root cause\n\nThe build broke because the cache was stale.\n'), false);
    assert.equal(reads('README.md', '# Tooling\n\nWe found the root cause of the flaky test and prevented it.\n'), false);
    assert.equal(reads('todo.txt', 'Buy milk\nCall the plan of action consultant\n'), false);
  });

  it('poa/readsLikePlan: the server judges a file it was not given, from the text sent with the request', async function () {
    this.timeout(20_000);
    const server = new TestServer();
    try {
      await server.initialize();
      const ask = (uri: string, text: string) => server.connection.sendRequest<boolean>('poa/readsLikePlan', { uri, text });
      assert.equal(await ask('file:///tmp/draft.txt', 'Root cause:\nOur scale read ounces.\n\nActions taken:\n• Fixed.\n'), true);
      assert.equal(await ask('file:///tmp/notes.md', '# Shopping\n\n- milk\n'), false);
      assert.equal(await ask('file:///tmp/huge.md', `# Plan of Action\n${'x'.repeat(200_001)}`), false, 'too long to be worth reading');
    } finally {
      await server.stop();
    }
  });
});
