import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeSettings, readSettings } from '../server/src/common/settings';
import { exportFormField } from '../server/src/engine/export';
import { parsePlanOfAction } from '../server/src/engine/parse';
import { ruleIds } from '../server/src/registry';
import { lint } from './support/lint';

const cli = join(__dirname, '..', 'dist', 'cli.js');

const markdown = [
  '# Plan of Action: Late Shipment Rate',
  '',
  'Seller ID: A2T7K9QX4M1LZ8',
  '',
  '## Root cause',
  '',
  '- Our packing shift started at 1 PM, after the **2 PM** UPS pickup had been booked.',
  '',
  '### What we found in the orders',
  '',
  '46 of 742 orders were confirmed late 🚚.',
  '',
  '## Actions taken',
  '',
  '1. On October 25, 2026 our operations manager moved the shift to 8 AM.',
  '',
  '## Preventive measures',
  '',
  '- Every Monday at 9 AM our operations manager reviews the late shipment rate.',
  '',
  '## Supporting documents',
  '',
  '- The new shift rota, see [the rota](https://example.com/rota.pdf).',
  '',
].join('\n');

const field = (text: string, name: Parameters<typeof exportFormField>[1], format: 'markdown' | 'plain' = 'markdown') =>
  exportFormField(parsePlanOfAction(text, { format }), name);

describe("Seller Central's form, one field at a time", () => {
  it('gives a main section its body without the label (the form asks the question), Markdown removed', () => {
    assert.equal(field(markdown, 'actions').text, '1) On October 25, 2026 our operations manager moved the shift to 8 AM.\n');
    assert.equal(field(markdown, 'prevention').text, '• Every Monday at 9 AM our operations manager reviews the late shipment rate.\n');
  });

  it('keeps a sub-heading under a main section in that field, as a label line', () => {
    const { text } = field(markdown, 'root-cause');
    assert.equal(
      text,
      '• Our packing shift started at 1 PM, after the 2 PM UPS pickup had been booked.\n\n' +
        'What we found in the orders:\n46 of 742 orders were confirmed late 🚚.\n',
    );
  });

  it('puts any other section, label and all, in additional information; the title and what precedes the first section in none', () => {
    const { text } = field(markdown, 'additional');
    assert.equal(text, 'Supporting documents:\n• The new shift rota, see the rota (https://example.com/rota.pdf).\n');
    for (const name of ['root-cause', 'actions', 'prevention', 'additional'] as const) {
      assert.doesNotMatch(field(markdown, name).text, /Seller ID|Plan of Action/, name);
    }
  });

  it('reads pasted plain text alike, a body on its label line included', () => {
    const plain = 'Root cause: Our scale was set to ounces.\n\nActions taken:\n- On March 3, 2026 we re-weighed 22 parcels.\n';
    assert.equal(field(plain, 'root-cause', 'plain').text, 'Our scale was set to ounces.\n');
    assert.equal(field(plain, 'actions', 'plain').text, '• On March 3, 2026 we re-weighed 22 parcels.\n');
  });

  it('counts characters as a browser text box does (UTF-16 code units), the last line break left out', () => {
    const { text, characters } = field(markdown, 'root-cause');
    assert.equal(characters, text.length - 1);
    assert.ok(text.includes('🚚') && characters > Array.from(text).length - 1);
  });

  it('has no sections and no text for a field the plan does not fill', () => {
    const exported = field('## Root cause\n\nOur scale was set to ounces.\n', 'prevention');
    assert.deepEqual([exported.sections.length, exported.text, exported.characters], [0, '', 0]);
  });
});

describe('poa.form.limits and the form-limit rule', () => {
  it('reads budgets per field, and names an unknown field or a budget that is not a whole number', () => {
    const { settings, problems } = readSettings(
      { form: { limits: { 'root-cause': 2000, actions: 0, notes: 5, prevention: 1.5 } } },
      ruleIds,
    );
    assert.deepEqual(settings, { form: { limits: { 'root-cause': 2000 } } });
    assert.deepEqual(
      problems.map((p) => p.key),
      ['form.limits.actions', 'form.limits.notes', 'form.limits.prevention'],
    );
    assert.match(problems[1].message, /unknown form field; use root-cause, actions, prevention, additional/);
  });

  it('says nothing while no budget is set, however long a field is', () => {
    const long = markdown.replace('46 of 742', 'x '.repeat(3000));
    assert.ok(!lint(long).findings.some((f) => f.ruleId === 'form-limit'));
  });

  it("flags a field over its budget on the field's first label, with its count and the excess", () => {
    const { characters } = field(markdown, 'root-cause');
    const over = lint(markdown, {
      settings: mergeSettings({ form: { limits: { 'root-cause': characters - 10, actions: 2000 } } }),
    }).findings.filter((f) => f.ruleId === 'form-limit');
    assert.equal(over.length, 1);
    assert.equal(markdown.slice(over[0].start, over[0].end), 'Root cause');
    assert.match(over[0].message, new RegExp(`^The root cause is ${characters} characters .*, 10 over your budget of ${characters - 10}`));
    const atBudget = lint(markdown, { settings: mergeSettings({ form: { limits: { 'root-cause': characters } } }) });
    assert.ok(!atBudget.findings.some((f) => f.ruleId === 'form-limit'), 'a field exactly at its budget fits');
  });
});

describe('poa-lint export --section', function () {
  this.timeout(20_000);
  const dir = mkdtempSync(join(tmpdir(), 'poa-section-'));
  writeFileSync(join(dir, 'plan.poa.md'), markdown);
  const run = (args: string[]) => spawnSync(process.execPath, [cli, 'export', ...args], { cwd: dir, encoding: 'utf8' });

  it('prints one field of the form on stdout, and its words and characters on stderr', () => {
    const result = run(['--section', 'actions', 'plan.poa.md']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, '1) On October 25, 2026 our operations manager moved the shift to 8 AM.\n');
    assert.equal(result.stderr, '13 words, 70 characters\n');
  });

  it("shows the field's budget from .poarc.json beside its count", () => {
    writeFileSync(join(dir, '.poarc.json'), JSON.stringify({ form: { limits: { prevention: 2000 } } }));
    const result = run(['--section', 'prevention', 'plan.poa.md']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /^\d+ words, \d+ \/ 2,000 characters$/m);
  });

  it('exits 1 naming what is missing when the plan fills no such field, and 2 on a field that does not exist', () => {
    writeFileSync(join(dir, 'short.poa.md'), '## Root cause\n\nOur scale was set to ounces.\n');
    const missing = run(['--section', 'prevention', 'short.poa.md']);
    assert.equal(missing.status, 1);
    assert.equal(missing.stdout, '');
    assert.equal(missing.stderr, 'poa-lint: short.poa.md has nothing for the prevention field: no preventive-measures section\n');
    const bad = run(['--section', 'summary', 'plan.poa.md']);
    assert.equal(bad.status, 2);
    assert.equal(bad.stderr, 'poa-lint: --section must be root-cause, actions, prevention or additional, not "summary"\n');
  });
});
