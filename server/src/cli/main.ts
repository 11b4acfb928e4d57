import { existsSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { exportPlainText } from '../engine/export';
import { createLinter } from '../engine/linter';
import { formatForPath, parsePlanOfAction } from '../engine/parse';
import { mergeSettings, type PoaSettings } from '../common/settings';
import { ConfigResolver, readConfigFile } from '../config/config-file';
import { rules } from '../registry';
import { decode, expandTargets, readTextFile, UsageError } from './files';
import { formatGithub, formatJson, formatStylish, type FileReport } from './format';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  color: boolean;
  /** The bytes of standard input, for the `-` target. */
  readStdin?: () => Buffer;
}

export const usage = `Usage: poa-lint [options] <file|dir|glob>...
       poa-lint export [--config FILE] <file>

Lints Amazon Plans of Action (*.poa.md, *.poa.txt, *.poa) as the editor does.

A target of - reads the plan from standard input.

Options:
  --format stylish|json|github
                          output format (default: stylish); github writes
                          GitHub Actions annotations
  --config FILE           use this .poarc.json instead of the nearest one
  --config-strict         a problem in a .poarc.json is an error (exit 2),
                          not only a message
  --stdin-filename NAME   the name a plan read from - is linted as: its
                          format (.poa.txt is plain text) and the folder
                          whose .poarc.json applies (default: stdin.poa.md)
  --max-warnings N        exit 1 when there are more than N warnings
  --quiet                 report errors only
  --report-unused-disables
                          also list the disable comments that disable
                          nothing (as hints)
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
    'config-strict': { type: 'boolean', default: false },
    'stdin-filename': { type: 'string' },
    'max-warnings': { type: 'string' },
    quiet: { type: 'boolean', default: false },
    'report-unused-disables': { type: 'boolean', default: false },
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
  const format = values.format;
  if (format !== 'stylish' && format !== 'json' && format !== 'github')
    throw new UsageError(`--format must be stylish, json or github, not "${format}"`);
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!/^\d+$/.test(values['max-warnings'])) throw new UsageError(`--max-warnings takes a whole number, not "${values['max-warnings']}"`);
  }
  if (positionals.length === 0) throw new UsageError('no files given (see poa-lint --help)');

  const stdinName = values['stdin-filename'] ?? 'stdin.poa.md';
  if (positionals.filter((target) => target === '-').length > 1) throw new UsageError('- (standard input) can be given once');
  const { settingsFor, problemCount } = settingsReader(values.config, io);
  // A target that gives no file is named on stderr and the others are still linted: one bad path loses no report.
  const { files, missing } = expandTargets(positionals.filter((target) => target !== '-'));
  for (const problem of missing) io.stderr(`poa-lint: ${problem}`);
  const linter = createLinter({ rules });

  const reports: FileReport[] = [];
  // Likewise a file that cannot be read.
  let unreadable = missing.length;
  const sources = positionals.includes('-')
    ? [{ file: stdinName, stdin: true }, ...files.map((file) => ({ file, stdin: false }))]
    : files.map((file) => ({ file, stdin: false }));
  for (const { file, stdin } of sources) {
    let text: string;
    try {
      text = stdin ? decode(io.readStdin?.() ?? Buffer.alloc(0), '(standard input)') : readTextFile(file);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.stderr(`poa-lint: ${error.message}`);
      unreadable++;
      continue;
    }
    const result = linter.lint(text, { format: formatForPath(file), settings: settingsFor(file) });
    for (const failure of result.failures)
      io.stderr(`poa-lint: rule ${failure.ruleId} failed on ${file} and was skipped: ${String(failure.error)}`);
    const reported = values['report-unused-disables']
      ? [...result.findings, ...result.unusedDisables].sort((a, b) => a.start - b.start || a.end - b.end)
      : result.findings;
    const findings = values.quiet ? reported.filter((f) => f.severity === 'error') : reported;
    reports.push({ file, findings });
  }

  if (unreadable > 0 && reports.length === 0) return 2;
  io.stdout(format === 'json' ? formatJson(reports) : format === 'github' ? formatGithub(reports) : formatStylish(reports, io.color));
  if (unreadable > 0) return 2;
  if (values['config-strict'] && problemCount() > 0) {
    io.stderr(
      `poa-lint: --config-strict: ${problemCount() === 1 ? 'a problem' : `${problemCount()} problems`} in the configuration (above)`,
    );
    return 2;
  }
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
function settingsReader(
  explicitPath: string | undefined,
  io: CliIo,
): { settingsFor: (file: string) => PoaSettings; problemCount: () => number } {
  const knownRules = rules.map((rule) => rule.id);
  const explicit = explicitPath !== undefined ? readConfigFile(explicitPath, knownRules) : undefined;
  // Named on the command line, a config that cannot be read is a usage error, not a default quietly used.
  if (explicit?.unread) throw new UsageError(explicit.unread);
  const configs = new ConfigResolver(knownRules, explicit);
  const warned = new Set<string>();
  const settingsFor = (file: string) => {
    const config = configs.forFile(file);
    for (const problem of config?.problems ?? []) {
      if (!warned.has(problem)) io.stderr(`poa-lint: ${problem}`);
      warned.add(problem);
    }
    return mergeSettings(config?.settings ?? {});
  };
  return { settingsFor, problemCount: () => warned.size };
}

function runExport(argv: string[], io: CliIo): number {
  const { values, positionals } = parseCommandLine(argv, {
    config: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    io.stdout(usage);
    return 0;
  }
  if (positionals.length !== 1)
    throw new UsageError(
      `export takes one file, ${positionals.length === 0 ? 'none was given' : `not ${positionals.length}`} (see poa-lint --help)`,
    );
  const [file] = positionals;
  if (!existsSync(file)) throw new UsageError(`${file}: no such file`);
  const settings = settingsReader(values.config, io).settingsFor(file);
  const text = readTextFile(file);
  const exported = exportPlainText(parsePlanOfAction(text, { format: formatForPath(file), aliases: settings.sections.aliases }));
  io.stdout(exported.text.replace(/\n$/, ''));
  io.stderr(`${exported.words} ${exported.words === 1 ? 'word' : 'words'}`);
  return 0;
}
