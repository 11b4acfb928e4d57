import { ruleIds } from '../server/src/registry';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from './support/lint';
import { type Finding } from '../server/src/engine/linter';
import { runCli } from '../server/src/cli/main';
import { mergeSettings, type PoaSettings } from '../server/src/common/settings';
import { readConfigFile } from '../server/src/config/config-file';

/** A complete plan with one blame sentence and one vague phrase, and nothing else to report. */
const plan = [
  '## Root cause',
  'The delay was caused by the carrier. Our packing shift started after the 2 PM pickup from March 1 to March 14, 2026.',
  '',
  '## Actions taken',
  '- On March 15, 2026 our operations manager moved the packing shift to 7 AM for all 5 packers.',
  '',
  '## Preventive measures',
  '- Every Monday at 9 AM our operations manager checks the 10 slowest orders.',
  '- Starting March 16, 2026 every order is confirmed within 4 hours of pickup, as soon as possible.',
  '',
].join('\n');

const ids = (findings: Finding[]) => findings.map((f) => f.ruleId);
const lintWith = (text: string, settings: Partial<PoaSettings>, format: 'markdown' | 'plain' = 'markdown') =>
  lint(text, { format, settings: mergeSettings(settings) }).findings;

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'poa-config-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), color: false });
  return { code, stdout: out.join('\n'), stderr: err };
}

interface JsonReport {
  file: string;
  messages: { ruleId: string; severity: string; line: number }[];
}

describe('configuration', () => {
  it('the plan used here gives exactly one blame and one vague finding with the defaults', () => {
    assert.deepEqual(ids(lint(plan).findings), ['blame', 'vague']);
  });

  describe('.poarc.json rule levels', () => {
    const rc = JSON.stringify({ rules: { blame: 'off', vague: 'error' } });

    it('turns a rule off and changes a severity through lint()', () => {
      const dir = workspace({ '.poarc.json': rc });
      const config = readConfigFile(join(dir, '.poarc.json'), ruleIds);
      assert.deepEqual(config.problems, []);
      const findings = lint(plan, { settings: mergeSettings(config.settings) }).findings;
      assert.deepEqual(
        findings.map((f) => `${f.ruleId} ${f.severity}`),
        ['vague error'],
      );
    });

    it('turns a rule off and changes a severity in the CLI, which finds the nearest .poarc.json itself', async () => {
      const dir = workspace({ '.poarc.json': rc, 'plan.poa.md': plan });
      const result = await cli(['--format', 'json', join(dir, 'plan.poa.md')]);
      const [report] = JSON.parse(result.stdout) as JsonReport[];
      assert.deepEqual(
        report.messages.map((m) => `${m.ruleId} ${m.severity}`),
        ['vague error'],
      );
      assert.equal(result.code, 1, 'vague is an error now');
      assert.deepEqual(result.stderr, []);
    });

    it('the CLI takes --config FILE in place of the nearest one', async () => {
      const dir = workspace({ '.poarc.json': '{"rules": {"vague": "off"}}', 'strict.json': rc, 'plan.poa.md': plan });
      const result = await cli(['--format', 'json', '--config', join(dir, 'strict.json'), join(dir, 'plan.poa.md')]);
      assert.deepEqual(
        (JSON.parse(result.stdout) as JsonReport[])[0].messages.map((m) => m.ruleId),
        ['vague'],
      );
    });

    it('a rule set to hint or info keeps reporting at that level and the CLI exits 0', async () => {
      const dir = workspace({ '.poarc.json': '{"rules": {"blame": "hint", "vague": "info"}}', 'plan.poa.md': plan });
      const result = await cli(['--format', 'json', join(dir, 'plan.poa.md')]);
      assert.deepEqual(
        (JSON.parse(result.stdout) as JsonReport[])[0].messages.map((m) => `${m.ruleId} ${m.severity}`),
        ['blame hint', 'vague info'],
      );
      assert.equal(result.code, 0);
    });
  });

  describe('maxWords and maxSentenceWords', () => {
    it('excessive-length counts the seller’s words against maxWords', () => {
      assert.ok(!ids(lintWith(plan, {})).includes('excessive-length'), 'under the default 800');
      const short = lintWith(plan, { maxWords: 40 }).filter((f) => f.ruleId === 'excessive-length');
      assert.equal(short.length, 1);
      assert.match(short[0].message, /\d+ words, more than 40/);
      assert.equal(short[0].severity, 'warning');
    });

    it('excessive-length leaves quoted notifications and code out of the count', () => {
      const quoted = `${'> The notification says this. '.repeat(40)}\n\n\`\`\`\n${'log line\n'.repeat(200)}\`\`\`\n\n${plan}`;
      assert.ok(!ids(lintWith(quoted, { maxWords: 100 })).includes('excessive-length'));
    });

    it('the default maxWords is 800', () => {
      const padded = `${plan}\nNotes:\n${'Our team counted every bin in the warehouse. '.repeat(110)}\n`;
      assert.ok(ids(lint(padded).findings).includes('excessive-length'));
    });

    it('long-sentence follows maxSentenceWords', () => {
      assert.ok(!ids(lintWith(plan, {})).includes('long-sentence'), 'no sentence over the default 35');
      const findings = lintWith(plan, { maxSentenceWords: 15 }).filter((f) => f.ruleId === 'long-sentence');
      assert.deepEqual(
        findings.map((f) => f.range.start.line + 1),
        [2, 5, 9],
      );
      assert.match(findings[0].message, /more than 15/);
    });

    it('a bad number in .poarc.json names the key and leaves the default in force', () => {
      const dir = workspace({ '.poarc.json': '{"maxWords": "lots", "maxSentenceWords": 0}' });
      const config = readConfigFile(join(dir, '.poarc.json'), ruleIds);
      assert.equal(config.problems.length, 2);
      assert.match(config.problems[0], /\.poarc\.json:1:2: maxWords: expected a whole number/);
      assert.match(config.problems[1], /\.poarc\.json:1:22: maxSentenceWords: expected a whole number/);
      const settings = mergeSettings(config.settings);
      assert.equal(settings.maxWords, 800);
      assert.equal(settings.maxSentenceWords, 35);
    });
  });

  describe('section aliases', () => {
    const text = [
      'Lessons learned:',
      'Our scale read ounces as grams from March 1 to March 9, 2026.',
      '',
      'Fixes applied:',
      '• On March 10, 2026 our shipping lead recalibrated all 3 scales.',
      '',
      'Safeguards:',
      '• Every Monday our shipping lead weighs 5 test parcels on each scale.',
      '',
    ].join('\n');

    it('an unknown label is not a section without an alias', () => {
      assert.ok(ids(lintWith(text, {}, 'plain')).includes('missing-root-cause'));
    });

    it('labels given as aliases are read as the three sections, in plain text and as Markdown headings', () => {
      const aliases = { 'root-cause': ['Lessons learned'], 'actions-taken': ['Fixes applied'], 'preventive-measures': ['Safeguards'] };
      const plain = lint(text, { format: 'plain', settings: mergeSettings({ sections: { aliases } }) });
      assert.deepEqual(
        plain.poa.sections.map((s) => s.kind),
        ['root-cause', 'actions-taken', 'preventive-measures'],
      );
      assert.deepEqual(ids(plain.findings), []);
      const markdown = text.replace(/^(\w[^:\n]*):$/gm, '## $1').replace(/^• /gm, '- ');
      const md = lint(markdown, { format: 'markdown', settings: mergeSettings({ sections: { aliases } }) });
      assert.deepEqual(
        md.poa.sections.map((s) => s.kind),
        ['root-cause', 'actions-taken', 'preventive-measures'],
      );
      assert.deepEqual(ids(md.findings), []);
    });

    it('aliases from .poarc.json reach the CLI', async () => {
      const rc = JSON.stringify({
        sections: {
          aliases: { 'root-cause': ['Lessons learned'], 'actions-taken': ['Fixes applied'], 'preventive-measures': ['Safeguards'] },
        },
      });
      const dir = workspace({ '.poarc.json': rc, 'plan.poa.txt': text });
      const result = await cli(['--format', 'json', join(dir, 'plan.poa.txt')]);
      assert.deepEqual((JSON.parse(result.stdout) as JsonReport[])[0].messages, []);
      assert.equal(result.code, 0);
    });
  });

  describe('extra vocabulary', () => {
    const text = plan
      .replace('The delay was caused by the carrier. ', 'The hub lost track of the parcels. ')
      .replace(', as soon as possible', ', in a jiffy');

    it('extra blame and vague phrases are flagged as phrases, whatever their case and spacing', () => {
      assert.deepEqual(ids(lintWith(text, {})), []);
      const findings = lintWith(text, { vocabulary: { blame: ['the HUB lost'], vague: ['in a  jiffy'] } });
      assert.deepEqual(ids(findings), ['blame', 'vague']);
      assert.match(findings[0].message, /blame vocabulary/);
      assert.equal(text.slice(findings[1].start, findings[1].end), 'in a jiffy');
    });

    it('a phrase full of regular-expression characters matches only literally, word for word', () => {
      const vocabulary = { blame: [], vague: ['a+b (c)?'] };
      const literal = plan.replace(', as soon as possible', ', by the a+b (c)? method');
      const found = lintWith(literal, { vocabulary }).filter((f) => f.ruleId === 'vague');
      assert.equal(found.length, 1);
      // Phrases are compared as words: the punctuation between them is not part of the match.
      assert.equal(literal.slice(found[0].start, found[0].end), 'a+b (c');
      for (const near of ['aab c', 'ab', 'b', 'aaab (c)', 'a c']) {
        const other = plan.replace(', as soon as possible', `, by the ${near} method`);
        assert.ok(!lintWith(other, { vocabulary }).some((f) => f.ruleId === 'vague'), `'${near}' is not the phrase`);
      }
    });

    it('a phrase built to backtrack costs nothing on a long line', () => {
      const vocabulary = { blame: ['(a+)+$', '(x|x)*y'], vague: ['.*.*.*=.*'] };
      const long = plan.replace('The delay was caused by the carrier.', `${'a'.repeat(20_000)}!`);
      const started = performance.now();
      lintWith(long, { vocabulary });
      assert.ok(performance.now() - started < 1000);
    });

    it('vocabulary from .poarc.json reaches the CLI, added to the built-in lists', async () => {
      const dir = workspace({ '.poarc.json': JSON.stringify({ vocabulary: { blame: ['the HUB lost'] } }), 'plan.poa.md': text });
      const result = await cli(['--format', 'json', join(dir, 'plan.poa.md')]);
      assert.deepEqual(
        (JSON.parse(result.stdout) as JsonReport[])[0].messages.map((m) => m.ruleId),
        ['blame'],
      );
    });
  });

  describe('inline comments', () => {
    const blameTwice = (open: string, close: string) =>
      [
        '## Root cause',
        'The delay was caused by the carrier.',
        open,
        'The buyer did not read the size chart.',
        close,
        'Amazon made a mistake.',
        '',
        '## Actions taken',
        '- On March 15, 2026 our operations manager moved the packing shift to 7 AM for all 5 packers.',
        '',
        '## Preventive measures',
        '- Every Monday at 9 AM our operations manager checks the 10 slowest orders.',
        '- Starting March 16, 2026 every order is confirmed within 4 hours of pickup.',
        '',
      ].join('\n');
    const blameLines = (findings: Finding[]) => findings.filter((f) => f.ruleId === 'blame').map((f) => f.range.start.line + 1);

    for (const format of ['markdown', 'plain'] as const) {
      it(`poa-disable blame … poa-enable blame silences blame between them only (${format})`, () => {
        const text = blameTwice('<!-- poa-disable blame -->', '<!-- poa-enable blame -->');
        const findings = lint(text, { format }).findings;
        assert.deepEqual(blameLines(findings), [2, 6]);
        assert.deepEqual(ids(findings), ['blame', 'blame']);
      });

      it(`poa-disable blame leaves the other rules on (${format})`, () => {
        const text = blameTwice('<!-- poa-disable blame -->', 'We will do better.');
        const findings = lint(text, { format }).findings;
        assert.deepEqual(blameLines(findings), [2]);
        assert.ok(ids(findings).includes('vague'));
      });

      it(`poa-disable-next-line vague silences the next line only (${format})`, () => {
        const lines = plan.split('\n');
        lines.splice(8, 0, '<!-- poa-disable-next-line vague -->');
        lines.push('- We check every order as soon as possible since March 16, 2026.');
        const findings = lint(lines.join('\n'), { format }).findings.filter((f) => f.ruleId === 'vague');
        assert.deepEqual(
          findings.map((f) => f.range.start.line + 1),
          [lines.length],
        );
      });
    }

    it('a disable comment in a plain-text plan is not read as the seller’s words', () => {
      const text = [
        'Root cause:',
        '<!-- poa-disable-next-line blame -->',
        'The delay was caused by the carrier.',
        '',
        'Actions taken:',
        '• On March 15, 2026 our operations manager moved the packing shift to 7 AM for all 5 packers.',
        '',
        'Preventive measures:',
        '• Every Monday at 9 AM our operations manager checks the 10 slowest orders.',
        '• Starting March 16, 2026 every order is confirmed within 4 hours of pickup.',
        '',
      ].join('\n');
      assert.deepEqual(ids(lint(text, { format: 'plain' }).findings), []);
    });
  });

  describe('a broken .poarc.json', () => {
    it('that is not JSON gives one message naming the file, and the defaults stay in force', async () => {
      const dir = workspace({ '.poarc.json': '{"rules": {"blame": "off",}', 'a.poa.md': plan, 'b.poa.md': plan });
      const result = await cli(['--format', 'json', join(dir, 'a.poa.md'), join(dir, 'b.poa.md')]);
      assert.equal(result.stderr.length, 1, result.stderr.join('\n'));
      assert.ok(result.stderr[0].includes(join(dir, '.poarc.json')), result.stderr[0]);
      assert.ok(result.stderr[0].includes('.poarc.json:1:28: not valid JSON: a closing } is missing'), result.stderr[0]);
      for (const report of JSON.parse(result.stdout) as JsonReport[])
        assert.deepEqual(
          report.messages.map((m) => m.ruleId),
          ['blame', 'vague'],
        );
    });

    it('with a bad value gives one message naming the file and key; its other keys and the defaults stay in force', async () => {
      const dir = workspace({ '.poarc.json': '{"rules": {"blame": "off", "vague": "loud"}}', 'a.poa.md': plan, 'b.poa.md': plan });
      const result = await cli(['--format', 'json', join(dir, 'a.poa.md'), join(dir, 'b.poa.md')]);
      assert.equal(result.stderr.length, 1, result.stderr.join('\n'));
      assert.ok(result.stderr[0].includes(`${join(dir, '.poarc.json')}:1:28: rules.vague: expected one of`), result.stderr[0]);
      for (const report of JSON.parse(result.stdout) as JsonReport[])
        assert.deepEqual(
          report.messages.map((m) => `${m.ruleId} ${m.severity}`),
          ['vague warning'],
        );
    });

    it('reads comments and trailing commas (JSONC), as VS Code writes its own settings', () => {
      const dir = workspace({
        '.poarc.json': '// our house rules\n{\n  "maxWords": 600, /* Amazon reads fast */\n  "rules": { "blame": "off", },\n}\n',
      });
      const { problems, settings } = readConfigFile(join(dir, '.poarc.json'), ruleIds);
      assert.deepEqual(problems, []);
      assert.deepEqual(settings, { maxWords: 600, rules: { blame: 'off' } });
    });

    it('names the line and column where the JSON breaks, in words', () => {
      const dir = workspace({ '.poarc.json': '{\n  "maxWords": 600\n  "rules": {}\n}\n' });
      assert.deepEqual(readConfigFile(join(dir, '.poarc.json'), ruleIds).problems, [
        `${join(dir, '.poarc.json')}:3:3: not valid JSON: a comma is missing; the defaults are used`,
      ]);
    });

    it('names an unknown rule id and an unknown key', () => {
      const dir = workspace({ '.poarc.json': '{"rules": {"shouting": "off"}, "maxword": 10}' });
      const { problems } = readConfigFile(join(dir, '.poarc.json'), ruleIds);
      assert.equal(problems.length, 2);
      assert.ok(problems.some((p) => p.includes('.poarc.json:1:12: rules.shouting: unknown rule id')));
      assert.ok(problems.some((p) => p.includes('.poarc.json:1:32: maxword: unknown setting')));
    });

    it('with the wrong shape names the key: a vocabulary that is not a list, aliases for an unknown section', () => {
      const dir = workspace({ '.poarc.json': '{"vocabulary": {"blame": "carrier"}, "sections": {"aliases": {"summary": ["Overview"]}}}' });
      const { problems, settings } = readConfigFile(join(dir, '.poarc.json'), ruleIds);
      assert.ok(problems.some((p) => p.includes('.poarc.json:1:17: vocabulary.blame: expected a list of phrases')));
      assert.ok(problems.some((p) => p.includes('.poarc.json:1:63: sections.aliases.summary: unknown section kind')));
      assert.deepEqual(mergeSettings(settings).vocabulary.blame, []);
    });
  });
});
