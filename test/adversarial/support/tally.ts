import fc from 'fast-check';

/**
 * Shared by every adversarial test file: fast-check's settings and a count
 * of what the suite generated and injected, printed once at the end.
 *
 * POA_ADV_SEED=<n> replays a run (CI=true fixes the seed at 20261128);
 * POA_ADV_SCALE=<x> multiplies every number of runs (e.g. 65 for the deep
 * run, 0.2 for a quick look). A failing test prints the command that
 * replays it.
 */
// In CI one fixed seed: a submission lands or not on what it changed, not on the draw. Anywhere else
// each run draws new cases, from a seed drawn here so that it can be printed and the run replayed.
const seed = process.env.POA_ADV_SEED ? Number(process.env.POA_ADV_SEED) : process.env.CI ? 20261128 : (Math.random() * 2 ** 32) | 0;
const scale = process.env.POA_ADV_SCALE ? Number(process.env.POA_ADV_SCALE) : 1;
fc.configureGlobal({ seed });

/** The number of runs for a property, scaled. */
export function runs(base: number): number {
  return Math.max(1, Math.round(base * scale));
}

const counts = new Map<string, number>();

export function count(what: string, n = 1): void {
  counts.set(what, (counts.get(what) ?? 0) + n);
}

const shellQuoted = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
const asPattern = (title: string) => title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

before(function () {
  console.log(`  adversarial seed ${seed}, scale ${scale}`);
});

// A property's time grows with its number of runs, so its timeout does too (a deep run's first
// property takes minutes; the per-test timeout is set for scale 1).
beforeEach(function () {
  const test = this.currentTest;
  if (test && scale > 1) test.timeout(test.timeout() * scale);
});

afterEach(function () {
  const test = this.currentTest;
  if (test?.state !== 'failed') return;
  const env = `POA_ADV_SEED=${seed}${scale !== 1 ? ` POA_ADV_SCALE=${scale}` : ''}`;
  console.log(`\n  replay: ${env} npm run test:adversarial -- -g ${shellQuoted(asPattern(test.title))}\n`);
});

after(function () {
  if (counts.size === 0) return;
  const width = Math.max(...[...counts.keys()].map((k) => k.length));
  const lines = [...counts].map(([what, n]) => `    ${what.padEnd(width)}  ${n}`);
  console.log(`\n  adversarial tally (seed ${seed}, scale ${scale}):\n${lines.join('\n')}`);
});
