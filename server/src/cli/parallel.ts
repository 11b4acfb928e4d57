import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { PoaSettings } from '../common/settings';
import type { Finding, Linter, LintResult } from '../engine/linter';
import { formatForPath } from '../engine/parse';
import type { NoticeSources } from '../engine/plan-notice';
import { planFilesBeside } from '../config/plan-files';
import { createLinter } from '../engine/linter';
import { rules } from '../registry';
import { readTextFile, UsageError } from './files';

/** What linting one file gave: its findings, or why it could not be read. */
export interface FileOutcome {
  file: string;
  readError?: string;
  findings: Finding[];
  /** Disable comments that disabled nothing, listed on request (--report-unused-disables). */
  unusedDisables: Finding[];
  failures: { ruleId: string; error: string }[];
}

/** A notice and a rejection given on the command line (--notification, --rejection), for every plan. */
export type GivenNotices = Pick<NoticeSources, 'notification' | 'rejection'>;

export interface LintTask {
  file: string;
  settings: PoaSettings;
  given?: GivenNotices;
}

/**
 * A thread pays for its warm-up (loading the bundle, about a second of a
 * cold linter's first analyses, against some 7 ms a plan after it) only with
 * this many files to lint.
 */
export const filesPerWorker = 100;

export function lintFile(linter: Linter, { file, settings, given }: LintTask): FileOutcome {
  let text: string;
  try {
    text = readTextFile(file);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return { file, readError: error.message, findings: [], unusedDisables: [], failures: [] };
  }
  // The sidecars, the previous version and the attachments are read beside the plan.
  const sources = { ...given, path: file, files: planFilesBeside(file) };
  return outcomeOf(file, linter.lint(text, { format: formatForPath(file), settings, sources }));
}

export function outcomeOf(file: string, result: LintResult): FileOutcome {
  const failures = result.failures.map((f) => ({ ruleId: f.ruleId, error: String(f.error) }));
  return { file, findings: result.findings, unusedDisables: result.unusedDisables, failures };
}

interface WorkerReply {
  index: number;
  outcome?: FileOutcome;
  fatal?: string;
}

/**
 * Lints the files on `threads` threads: this one and `threads - 1` workers,
 * each running `entry` (the CLI's bundle) with a linter of its own. Each
 * takes the next file as it finishes one (a worker keeps one more queued);
 * the outcomes come back in the order of the tasks.
 */
export function lintInWorkers(tasks: LintTask[], threads: number, entry: string, linter?: Linter): Promise<FileOutcome[]> {
  if (tasks.length === 0) return Promise.resolve([]);
  const here = linter ?? createLinter({ rules });
  return new Promise((resolve, reject) => {
    const outcomes: FileOutcome[] = new Array<FileOutcome>(tasks.length);
    let next = 0;
    let done = 0;
    let settled = false;
    const workers = Array.from(
      { length: Math.max(0, Math.min(threads, tasks.length) - 1) },
      () => new Worker(entry, { workerData: { poaLintWorker: true } }),
    );
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolve(outcomes);
    };
    const record = (index: number, outcome: FileOutcome) => {
      outcomes[index] = outcome;
      if (++done === tasks.length) finish();
    };
    const feed = (worker: Worker) => {
      if (next < tasks.length) worker.postMessage({ index: next, task: tasks[next++] });
    };
    for (const worker of workers) {
      worker.on('message', (reply: WorkerReply) => {
        if (reply.fatal !== undefined || !reply.outcome) return finish(new Error(reply.fatal ?? 'a lint worker sent no result'));
        record(reply.index, reply.outcome);
        feed(worker);
      });
      worker.on('error', finish);
      worker.on('exit', (code) => {
        if (done < tasks.length) finish(new Error(`a lint worker stopped (exit code ${code}) before the files were linted`));
      });
      feed(worker);
      feed(worker);
    }
    // This thread lints too, one file at a time, answering the workers between files.
    const work = () => {
      if (settled || next >= tasks.length) return;
      const index = next++;
      try {
        record(index, lintFile(here, tasks[index]));
      } catch (error) {
        return finish(error instanceof Error ? error : new Error(String(error)));
      }
      setImmediate(work);
    };
    setImmediate(work);
  });
}

/** This thread is one of lintInWorkers' workers. */
export function isLintWorker(): boolean {
  return !isMainThread && (workerData as { poaLintWorker?: boolean } | null)?.poaLintWorker === true;
}

/** A worker's loop: lint each file it is sent, answer with the outcome. */
export function serveLintWorker(): void {
  const linter = createLinter({ rules });
  parentPort!.on('message', ({ index, task }: { index: number; task: LintTask }) => {
    try {
      parentPort!.postMessage({ index, outcome: lintFile(linter, task) } satisfies WorkerReply);
    } catch (error) {
      parentPort!.postMessage({ index, fatal: error instanceof Error ? error.message : String(error) } satisfies WorkerReply);
    }
  });
}
