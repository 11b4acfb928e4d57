import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultSettings, readSettings, ruleLevels, settingDescriptions, settingsTable } from '../server/src/common/settings';
import { rules } from '../server/src/registry';
import { findingLine, fixturesRoot, lintFixture, readExpected, ruleOfLine } from './support/fixtures';

const root = join(__dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

describe('manifest', () => {
  it('rule ids are unique and kebab-case', () => {
    const ids = rules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z]+(?:-[a-z]+)*$/);
  });

  for (const rule of rules) {
    it(`${rule.id} has a doc with a bad and a good example`, () => {
      const path = join(root, 'server', 'src', 'rules', `${rule.id}.md`);
      assert.ok(existsSync(path), `${path} exists`);
      const doc = readFileSync(path, 'utf8');
      assert.match(doc, new RegExp(`^# ${rule.id}$`, 'm'));
      assert.match(doc, new RegExp(`\\*\\*Default:\\*\\* ${rule.defaultSeverity}`));
      assert.match(doc, /^## Bad$/m);
      assert.match(doc, /^## Good$/m);
    });

    it(`${rule.id} has a fixture that fires it and one that stays clean of it`, () => {
      const dir = join(fixturesRoot, rule.id);
      assert.ok(existsSync(dir), `test/fixtures/${rule.id}/ exists`);
      const files = readdirSync(dir).filter((f) => /\.poa(\.md|\.txt)?$/.test(f));
      const fires = files.some((f) =>
        readExpected(join(dir, f.replace(/\.poa(\.md|\.txt)?$/, '.expected'))).some((l) => ruleOfLine(l) === rule.id),
      );
      assert.ok(fires, `a fixture in test/fixtures/${rule.id}/ expects ${rule.id}`);
      const cleanOfIt = readdirSync(fixturesRoot)
        .flatMap((d) =>
          existsSync(join(fixturesRoot, d)) && !d.includes('.')
            ? readdirSync(join(fixturesRoot, d)).map((f) => join(fixturesRoot, d, f))
            : [],
        )
        .filter((f) => /\.poa(\.md|\.txt)?$/.test(f))
        .some(
          (f) =>
            !lintFixture(f)
              .findings.map(findingLine)
              .some((l) => ruleOfLine(l) === rule.id),
        );
      assert.ok(cleanOfIt, `some fixture stays clean of ${rule.id}`);
    });
  }

  it("package.json's settings are the settings table's, key for key: type, default, description and schema", () => {
    const contributed = manifest.contributes.configuration.properties;
    assert.deepEqual(Object.keys(contributed).sort(), settingDescriptions.map((s) => `poa.${s.key}`).sort());
    for (const setting of settingDescriptions) {
      const property = contributed[`poa.${setting.key}`];
      assert.equal(property.type, setting.type, `poa.${setting.key} type`);
      assert.deepEqual(property.default, setting.default, `poa.${setting.key} default`);
      assert.equal(property.markdownDescription, setting.description, `poa.${setting.key} description`);
      for (const [name, value] of Object.entries(setting.schema ?? {}))
        assert.deepEqual(property[name], value, `poa.${setting.key} ${name}`);
      assert.equal(property.scope, setting.key === 'trace.server' ? 'window' : 'resource', `poa.${setting.key} scope`);
    }
  });

  it('poa.rules lists every rule id, with its levels, default and description, so the settings editor completes them', () => {
    const property = manifest.contributes.configuration.properties['poa.rules'];
    assert.deepEqual(Object.keys(property.properties).sort(), rules.map((rule) => rule.id).sort());
    for (const rule of rules) {
      const entry = property.properties[rule.id];
      assert.deepEqual(entry.enum, [...ruleLevels], rule.id);
      assert.equal(entry.markdownDescription, `${rule.description} Default: \`${rule.defaultSeverity}\`.`, rule.id);
    }
  });

  it("the defaults are the settings table's, and every setting the table reads round-trips through readSettings", () => {
    for (const spec of Object.values(settingsTable)) {
      const path = spec.key.split('.');
      const fromDefaults = path.reduce<unknown>((value, name) => (value as Record<string, unknown>)[name], defaultSettings);
      assert.deepEqual(fromDefaults, spec.default, spec.key);
      const raw = path.reduceRight<unknown>((value, name) => ({ [name]: value }), spec.default);
      assert.deepEqual(readSettings(raw, []).problems, [], `${spec.key}: its default reads without a problem`);
    }
  });

  it('declares the poa language for .poa.md, .poa.txt and .poa, a grammar, activation and the CLI', () => {
    const language = manifest.contributes.languages.find((l: { id: string }) => l.id === 'poa');
    assert.deepEqual(language.extensions, ['.poa.md', '.poa.txt', '.poa']);
    assert.ok(manifest.activationEvents.includes('onLanguage:poa'));
    assert.equal(manifest.bin['poa-lint'], 'dist/cli.js');
    assert.equal(manifest.main, './dist/extension.js');
    assert.match(manifest.engines.node, />=20/);
    for (const grammar of manifest.contributes.grammars) assert.ok(existsSync(join(root, grammar.path)), grammar.path);
  });

  it('the walkthrough shows media that exist and ships them, and its links run contributed commands', () => {
    const contributed = new Set(manifest.contributes.commands.map((c: { command: string }) => c.command));
    const shipped: string[] = manifest.files;
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.deepEqual(
      walkthrough.steps.map((s: { id: string }) => s.id),
      ['template', 'fix', 'notice', 'export'],
    );
    for (const step of walkthrough.steps as { description: string; media: { markdown: string }; completionEvents?: string[] }[]) {
      assert.ok(existsSync(join(root, step.media.markdown)), step.media.markdown);
      assert.ok(shipped.includes(step.media.markdown.replace(/[\w-]+\.md$/, '*.md')), `${step.media.markdown} is in the package`);
      for (const link of step.description.matchAll(/\(command:([\w.]+)\)/g)) assert.ok(contributed.has(link[1]), link[1]);
      for (const event of step.completionEvents ?? []) assert.ok(contributed.has(event.replace(/^onCommand:/, '')), event);
    }
  });

  it('activates on Markdown and plain text too, so that a draft that reads like a plan can be offered; offers a new plan', () => {
    assert.deepEqual(manifest.activationEvents, ['onLanguage:poa', 'onLanguage:markdown', 'onLanguage:plaintext']);
    assert.ok(manifest.contributes.commands.some((c: { command: string; title: string }) => c.command === 'poa.newPlan'));
  });

  it('every command the extension contributes has a POA title', () => {
    for (const command of manifest.contributes.commands) {
      assert.match(command.command, /^poa\./);
      assert.equal(command.category, 'POA');
    }
  });
});

// The project's README links the docs in the sources; the sellers' README (the .vsix's) the copies the package ships.
for (const [name, docs] of [
  ['README.md', 'server/src/rules'],
  ['README.marketplace.md', 'dist/rules'],
]) {
  describe(name, () => {
    const readme = readFileSync(join(root, name), 'utf8');
    const table = readme.split('<!-- rules-table:start -->')[1]?.split('<!-- rules-table:end -->')[0] ?? '';

    it('lists every rule with its default severity and a link to its doc', () => {
      for (const rule of rules) {
        assert.match(
          table,
          new RegExp(`\\| \\[${rule.id}\\]\\(${docs}/${rule.id}\\.md\\) \\| ${rule.defaultSeverity} \\|`),
          `${name} rules table row for ${rule.id}`,
        );
      }
      const rows = table.split('\n').filter((line) => line.startsWith('| ['));
      assert.equal(rows.length, rules.length, 'no rows for rules that do not exist');
    });
  });
}
