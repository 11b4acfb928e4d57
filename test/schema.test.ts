import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { readSettings } from '../server/src/common/settings';
import { readConfigFile } from '../server/src/config/config-file';
import { configSchema } from '../server/src/config/schema';
import { ruleIds, rules } from '../server/src/registry';

const root = join(__dirname, '..');
const schemaPath = join(root, 'schemas', 'poarc.schema.json');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Configs a seller might write, right and wrong; the schema and the reader must judge each alike. */
const configs: unknown[] = [
  {},
  { $schema: './node_modules/poa-lint/schemas/poarc.schema.json' },
  { rules: { blame: 'off', 'untimed-action': 'error', 'disable-comment': 'hint' } },
  { rules: { blame: 'loud' } },
  { rules: { blam: 'off' } },
  { rules: 'off' },
  { maxWords: 600, maxSentenceWords: 30 },
  { maxWords: 0 },
  { maxWords: 12.5 },
  { maxWords: '800' },
  { sections: { aliases: { 'root-cause': ['Problem analysis'], 'preventive-measures': ['Going forward'] } } },
  { sections: { aliases: { summary: ['Overview'] } } },
  { sections: { aliases: { 'root-cause': 'Problem analysis' } } },
  { sections: { alias: {} } },
  { sections: [] },
  { vocabulary: { blame: ["the courier's depot"], vague: ['as needed'] } },
  { vocabulary: { blame: 'carrier' } },
  { vocabulary: { blame: [3] } },
  { vocabulary: { blame: ['x'.repeat(201)] } },
  { vocabulary: { hedging: ['maybe'] } },
  { run: 'onSave', debounceMs: 0 },
  { run: 'always' },
  { debounceMs: -1 },
  { maxword: 10 },
  [],
  'rules',
];

describe('.poarc.json schema', () => {
  it('schemas/poarc.schema.json is the one the settings table and the rule list give (UPDATE_SCHEMA=1 rewrites it)', () => {
    const generated = `${JSON.stringify(configSchema(rules), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA) writeFileSync(schemaPath, generated);
    assert.equal(readFileSync(schemaPath, 'utf8'), generated);
  });

  it('is registered for .poarc.json, which VS Code opens as JSON with comments', () => {
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.poarc.json', url: './schemas/poarc.schema.json' }]);
    assert.ok(
      manifest.contributes.languages.some(
        (l: { id: string; filenames?: string[] }) => l.id === 'jsonc' && l.filenames?.includes('.poarc.json'),
      ),
    );
  });

  it('completes every rule id with its levels and describes it', () => {
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
    const ruleProperties = schema.properties.rules.properties;
    assert.deepEqual(Object.keys(ruleProperties).sort(), [...ruleIds].sort());
    assert.deepEqual(ruleProperties.blame.enum, ['off', 'hint', 'info', 'warning', 'error']);
    assert.match(ruleProperties.blame.markdownDescription, /default: `warning`/);
  });

  let validate: ValidateFunction;
  before(() => {
    validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  });
  for (const config of configs) {
    it(`agrees with the CLI and the server on ${JSON.stringify(config).slice(0, 90)}`, () => {
      const { problems } = readSettings(config, ruleIds);
      const schemaErrors = validate(config) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
      assert.equal(
        schemaErrors.length === 0,
        problems.length === 0,
        `schema: ${schemaErrors.join('; ')}; reader: ${JSON.stringify(problems)}`,
      );
    });
  }

  it('the file as written, comments and all, is read the same way', () => {
    const dir = mkdtempSync(join(tmpdir(), 'poa-schema-'));
    const path = join(dir, '.poarc.json');
    writeFileSync(path, '{\n  // a comment VS Code allows in a JSONC file\n  "$schema": "x",\n  "rules": { "blame": "off", },\n}\n');
    assert.deepEqual(readConfigFile(path, ruleIds).problems, []);
  });
});
