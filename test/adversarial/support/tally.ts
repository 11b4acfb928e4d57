import fc from 'fast-check';

/**
 * Shared by every adversarial test file: fast-check's settings and a count
 * of what the suite generated and injected, printed once at the end.
 *
 * POA_ADV_SEED=<n> replays a run (CI=true fixes the seed at 20261128) (fast-check prints the seed and path of a
 * failure); POA_ADV_SCALE=<x> multiplies every number of runs (e.g. 10 for a
 * long soak, 0.2 for a quick look).
 */
// In CI one fixed seed: a submission lands or not on what it changed, not on the draw. Anywhere else
// each run draws new cases (fast-check prints the seed of a failure, to replay it).
const seed = process.env.POA_ADV_SEED ? Number(process.env.POA_ADV_SEED) : process.env.CI ? 20261128 : undefined;
const scale = process.env.POA_ADV_SCALE ? Number(process.env.POA_ADV_SCALE) : 1;
if (seed !== undefined) fc.configureGlobal({ seed });

/** The number of runs for a property, scaled. */
export function runs(base: number): number {
  return Math.max(1, Math.round(base * scale));
}

const counts = new Map<string, number>();

export function count(what: string, n = 1): void {
  counts.set(what, (counts.get(what) ?? 0) + n);
}

after(function () {
  if (counts.size === 0) return;
  const width = Math.max(...[...counts.keys()].map((k) => k.length));
  const lines = [...counts].map(([what, n]) => `    ${what.padEnd(width)}  ${n}`);
  console.log(`\n  adversarial tally${seed !== undefined ? ` (seed ${seed})` : ''}:\n${lines.join('\n')}`);
});
