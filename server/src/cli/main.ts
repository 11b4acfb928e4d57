import { existsSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { exportPlainText } from '../engine/export';
import { createLinter } from '../engine/linter';
import { formatForPath, parsePlanOfAction } from '../engine/parse';
import { mergeSettings, type PoaSettings } from '../common/settings';
import { ConfigResolver, readConfigFile } from '../config/config-file';
import { rules } from '../registry';
import { expandTargets, readTextFile, UsageError } from './files';
import { formatJson, formatStylish, type FileReport } from './format';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  color: boolean;
}

export const usage = `Usage: poa-lint [options] <file|dir|glob>...
       poa-lint export [--config FILE] <file>

Lints Amazon Plans of Action (*.poa.md, *.poa.txt, *.poa) as the editor does.

Options:
  --format stylish|json   output format (default: stylish)
  --config FILE           use this .poarc.json instead of the nearest one
  --max-warnings N        exit 1 when there are more than N warnings
  --quiet                 report errors only
  -h, --help              show this help
  -v, --version           show the version

export prints the plan as plain text for Seller Central's form (Markdown
removed, bullets as •) on stdout, and its word count on stderr.`;

/** Runs the CLI; returns the exit code: 0 clean, 1 errors or too many warnings, 2 bad usage or unreadable input. */
export function runCli(argv: string[], io: CliIo, version = '0.0.0'): number {
  try {
    return run(argv, io, version);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`poa-lint: ${error.message}`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`poa-lint: ${message.split('\n')[0]}`);
    return 2;
  }
}

function run(argv: string[], io: CliIo, version: string): number {
  if (argv[0] === 'export') return runExport(argv.slice(1), io);
  const { values, positionals } = parseCommandLine(argv, {
    format: { type: 'string', default: 'stylish' },
    config: { type: 'string' },
    'max-warnings': { type: 'string' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
    version: { type: 'boolean', short: 'v', default: false },
  });
  if (values.help) {
    io.stdout(usage);
    return 0;
  }
  if (values.version) {
    io.stdout(version);
    return 0;
  }
  if (values.format !== 'stylish' && values.format !== 'json') throw new UsageError(`--format must be stylish or json, not "${values.format}"`);
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!/^\d+$/.test(values['max-warnings'])) throw new UsageError(`--max-warnings takes a whole number, not "${values['max-warnings']}"`);
  }
  if (positionals.length === 0) throw new UsageError('no files given (see poa-lint --help)');

  const settingsFor = settingsReader(values.config, io);
  const files = expandTargets(positionals);
  const linter = createLinter({ rules });

  const reports: FileReport[] = [];
  // A file that cannot be read is named on stderr and the others are still linted: one bad file loses no report.
  let unreadable = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readTextFile(file);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.stderr(`poa-lint: ${error.message}`);
      unreadable++;
      continue;
    }
    const result = linter.lint(text, { format: formatForPath(file), settings: settingsFor(file) });
    for (const failure of result.failures) io.stderr(`poa-lint: rule ${failure.ruleId} failed on ${file} and was skipped: ${String(failure.error)}`);
    const findings = values.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
    reports.push({ file, findings });
  }

  if (unreadable > 0 && reports.length === 0) return 2;
  io.stdout(values.format === 'json' ? formatJson(reports) : formatStylish(reports, io.color));
  if (unreadable > 0) return 2;
  const all = reports.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`poa-lint: ${warnings} warnings, more than --max-warnings ${maxWarnings}`);
    return 1;
  }
  return 0;
}

/** parseArgs with its error turned into one line of usage advice. */
function parseCommandLine<T extends ParseArgsConfig['options']>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (see poa-lint --help)`);
  }
}

/** The settings for each file: its .poarc.json (or --config) over the defaults, each problem of a file said once. */
function settingsReader(explicitPath: string | undefined, io: CliIo): (file: string) => PoaSettings {
  const knownRules = rules.map((rule) => rule.id);
  const explicit = explicitPath !== undefined ? readConfigFile(explicitPath, knownRules) : undefined;
  // Named on the command line, a config that cannot be read is a usage error, not a default quietly used.
  if (explicit?.unread) throw new UsageError(explicit.unread);
  const configs = new ConfigResolver(knownRules, explicit);
  const warned = new Set<string>();
  return (file) => {
    const config = configs.forFile(file);
    for (const problem of config?.problems ?? []) {
      if (!warned.has(problem)) io.stderr(`poa-lint: ${problem}`);
      warned.add(problem);
    }
    return mergeSettings(config?.settings ?? {});
  };
}

function runExport(argv: string[], io: CliIo): number {
  const { values, positionals } = parseCommandLine(argv, { config: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } });
  if (values.help) {
    io.stdout(usage);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`export takes one file, ${positionals.length === 0 ? 'none was given' : `not ${positionals.length}`} (see poa-lint --help)`);
  const [file] = positionals;
  if (!existsSync(file)) throw new UsageError(`${file}: no such file`);
  const settings = settingsReader(values.config, io)(file);
  const text = readTextFile(file);
  const exported = exportPlainText(parsePlanOfAction(text, { format: formatForPath(file), aliases: settings.sections.aliases }));
  io.stdout(exported.text.replace(/\n$/, ''));
  io.stderr(`${exported.words} ${exported.words === 1 ? 'word' : 'words'}`);
  return 0;
}
