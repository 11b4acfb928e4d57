import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { exportFormField, exportPlainText } from '../engine/export';
import { createLinter, type Linter } from '../engine/linter';
import { formatForPath, parsePlanOfAction } from '../engine/parse';
import { formFields, mergeSettings, type FormField, type PoaSettings } from '../common/settings';
import { ConfigResolver, readConfigFile } from '../config/config-file';
import { rules } from '../registry';
import { decode, expandTargets, readTextFile, UsageError } from './files';
import { formatGithub, formatJson, formatStylish, type FileReport } from './format';
import { filesPerWorker, lintFile, lintInWorkers, outcomeOf, type FileOutcome, type GivenNotices, type LintTask } from './parallel';
import { formatSarif } from './sarif';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  color: boolean;
  /** The width stylish output wraps its messages to. */
  columns?: number;
  /** The bytes of standard input, for the `-` target. */
  readStdin?: () => Buffer;
  /** The folder paths are relative to (SARIF's root); the process's by default. */
  cwd?: string;
  /** The script a lint worker thread runs (the CLI's bundle); without it every file is linted on this thread. */
  workerEntry?: string;
}

const outputFormats = ['stylish', 'json', 'github', 'sarif'];

export const usage = `Usage: poa-lint [options] <file|dir|glob>...
       poa-lint export [--section FIELD] [--config FILE] <file>
       poa-lint mcp

Lints Amazon Plans of Action (*.poa.md, *.poa.txt, *.poa) as the editor does.

A target of - reads the plan from standard input.

Options:
  --format stylish|json|github|sarif
                          output format (default: stylish); github writes
                          GitHub Actions annotations, sarif a SARIF 2.1.0 log
                          for code scanning
  --config FILE           use this .poarc.json instead of the nearest one
  --config-strict         a problem in a .poarc.json is an error (exit 2),
                          not only a message
  --stdin-filename NAME   the name a plan read from - is linted as: its
                          format (.poa.txt is plain text) and the folder
                          whose .poarc.json applies (default: stdin.poa.md)
  --notification FILE     Amazon's notice, for every plan linted (instead of
                          a notification fence or <name>.notification.txt)
  --rejection FILE        Amazon's reply to the previous plan, likewise
  --max-warnings N        exit 1 when there are more than N warnings
  --quiet                 report errors only
  --report-unused-disables
                          also list the disable comments that disable
                          nothing (as hints)
  --jobs N                lint on N threads (default: one per core, and a
                          thread only for every ${filesPerWorker} files); the output
                          is the same on any number
  -h, --help              show this help
  -v, --version           show the version

export prints the plan as plain text for Seller Central's form (Markdown
removed, bullets as •) on stdout, and its word count on stderr.
  --section FIELD         only one field of the form: root-cause, actions,
                          prevention or additional (the sections that are
                          none of the three); its character count on stderr

mcp serves the linter over stdio to an assistant (Model Context Protocol):
tools lint, lint_file, export and list_rules. It reads no file outside the
folder it was started in.`;

/** Runs the CLI; returns the exit code: 0 clean, 1 errors or too many warnings, 2 bad usage or unreadable input. */
export async function runCli(argv: string[], io: CliIo, version = '0.0.0'): Promise<number> {
  try {
    return await run(argv, io, version);
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

async function run(argv: string[], io: CliIo, version: string): Promise<number> {
  if (argv[0] === 'export') return runExport(argv.slice(1), io);
  if (argv[0] === 'mcp') throw new UsageError('mcp takes no arguments: start it in the folder whose plans it may read');
  const { values, positionals } = parseCommandLine(argv, {
    format: { type: 'string', default: 'stylish' },
    config: { type: 'string' },
    'config-strict': { type: 'boolean', default: false },
    'stdin-filename': { type: 'string' },
    'max-warnings': { type: 'string' },
    notification: { type: 'string' },
    rejection: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    'report-unused-disables': { type: 'boolean', default: false },
    jobs: { type: 'string' },
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
  if (!outputFormats.includes(format)) throw new UsageError(`--format must be stylish, json, github or sarif, not "${format}"`);
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!/^\d+$/.test(values['max-warnings'])) throw new UsageError(`--max-warnings takes a whole number, not "${values['max-warnings']}"`);
  }
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (values.jobs !== undefined && !/^[1-9]\d*$/.test(values.jobs))
    throw new UsageError(`--jobs takes a number of threads, 1 or more, not "${values.jobs}"`);
  if (positionals.length === 0) throw new UsageError('no files given (see poa-lint --help)');

  const stdinName = values['stdin-filename'] ?? 'stdin.poa.md';
  if (positionals.filter((target) => target === '-').length > 1) throw new UsageError('- (standard input) can be given once');
  const configs = settingsReader(values.config, io);
  // A target that gives no file is named on stderr and the others are still linted: one bad path loses no report.
  const { files, missing } = expandTargets(positionals.filter((target) => target !== '-'));
  for (const problem of missing) io.stderr(`poa-lint: ${problem}`);
  const linter = createLinter({ rules });
  // Named on the command line, a notice that cannot be read is a usage error, as a --config is.
  const readGiven = (option: 'notification' | 'rejection', file: string | undefined) => {
    if (file === undefined) return undefined;
    try {
      return { text: readTextFile(file), file };
    } catch (error) {
      throw error instanceof UsageError ? new UsageError(`--${option} ${error.message}`) : error;
    }
  };
  const notification = readGiven('notification', values.notification);
  const rejection = readGiven('rejection', values.rejection);
  const given = { ...(notification && { notification }), ...(rejection && { rejection }) };

  const tasks: LintTask[] = files.map((file) => ({ file, settings: configs.resolve(file).settings, given }));
  // Asked for, the threads are used; by default, a thread only where it has enough files to pay for its warm-up.
  const wanted = values.jobs === undefined ? Math.min(jobs, Math.ceil(tasks.length / filesPerWorker)) : jobs;
  const threads = io.workerEntry ? Math.min(wanted, tasks.length) : 1;
  const outcomes: FileOutcome[] =
    threads > 1 ? await lintInWorkers(tasks, threads, io.workerEntry!, linter) : tasks.map((task) => lintFile(linter, task));
  if (positionals.includes('-')) outcomes.unshift(lintStdin(linter, stdinName, configs.resolve(stdinName).settings, io, given));

  // Reported in the files' order, each message where linting them one by one would say it: the same output on any number of threads.
  const reports: FileReport[] = [];
  // Likewise a file that cannot be read.
  let unreadable = missing.length;
  /** What --quiet left out, so that "no problems" is never said of a plan with warnings. */
  let hidden = 0;
  for (const { file, readError, findings, unusedDisables, failures } of outcomes) {
    if (readError !== undefined) {
      io.stderr(`poa-lint: ${readError}`);
      unreadable++;
      continue;
    }
    configs.say(file);
    for (const failure of failures) io.stderr(`poa-lint: rule ${failure.ruleId} failed on ${file} and was skipped: ${failure.error}`);
    const reported = values['report-unused-disables']
      ? [...findings, ...unusedDisables].sort((a, b) => a.start - b.start || a.end - b.end)
      : findings;
    const shown = values.quiet ? reported.filter((f) => f.severity === 'error') : reported;
    hidden += reported.length - shown.length;
    reports.push({ file, findings: shown });
  }

  if (unreadable > 0 && reports.length === 0) return 2;
  const formatters: Record<string, () => string> = {
    stylish: () => formatStylish(reports, { color: io.color, columns: io.columns ?? 80, hidden }),
    json: () => formatJson(reports),
    github: () => formatGithub(reports),
    sarif: () => formatSarif(reports, { version, cwd: io.cwd ?? process.cwd() }),
  };
  io.stdout(formatters[format]());
  if (unreadable > 0) return 2;
  const problems = configs.problemCount();
  if (values['config-strict'] && problems > 0) {
    io.stderr(`poa-lint: --config-strict: ${problems === 1 ? 'a problem' : `${problems} problems`} in the configuration (above)`);
    return 2;
  }
  const all = reports.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = values.quiet ? 0 : all.filter((f) => f.severity === 'warning').length;
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`poa-lint: ${warnings} warnings, more than --max-warnings ${maxWarnings}`);
    return 1;
  }
  return 0;
}

/** parseArgs with its error said in our words, naming the option: Node's own messages speak of positionals and ambiguity. */
function parseCommandLine<T extends ParseArgsConfig['options']>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UsageError(`${usageProblem(error as Error & { code?: string }, argv, options ?? {})} (see poa-lint --help)`);
  }
}

function usageProblem(error: Error & { code?: string }, argv: string[], options: NonNullable<ParseArgsConfig['options']>): string {
  const named = /'(-{1,2}[^' <]+)/.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `${named ?? 'that option'} is not an option of poa-lint`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      // "--max-warnings -1": the value looks like an option to Node.
      const at = argv.findIndex((arg) => arg === named);
      const value = at >= 0 ? argv[at + 1] : undefined;
      if (named && value !== undefined && /^-/.test(value) && options[named.replace(/^-+/, '')]?.type === 'string')
        return `${named} takes a value; write ${named}=${value} for one that starts with '-'`;
      return named
        ? `${named} ${options[named.replace(/^-+/, '')]?.type === 'string' ? 'needs a value' : 'takes no value'}`
        : error.message;
    }
    default:
      return error.message.split('\n')[0];
  }
}

function lintStdin(linter: Linter, file: string, settings: PoaSettings, io: CliIo, given: GivenNotices): FileOutcome {
  let text: string;
  try {
    text = decode(io.readStdin?.() ?? Buffer.alloc(0), '(standard input)');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return { file, readError: error.message, findings: [], unusedDisables: [], failures: [] };
  }
  // Standard input has no folder: no sidecar, previous version or attachment is looked for.
  return outcomeOf(file, linter.lint(text, { format: formatForPath(file), settings, sources: given }));
}

/** The settings for each file: its .poarc.json (or --config) over the defaults; `say` reports each problem of a file once. */
function settingsReader(explicitPath: string | undefined, io: CliIo) {
  const knownRules = rules.map((rule) => rule.id);
  const explicit = explicitPath !== undefined ? readConfigFile(explicitPath, knownRules) : undefined;
  // Named on the command line, a config that cannot be read is a usage error, not a default quietly used.
  if (explicit?.unread) throw new UsageError(explicit.unread);
  const configs = new ConfigResolver(knownRules, explicit);
  const warned = new Set<string>();
  const resolve = (file: string) => {
    const config = configs.forFile(file);
    return { settings: mergeSettings(config?.settings ?? {}), problems: config?.problems ?? [] };
  };
  const say = (file: string) => {
    for (const problem of resolve(file).problems) {
      if (!warned.has(problem)) io.stderr(`poa-lint: ${problem}`);
      warned.add(problem);
    }
  };
  const settingsFor = (file: string) => {
    say(file);
    return resolve(file).settings;
  };
  return { resolve, say, settingsFor, problemCount: () => warned.size };
}

function runExport(argv: string[], io: CliIo): number {
  const { values, positionals } = parseCommandLine(argv, {
    config: { type: 'string' },
    section: { type: 'string' },
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
  const field = values.section;
  if (field !== undefined && !(formFields as readonly string[]).includes(field))
    throw new UsageError(`--section must be ${formFields.slice(0, -1).join(', ')} or ${formFields.at(-1)}, not "${field}"`);
  const [file] = positionals;
  if (!existsSync(file)) throw new UsageError(`${file}: no such file`);
  const settings = settingsReader(values.config, io).settingsFor(file);
  const text = readTextFile(file);
  const poa = parsePlanOfAction(text, { format: formatForPath(file), aliases: settings.sections.aliases });
  const words = (n: number) => `${n} ${n === 1 ? 'word' : 'words'}`;
  if (field === undefined) {
    const exported = exportPlainText(poa);
    io.stdout(exported.text.replace(/\n$/, ''));
    io.stderr(words(exported.words));
    return 0;
  }
  const exported = exportFormField(poa, field as FormField);
  if (exported.sections.length === 0) {
    io.stderr(`poa-lint: ${file} has nothing for the ${field} field: ${missingField[field as FormField]}`);
    return 1;
  }
  io.stdout(exported.text.replace(/\n$/, ''));
  const budget = settings.form.limits[field as FormField];
  io.stderr(`${words(exported.words)}, ${count(exported.characters)}${budget ? ` / ${count(budget)}` : ''} characters`);
  return 0;
}

const count = (n: number) => n.toLocaleString('en-US');

const missingField: Record<FormField, string> = {
  'root-cause': 'no root-cause section',
  actions: 'no actions-taken section',
  prevention: 'no preventive-measures section',
  additional: 'no section besides the root cause, the actions and the prevention',
};
