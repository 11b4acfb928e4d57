import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { lint } from '../support/lint';
import { defaultSettings, maxPhraseLength, mergeSettings, readSettings, type PoaSettings } from '../../server/src/common/settings';
import { readConfigFile } from '../../server/src/config/config-file';
import { ruleIds } from '../../server/src/registry';
import { seedDocuments } from './support/documents';
import { assertWellFormed } from './support/invariants';
import { count, runs } from './support/tally';

/** What a .poarc.json may hold at each key when it is written by hand, badly. */
const anyJson = fc.jsonValue({ maxDepth: 3 });
const levelOrNot = fc.oneof(fc.constantFrom('off', 'info', 'warning', 'error', 'hint', 'Error', 'warn', 'loud', ''), anyJson);
const hostileSettings = fc.record(
  {
    rules: fc.oneof(
      anyJson,
      fc.dictionary(
        fc.oneof(fc.constantFrom(...ruleIds), fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'toString')),
        levelOrNot,
        { maxKeys: 6 },
      ),
    ),
    maxWords: fc.oneof(anyJson, fc.integer(), fc.double(), fc.constantFrom(0, -1, 1e308, '800')),
    maxSentenceWords: fc.oneof(anyJson, fc.integer()),
    sections: fc.oneof(
      anyJson,
      fc.record({
        aliases: fc.oneof(
          anyJson,
          fc.dictionary(
            fc.constantFrom('rootCause', 'actionsTaken', 'preventiveMeasures', 'summary', '__proto__'),
            fc.oneof(anyJson, fc.array(fc.string())),
          ),
        ),
      }),
    ),
    vocabulary: fc.oneof(
      anyJson,
      fc.record({ blame: fc.oneof(anyJson, fc.array(fc.string())), vague: fc.oneof(anyJson, fc.array(fc.string())) }, { requiredKeys: [] }),
    ),
    plugins: anyJson,
    extends: anyJson,
  },
  { requiredKeys: [] },
);

/** A 100 KB plan: the repository's Markdown POAs, one after another. */
function hundredKilobytes(): string {
  const seeds = seedDocuments().filter((s) => s.name.startsWith('test/corpus/'));
  let text = '';
  for (let i = 0; text.length < 100_000; i++) text += `${seeds[i % seeds.length].text}\n\n`;
  return text;
}

function timed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

describe('hostile configuration', function () {
  this.timeout(120_000);

  it('any .poarc.json is read without throwing; each problem names the file and a key; what was wrong leaves the default in force', () => {
    const dir = mkdtempSync(join(tmpdir(), 'poa-adv-config-'));
    const path = join(dir, '.poarc.json');
    fc.assert(
      fc.property(
        fc.oneof(
          { weight: 4, arbitrary: hostileSettings.map((s) => JSON.stringify(s)) },
          { weight: 1, arbitrary: anyJson.map((v) => JSON.stringify(v) ?? 'null') },
          { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
        ),
        (content) => {
          count('hostile .poarc.json files read');
          writeFileSync(path, content);
          const { settings, problems } = readConfigFile(path, ruleIds);
          for (const problem of problems)
            assert.ok(
              problem.startsWith(path) && /^(?::\d+:\d+)?: ./s.test(problem.slice(path.length)),
              `a problem that does not name the file, its place and a key: ${problem}`,
            );
          const merged = mergeSettings(settings);
          // Whatever was read is a well-formed value: a level the rules know, a positive whole number, lists of strings.
          for (const [id, level] of Object.entries(merged.rules)) {
            assert.ok(ruleIds.includes(id), `unknown rule id ${id} kept`);
            assert.ok(['off', 'hint', 'info', 'warning', 'error'].includes(level), `level ${String(level)} kept`);
          }
          for (const key of ['maxWords', 'maxSentenceWords'] as const)
            assert.ok(Number.isInteger(merged[key]) && merged[key] > 0, `${key} = ${merged[key]}`);
          for (const list of [merged.vocabulary.blame, merged.vocabulary.vague, ...Object.values(merged.sections.aliases)]) {
            assert.ok(Array.isArray(list) && list.every((p) => typeof p === 'string' && p.length <= maxPhraseLength), JSON.stringify(list));
          }
          // Nothing reached the prototype of every object.
          assert.equal(({} as Record<string, unknown>).polluted, undefined);
          // A key the file did not get right keeps its default.
          const raw = (() => {
            try {
              return JSON.parse(content) as Record<string, unknown>;
            } catch {
              return undefined;
            }
          })();
          if (
            !raw ||
            typeof raw !== 'object' ||
            Array.isArray(raw) ||
            typeof raw.maxWords !== 'number' ||
            !Number.isInteger(raw.maxWords) ||
            raw.maxWords < 1
          ) {
            assert.equal(merged.maxWords, defaultSettings.maxWords, 'a bad maxWords changed the default');
          }
        },
      ),
      { numRuns: runs(1500) },
    );
  });

  it('any settings from the editor (workspace/configuration) are read the same way, and lint still runs cleanly with them', () => {
    const seed = seedDocuments().find((s) => s.name.startsWith('examples/'))!.text;
    fc.assert(
      fc.property(hostileSettings, (raw) => {
        count('hostile editor settings read');
        const { settings } = readSettings(raw, ruleIds);
        assertWellFormed(seed, lint(seed, { settings: mergeSettings(settings) }));
      }),
      { numRuns: runs(200) },
    );
  });

  it('10,000 phrases, regex metacharacters, a 10,000-character phrase: one message names the file and key; the rest are literal', () => {
    const dir = mkdtempSync(join(tmpdir(), 'poa-adv-config-'));
    const path = join(dir, '.poarc.json');
    const many = Array.from({ length: 10_000 - 10 }, (_, i) => `supplier number ${i} lost it`);
    const metacharacters = ['(a+)+$', '.*.*.*=.*', '[^]', '\\', '$1 ${x}', '(?<=x)', 'a{1,99999}', '*', '|', '^^^'];
    const huge = `the carrier ${'x'.repeat(10_000)}`;
    writeFileSync(path, JSON.stringify({ vocabulary: { blame: [...many, ...metacharacters, huge], vague: ['(', ')', 'a+b (c)?'] } }));
    const { settings, problems } = readConfigFile(path, ruleIds);
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(
      problems[0],
      new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:16: vocabulary\\.blame: .*10012 characters.*left out`),
    );
    const merged = mergeSettings(settings);
    assert.equal(merged.vocabulary.blame.length, many.length + metacharacters.length);
    const text = [
      '## Root cause',
      'Supplier number 9989 lost it. We packed aaaa boxes on time, twice.',
      '',
      '## Actions taken',
      '- On March 3, 2026 we refunded 14 buyers.',
      '',
    ].join('\n');
    const blamed = lint(text, { settings: merged })
      .findings.filter((f) => f.ruleId === 'blame')
      .map((f) => text.slice(f.start, f.end));
    // Blame marks the sentence; "(a+)+$" is the word "a", never a pattern that would take "aaaa".
    assert.deepEqual(blamed, ['Supplier number 9989 lost it.']);
  });

  it('a 100 KB plan lints in well under a second with pathological phrases (each cost printed beside the cost with the defaults)', () => {
    const text = hundredKilobytes();
    const aaa = `${'a '.repeat(50_000)}`;
    const pathological: Partial<PoaSettings> = {
      vocabulary: {
        // Every phrase shares its first words with every other and with the text:
        // a matcher that tries each phrase at each word is quadratic here.
        blame: Array.from({ length: 10_000 }, (_, i) => `${'a '.repeat(1 + (i % 99))}b${i}`),
        // Not "(a+)+$" here: it is the word "a", and 50,000 findings of it time the output, not the matching.
        vague: ['(x|x)*y', '.*.*.*=.*', 'a+b (c)?', 'the the the the the the the the the the the the the the the the the the the the'],
      },
    };
    const settings = mergeSettings(pathological);
    const defaults = mergeSettings();
    for (const [what, doc] of [
      ['100 KB of plans', text],
      ['100 KB of the word "a"', aaa],
      ['100 KB of "the"', 'the '.repeat(25_000)],
    ] as const) {
      // Median of three cold analyses: a cached sentence would hide the matcher's cost.
      const cost = (s: PoaSettings) => [1, 2, 3].map(() => timed(() => lint(doc, { settings: s }))).sort((a, b) => a - b)[1];
      const withDefaults = cost(defaults);
      const withHostile = cost(settings);
      count('pathological lints timed', 6);
      console.log(
        `      ${what}: ${withDefaults.toFixed(0)} ms with the defaults, ${withHostile.toFixed(0)} ms with 10,000 overlapping phrases`,
      );
      assert.ok(withHostile < 1000, `${what}: ${withHostile.toFixed(0)} ms`);
    }
  });
});
