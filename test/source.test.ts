import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = join(__dirname, '..');
const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
const textOf = (file: string) => readFileSync(join(root, file), 'utf8');

/** Tracked files that exist in this checkout and are text (no NUL byte). */
function trackedText(): { file: string; text: string }[] {
  const files: { file: string; text: string }[] = [];
  for (const file of tracked) {
    let text: string;
    try {
      text = textOf(file);
    } catch {
      continue; // Deleted in the work tree and not yet committed.
    }
    if (!text.includes('\0')) files.push({ file, text });
  }
  return files;
}

const maxLineLength = 140;

/** A path on one machine: the workspace, a home folder. */
const machinePath = /(?<![\w.-])(?:\/work\/|\/home\/|\/root\/|\/Users\/|~\/|[A-Za-z]:\\Users\\)[^\s'"`)]*/g;
/** A relative path that climbs: it is outside the repository when it climbs above the root from where it is written. */
const climbingPath = /(?<![\w.])(?:\.\.[/\\])+[^\s'"`)]*/g;

/** The paths a file's text cites outside the repository, each with its line. */
function outsidePaths(file: string, text: string): string[] {
  const found: string[] = [];
  const lineOf = (index: number) => text.slice(0, index).split('\n').length;
  for (const match of text.matchAll(machinePath)) found.push(`${file}:${lineOf(match.index)}: ${match[0]}`);
  for (const match of text.matchAll(climbingPath)) {
    const target = relative(root, resolve(root, dirname(file), match[0]));
    if (target.startsWith('..')) found.push(`${file}:${lineOf(match.index)}: ${match[0]}`);
  }
  return found;
}

describe('source', () => {
  it(`no line of code in server/, client/, test/ or bench/ is longer than ${maxLineLength} characters`, () => {
    const long: string[] = [];
    for (const file of tracked.filter((f) => /^(?:server|client|test|bench)\/.*\.(?:ts|mts|cts|mjs|cjs)$/.test(f))) {
      textOf(file)
        .split(/\r?\n/)
        .forEach((line, index) => {
          if (line.length > maxLineLength) long.push(`${file}:${index + 1} has ${line.length}`);
        });
    }
    assert.deepEqual(long, [], `lines over ${maxLineLength} characters:\n${long.join('\n')}`);
  });

  it('a path outside the repository is found in code, comments and prose; a path inside it is not', () => {
    const text = [
      "import { x } from '../engine/rule';",
      '// run node ../../../../shared/tools/eval.mjs first',
      'See /work/shared/SPEC.md and ~/notes.txt, or C:\\Users\\me\\plan.md.',
      "const uri = 'file:///home/seller/plan.poa.md'; // not https://example.com/work/plan",
    ].join('\n');
    assert.deepEqual(outsidePaths('server/src/rules/blame.ts', text), [
      'server/src/rules/blame.ts:3: /work/shared/SPEC.md',
      'server/src/rules/blame.ts:3: ~/notes.txt,',
      'server/src/rules/blame.ts:3: C:\\Users\\me\\plan.md.',
      'server/src/rules/blame.ts:4: /home/seller/plan.poa.md',
      'server/src/rules/blame.ts:2: ../../../../shared/tools/eval.mjs',
    ]);
    assert.deepEqual(outsidePaths('README.md', 'Measure with `node ../shared/tools/real-eval.mjs`.'), [
      'README.md:1: ../shared/tools/real-eval.mjs',
    ]);
  });

  it('no tracked file, comments included, cites a path outside the repository', () => {
    // This file's own samples above are the exception.
    const self = relative(root, __filename).split('\\').join('/');
    const outside = trackedText()
      .filter(({ file }) => file !== self)
      .flatMap(({ file, text }) => outsidePaths(file, text));
    assert.deepEqual(outside, [], `paths outside the repository:\n${outside.join('\n')}`);
  });
});
