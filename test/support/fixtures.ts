import { ruleIds } from '../../server/src/registry';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from './lint';
import { type Finding } from '../../server/src/engine/linter';
import { formatForPath } from '../../server/src/engine/parse';
import { mergeSettings } from '../../server/src/common/settings';
import { readConfigFile } from '../../server/src/config/config-file';
import { planFilesBeside } from '../../server/src/config/plan-files';

export const fixturesRoot = join(__dirname, '..', 'fixtures');
export const poaFile = /\.poa(?:\.md|\.txt)?$/;

export interface Fixture {
  /** Relative to test/fixtures, e.g. "blame/carrier.poa.md". */
  name: string;
  path: string;
  expectedPath: string;
  fixedPath: string;
}

export function listFixtures(): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const dir of readdirSync(fixturesRoot, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join(fixturesRoot, dir.name))
      .filter((f) => poaFile.test(f))
      .sort()) {
      const path = join(fixturesRoot, dir.name, file);
      const stem = path.replace(poaFile, '');
      fixtures.push({ name: `${dir.name}/${file}`, path, expectedPath: `${stem}.expected`, fixedPath: `${stem}.fixed` });
    }
  }
  return fixtures;
}

/** Lints a fixture as the CLI does: with the .poarc.json of its folder, if any, and the files beside it (sidecars, attachments). */
export function lintFixture(path: string, text = readFileSync(path, 'utf8')) {
  const config = join(path, '..', '.poarc.json');
  const settings = existsSync(config) ? mergeSettings(readConfigFile(config, ruleIds).settings) : undefined;
  return lint(text, { format: formatForPath(path), settings, sources: { path, files: planFilesBeside(path) } });
}

/** One line per finding, 1-based, end column one past the end, then the message: `3:1-3:24 warning blame This sentence…`. */
export function findingLine(finding: Finding): string {
  const { start, end } = finding.range;
  const where = `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`;
  return `${where} ${finding.severity} ${finding.ruleId} ${finding.message}`;
}

/** The rule id of an expected line. */
export function ruleOfLine(line: string): string {
  return line.split(' ')[2] ?? '';
}

export function readExpected(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}
