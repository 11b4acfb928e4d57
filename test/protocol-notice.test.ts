import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodeAction, CodeLens, Diagnostic, DocumentLink, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { applyTextEdits } from './support/edits';
import { fileUri, positionAt, TestServer } from './support/lsp';

const plan = [
  '---',
  'notified: 2026-11-20',
  '---',
  '',
  '```notification',
  'We received a report from a rights owner alleging trademark infringement.',
  'Brand : Kettlewise',
  'ASIN: B0KTL00001 Title : Stainless kettle',
  'ASIN: B0KTL00002 Title : Glass kettle',
  'ASIN: B0KTL00003 Title : Travel kettle',
  'Send us your plan of action within 17 days.',
  '```',
  '',
  '## Root cause',
  '',
  'We listed Kettlewise kettles bought from a wholesaler we never asked for a letter of authorisation.',
  '',
  '## Actions taken',
  '',
  '- On March 3, 2026 we deleted the listings of B0KTL00001 and B0KTL00002.',
  '- Attachment 1: retraction.pdf',
  '',
].join('\n');

describe('the notice over stdio', function () {
  this.timeout(20_000);
  let server: TestServer;
  let uri: string;
  let diagnostics: Diagnostic[];
  beforeEach(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'poa-notice-'));
    writeFileSync(join(dir, 'retraction.pdf'), '%PDF-1.4\n');
    const path = join(dir, 'kettles.poa.md');
    writeFileSync(path, plan);
    uri = fileUri(path);
    server = new TestServer();
    await server.initialize();
    const published = server.diagnostics(uri);
    await server.open(uri, plan);
    diagnostics = (await published).diagnostics;
  });
  afterEach(async () => server?.stop());

  it('initialize: offers code lenses and document links', () => {
    const capabilities = server.initializeResult!.capabilities;
    assert.deepEqual(capabilities.codeLensProvider, { resolveProvider: false });
    assert.deepEqual(capabilities.documentLinkProvider, { resolveProvider: false });
  });

  it('textDocument/codeLens: above the notice, how many IDs it names, how many the plan addresses, and the days left', async () => {
    const lenses: CodeLens[] = await server.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } });
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0].range.start.line, 4, 'on the fence line');
    // Within 17 days of November 20, 2026: December 7; the days left count from today.
    const left = Math.round((new Date(2026, 11, 7).getTime() - new Date(new Date().toDateString()).getTime()) / 86_400_000);
    const days = left === 0 ? 'due today' : left > 0 ? `${left} day${left === 1 ? '' : 's'} left` : `deadline passed ${-left} day`;
    assert.ok(lenses[0].command!.title.startsWith(`Notice: 3 ASINs · 2 addressed · ${days}`), lenses[0].command!.title);
  });

  it('textDocument/codeAction: the unanswered ASIN is flagged in the notice, and its fix adds it to the actions taken', async () => {
    const coverage = diagnostics.filter((d) => d.code === 'notice-coverage');
    assert.deepEqual(
      coverage.map((d) => d.range),
      [{ start: { line: 9, character: 6 }, end: { line: 9, character: 16 } }],
    );
    const actions: CodeAction[] = await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: coverage[0].range,
      context: { diagnostics: coverage },
    });
    const add = actions.find((action) => action.title === 'Add B0KTL00003 to the actions taken');
    assert.ok(add, actions.map((action) => action.title).join(', '));
    const fixed = applyTextEdits(plan, add.edit!.changes![uri]);
    assert.ok(fixed.startsWith(plan.slice(0, plan.indexOf('## Actions taken'))), 'the notice is untouched');
    assert.match(fixed, /retraction\.pdf\n- B0KTL00003: \[what you found and did about this ASIN, and when\]\n/);
  });

  it('textDocument/hover: over an ID of the notice, where the plan addresses it, or that it does not', async () => {
    const hoverAt = async (needle: string) => {
      const at = plan.indexOf(needle) + 3;
      const hover: Hover | null = await server.connection.sendRequest('textDocument/hover', {
        textDocument: { uri },
        position: positionAt(plan, at),
      });
      return (hover?.contents as MarkupContent | undefined)?.value ?? '';
    };
    assert.match(await hoverAt('B0KTL00001 Title'), /\*\*B0KTL00001\*\* \(ASIN of the notice\) is addressed in Actions taken \(line 20\)/);
    assert.match(await hoverAt('B0KTL00003 Title'), /not mentioned in your plan yet/);
  });

  it('textDocument/documentLink: an attachment that is beside the plan is a link to it', async () => {
    const links: DocumentLink[] = await server.connection.sendRequest('textDocument/documentLink', { textDocument: { uri } });
    assert.equal(links.length, 1);
    assert.match(links[0].target!, /\/retraction\.pdf$/);
    assert.deepEqual(links[0].range, { start: { line: 20, character: 16 }, end: { line: 20, character: 30 } });
  });
});

describe('a plan started from its notice, over stdio', function () {
  this.timeout(20_000);
  let server: TestServer;
  afterEach(async () => server?.stop());

  it('textDocument/codeAction: a plan that is only a notice is offered a plan for its type, with its IDs and topics', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'poa-template-'));
    const text = '```notification\nWe removed listings for trademark infringement.\nASIN: B0KTL00001\nASIN: B0KTL00002\n```\n';
    writeFileSync(join(dir, 'v1.poa.md'), text);
    const path = join(dir, 'new.poa.md');
    const withPrevious = `---\nprevious: v1.poa.md\n---\n${text}`;
    writeFileSync(path, withPrevious);
    const uri = fileUri(path);
    server = new TestServer();
    await server.initialize();
    const published = server.diagnostics(uri);
    await server.open(uri, withPrevious);
    await published;
    const actions: CodeAction[] = await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } },
      context: { diagnostics: [] },
    });
    const insert = actions.find((action) => action.title === 'Insert a plan for this notice (a trademark complaint)');
    assert.ok(insert, actions.map((action) => action.title).join(', '));
    const fixed = applyTextEdits(withPrevious, insert.edit!.changes![uri]);
    assert.ok(fixed.startsWith(withPrevious), 'the notice is untouched; the plan comes after it');
    assert.match(fixed, /## Actions taken\n\n- B0KTL00001: \[what you found and did about this ASIN, and when\]\n- B0KTL00002: /);
    assert.match(fixed, /- \[contact with the rights owner \(a retraction\) or your authorisation to use the brand\]/);

    const previous: { uri: string; path: string } | null = await server.connection.sendRequest('poa/previousVersion', { uri });
    assert.deepEqual(previous, { uri: fileUri(join(dir, 'v1.poa.md')), path: 'v1.poa.md' });
  });
});
