import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { ruleIds } from '../server/src/registry';

const cli = join(__dirname, '..', 'dist', 'cli.js');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd });

// The SARIF 2.1.0 schema as Microsoft's SARIF SDK ships it (draft-04, hence ajv-draft-04).
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
// The schema's language-tag pattern has a stray bracket, an error only in a unicode regular expression.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const plan = [
  'Root cause:',
  '🚚 The delay was caused by the carrier.',
  '',
  'Actions taken:',
  '• On March 15, 2026 our operations manager moved the packing shift to 7 AM.',
  '',
  'Preventive measures:',
  '• We will try harder.',
  '',
].join('\n');

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId?: string };
      region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
    };
  }[];
}

describe('command line: --format sarif', function () {
  this.timeout(20_000);
  let dir: string;
  let log: {
    version: string;
    runs: {
      tool: { driver: { name: string; version: string; rules: { id: string; fullDescription: { text: string }; helpUri: string }[] } };
      originalUriBaseIds: Record<string, { uri: string }>;
      results: SarifResult[];
    }[];
  };
  let status: number | null;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'poa-sarif-'));
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'late shipments.poa.txt'), plan);
    const result = run(['--format', 'sarif', 'drafts'], dir);
    status = result.status;
    log = JSON.parse(result.stdout);
  });

  it('is a valid SARIF 2.1.0 log by the official JSON schema', () => {
    const valid = validate(log);
    assert.ok(valid, ajv.errorsText(validate.errors, { separator: '\n' }));
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    assert.equal(status, 0, 'warnings only: the exit code is the same as with any format');
  });

  it('names the tool and every rule with its doc as description and its default level', () => {
    const { driver } = log.runs[0].tool;
    assert.equal(driver.name, 'poa-lint');
    assert.match(driver.version, /^\d+\.\d+\.\d+/);
    assert.deepEqual(
      driver.rules.map((rule) => rule.id),
      ruleIds,
    );
    const blame = driver.rules.find((rule) => rule.id === 'blame');
    assert.match(blame?.fullDescription.text ?? '', /^A sentence that puts the responsibility on someone else/);
    assert.ok(blame?.helpUri.endsWith('/rules/blame.md'), blame?.helpUri);
    assert.deepEqual((blame as unknown as { defaultConfiguration: unknown }).defaultConfiguration, { level: 'warning' });
  });

  it('places each result at 1-based lines and UTF-16 columns, in a path relative to the folder it ran in', () => {
    const { results, originalUriBaseIds } = log.runs[0];
    assert.equal(originalUriBaseIds.SRCROOT.uri, pathToFileURL(dir).href + '/');
    const blame = results.find((result) => result.ruleId === 'blame');
    assert.ok(blame, JSON.stringify(results.map((r) => r.ruleId)));
    assert.equal(blame.level, 'warning');
    assert.match(blame.message.text, /carrier/);
    assert.equal(blame.ruleIndex, ruleIds.indexOf('blame'));
    const { artifactLocation, region } = blame.locations[0].physicalLocation;
    assert.deepEqual(artifactLocation, { uri: 'drafts/late%20shipments.poa.txt', uriBaseId: 'SRCROOT' });
    // 🚚 is two UTF-16 code units: the sentence after it starts at column 4, and ends one past its full stop.
    assert.deepEqual(region, { startLine: 2, startColumn: 4, endLine: 2, endColumn: 40 });
  });

  it('gives info findings as notes', () => {
    const levels = new Set(log.runs[0].results.map((result) => result.level));
    assert.ok(levels.has('note'), [...levels].join(', '));
    assert.ok(!levels.has('info') && !levels.has('hint'));
  });

  it('gives a plan with no findings an empty result list, still valid', () => {
    const clean = mkdtempSync(join(tmpdir(), 'poa-sarif-'));
    writeFileSync(join(clean, 'empty.poa.md'), '');
    writeFileSync(join(clean, '.poarc.json'), JSON.stringify({ rules: Object.fromEntries(ruleIds.map((id) => [id, 'off'])) }));
    const result = run(['--format', 'sarif', 'empty.poa.md'], clean);
    assert.equal(result.status, 0, result.stderr);
    const empty = JSON.parse(result.stdout) as typeof log;
    assert.ok(validate(empty), ajv.errorsText(validate.errors));
    assert.deepEqual(empty.runs[0].results, []);
  });
});
