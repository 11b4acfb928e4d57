import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { ruleIds } from '../server/src/registry';

const cli = join(__dirname, '..', 'dist', 'cli.js');

const plan = [
  '## Root cause',
  '',
  'The delay was caused by the carrier 🚚.',
  '',
  '## Actions taken',
  '',
  '- On March 3, 2026 we refunded 14 buyers.',
  '',
].join('\n');

interface ToolResult {
  isError?: boolean;
  content: { type: string; text: string }[];
}

interface LintAnswer {
  findings: {
    ruleId: string;
    severity: string;
    message: string;
    start: number;
    end: number;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    fixes: { title: string; edits: { start: number; end: number; newText: string }[] }[];
  }[];
}

describe('poa-lint mcp (Model Context Protocol over stdio)', function () {
  this.timeout(60_000);
  let client: Client;
  let stderr = '';
  let root: string;
  let outside: string;

  const call = async (name: string, args: Record<string, unknown>) => (await client.callTool({ name, arguments: args })) as ToolResult;
  const json = <T>(result: ToolResult): T => {
    assert.ok(!result.isError, result.content[0]?.text);
    return JSON.parse(result.content[0].text) as T;
  };
  /** A refusal: a tool error with a message, or a protocol error; either way, the server still answers. */
  const refusal = async (name: string, args: Record<string, unknown>): Promise<string> => {
    try {
      const result = await call(name, args);
      assert.equal(result.isError, true, `refused: ${result.content[0]?.text.slice(0, 200)}`);
      return result.content[0].text;
    } catch (error) {
      return (error as Error).message;
    }
  };

  before(async () => {
    const base = realpathSync(mkdtempSync(join(tmpdir(), 'poa-mcp-')));
    root = join(base, 'workspace');
    outside = join(base, 'secret.poa.md');
    mkdirSync(join(root, 'drafts'), { recursive: true });
    writeFileSync(join(root, 'drafts', 'appeal.poa.md'), plan);
    writeFileSync(join(root, 'drafts', 'notes.txt'), 'not a plan');
    writeFileSync(join(root, '.poarc.json'), JSON.stringify({ rules: { blame: 'error' } }));
    writeFileSync(outside, '## Root cause\n\nThe password is hunter2. TODO\n');
    // A .poarc.json above the folder must not be read either.
    writeFileSync(join(base, '.poarc.json'), JSON.stringify({ rules: { 'missing-preventive-measures': 'off' } }));
    symlinkSync(outside, join(root, 'drafts', 'link.poa.md'));
    const transport = new StdioClientTransport({ command: process.execPath, args: [cli, 'mcp'], cwd: root, stderr: 'pipe' });
    transport.stderr?.on('data', (chunk) => (stderr += String(chunk)));
    client = new Client({ name: 'poa-lint-test', version: '1.0.0' });
    await client.connect(transport);
  });

  after(async () => client?.close());

  it('names itself and offers the lint, lint_file, export and list_rules tools', async () => {
    assert.equal(client.getServerVersion()?.name, 'poa-lint');
    const { tools } = await client.listTools();
    assert.deepEqual(tools.map((tool) => tool.name).sort(), ['export', 'lint', 'lint_file', 'list_rules']);
    for (const tool of tools) assert.ok(tool.description && tool.description.length > 40, tool.name);
  });

  it('lint: findings with rule, severity, 1-based UTF-16 positions, offsets and fixes as text edits', async () => {
    const { findings } = json<LintAnswer>(await call('lint', { text: plan }));
    const blame = findings.find((f) => f.ruleId === 'blame')!;
    assert.ok(blame, findings.map((f) => f.ruleId).join(', '));
    assert.deepEqual([blame.severity, blame.line, blame.column], ['warning', 3, 1]);
    assert.equal(plan.slice(blame.start, blame.end), 'The delay was caused by the carrier 🚚.');
    assert.equal(blame.endColumn, 'The delay was caused by the carrier 🚚.'.length + 1, 'UTF-16 columns: the emoji counts 2');
    const missing = findings.find((f) => f.ruleId === 'missing-preventive-measures')!;
    assert.equal(missing.severity, 'error');
    const insert = missing.fixes[0].edits[0];
    assert.match(insert.newText, /Preventive measures/);
    const fixed = plan.slice(0, insert.start) + insert.newText + plan.slice(insert.end);
    const after = json<LintAnswer>(await call('lint', { text: fixed }));
    assert.ok(!after.findings.some((f) => f.ruleId === 'missing-preventive-measures'), 'the fix, applied, answers the finding');
  });

  it('lint: reads plain text, settings as in .poarc.json, and a notice that is never judged as the seller words', async () => {
    const plain = 'Root cause:\nThe delay was caused by the carrier.\n';
    const asText = json<LintAnswer>(await call('lint', { text: plain, format: 'txt', settings: { rules: { blame: 'off' } } }));
    assert.ok(asText.findings.some((f) => f.ruleId === 'missing-actions-taken'));
    assert.ok(!asText.findings.some((f) => f.ruleId === 'blame'));
    const notice = 'Your account has been deactivated!!! The carrier was late. TODO [Date]';
    for (const format of ['md', 'txt']) {
      const withNotice = json<LintAnswer>(await call('lint', { text: format === 'md' ? plan : plain, format, notice }));
      const without = json<LintAnswer>(await call('lint', { text: format === 'md' ? plan : plain, format }));
      assert.deepEqual(withNotice.findings, without.findings, `${format}: the notice adds no finding and moves none`);
    }
  });

  it('lint: a bad setting is refused with its key named', async () => {
    assert.match(await refusal('lint', { text: plan, settings: { rules: { blame: 'loud' } } }), /rules\.blame/);
  });

  it('export: the plain text and its word count; with section, one field and its characters', async () => {
    const whole = json<{ text: string; words: number }>(await call('export', { text: plan }));
    assert.match(whole.text, /^Root cause:\nThe delay/);
    assert.ok(whole.words > 10);
    const actions = json<{ text: string; characters: number }>(await call('export', { text: plan, section: 'actions' }));
    assert.deepEqual(actions, { field: 'actions', text: '• On March 3, 2026 we refunded 14 buyers.\n', words: 8, characters: 41 });
  });

  it('list_rules: every rule with its default severity and what it flags', async () => {
    const listed = json<{ id: string; defaultSeverity: string; summary: string }[]>(await call('list_rules', {}));
    assert.deepEqual(
      listed.map((rule) => rule.id),
      ruleIds,
    );
    assert.ok(listed.every((rule) => rule.summary.length > 20));
  });

  it('lint_file: a plan inside the folder, with the .poarc.json between it and the folder, none above', async () => {
    const answer = json<LintAnswer & { file: string }>(await call('lint_file', { path: 'drafts/appeal.poa.md' }));
    assert.equal(answer.file, 'drafts/appeal.poa.md');
    assert.equal(answer.findings.find((f) => f.ruleId === 'blame')?.severity, 'error', 'the folder’s .poarc.json');
    assert.ok(
      answer.findings.some((f) => f.ruleId === 'missing-preventive-measures'),
      'the .poarc.json above the folder is not read',
    );
  });

  it('lint_file: refuses paths that climb out, absolute paths, links that lead out, and files that are not plans', async () => {
    for (const path of ['../secret.poa.md', `drafts/${'../'.repeat(2)}secret.poa.md`, '..', outside]) {
      const message = await refusal('lint_file', { path });
      assert.match(message, /outside the folder|is absolute|not a plan/, `${path}: ${message}`);
      assert.doesNotMatch(message, /hunter2/);
    }
    assert.match(await refusal('lint_file', { path: 'drafts/link.poa.md' }), /leads outside the folder/);
    assert.match(await refusal('lint_file', { path: 'drafts/notes.txt' }), /not a plan/);
    assert.match(await refusal('lint_file', { path: '.poarc.json' }), /not a plan/);
    assert.match(await refusal('lint_file', { path: 'drafts/none.poa.md' }), /no such file/);
    assert.match(await refusal('lint_file', { path: 'drafts/\u0000.poa.md' }), /NUL/);
  });

  it('refuses hostile requests with a message and keeps serving: 5 MB of text, wrong types, unknown tools', async () => {
    const started = Date.now();
    assert.match(await refusal('lint', { text: 'x'.repeat(5 * 1024 * 1024) }), /longer than 1,000,000 characters/);
    assert.ok(Date.now() - started < 15_000, 'refused before any analysis');
    for (const args of [{ text: 42 }, {}, { text: plan, format: 'pdf' }, { text: plan, settings: 'all' }, { text: ['a'] }]) {
      assert.ok((await refusal('lint', args)).length > 0, JSON.stringify(args));
    }
    assert.ok((await refusal('export', { text: plan, section: 'summary' })).length > 0);
    assert.ok((await refusal('lint_file', { path: 7 })).length > 0);
    assert.ok((await refusal('no_such_tool', {})).length > 0);
    const { findings } = json<LintAnswer>(await call('lint', { text: plan }));
    assert.ok(findings.length > 0, 'still serving');
    assert.doesNotMatch(stderr, /at .*\(.*:\d+:\d+\)/, 'no stack trace');
  });
});
