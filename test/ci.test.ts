import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { load } from 'js-yaml';

const root = join(__dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const cli = join(root, 'dist', 'cli.js');

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
}

/** A folder of drafts as a seller's repository holds them: the examples, a clean plan, and a file that is not a plan. */
function draftsRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'poa-ci-'));
  mkdirSync(join(dir, 'drafts'));
  cpSync(join(root, 'examples'), join(dir, 'drafts'), { recursive: true });
  writeFileSync(join(dir, 'README.md'), '# Our drafts\n\nTODO: write the root cause!\n');
  return dir;
}

describe('pre-commit hook (.pre-commit-hooks.yaml)', function () {
  this.timeout(30_000);
  const hooks = load(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
  const hook = hooks.find((h) => h.id === 'poa-lint')!;

  it('declares the poa-lint hook, run by node through the package bin of that name', () => {
    assert.ok(hook, hooks.map((h) => h.id).join(', '));
    assert.equal(hook.language, 'node');
    assert.ok(manifest.bin[hook.entry.split(' ')[0]], `${hook.entry} is a bin in package.json`);
  });

  it('runs on plans only: .poa.md, .poa.txt and .poa files, not other Markdown or text', () => {
    const files = new RegExp(hook.files);
    for (const name of ['drafts/late shipment.poa.md', 'appeal.poa.txt', 'v2.poa']) assert.match(name, files);
    for (const name of ['README.md', 'notes.txt', 'poa.md', 'drafts/plan.poa.md.bak', 'appeal.notification.txt'])
      assert.doesNotMatch(name, files);
  });

  it('its entry, run as pre-commit runs it on the staged plans, stops a commit with an error and passes a clean one', () => {
    const repo = draftsRepository();
    // pre-commit puts the installed package's bin folder first on PATH and appends the matching file names.
    const bin = join(repo, '.bin');
    mkdirSync(bin);
    symlinkSync(join(root, manifest.bin[hook.entry.split(' ')[0]]), join(bin, hook.entry.split(' ')[0]));
    const env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}` };
    const [command, ...args] = hook.entry.split(' ');
    const staged = ['README.md', 'drafts/template-with-gaps.poa.md', 'drafts/seller-central.poa.txt'].filter((f) =>
      new RegExp(hook.files).test(f),
    );
    const failing = spawnSync(command, [...args, ...staged], { cwd: repo, env, encoding: 'utf8' });
    assert.equal(failing.status, 1, failing.stderr);
    assert.match(failing.stdout, /^drafts\/template-with-gaps\.poa\.md$/m);
    assert.doesNotMatch(failing.stdout, /README/);
    const passing = spawnSync(command, [...args, 'drafts/seller-central.poa.txt'], { cwd: repo, env, encoding: 'utf8' });
    assert.equal(passing.status, 0, passing.stdout + passing.stderr);
  });
});

describe('CI workflow (docs/ci.md)', function () {
  this.timeout(30_000);
  const doc = readFileSync(join(root, 'docs', 'ci.md'), 'utf8');
  const blocks = [...doc.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((match) => load(match[1]) as Record<string, unknown>);
  const workflows = blocks.filter((block) => 'jobs' in block) as { jobs: Record<string, { steps: { run?: string }[] }> }[];
  const commands = workflows.flatMap((workflow) =>
    Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => (step.run ? [step.run] : []))),
  );

  it('shows workflows that run poa-lint, from the tarball npm pack writes for this version', () => {
    assert.ok(workflows.length >= 2, 'an annotations workflow and a SARIF one');
    const lint = commands.filter((command) => / poa-lint /.test(command));
    assert.ok(lint.length >= 2, commands.join('\n'));
    for (const command of lint)
      assert.match(command, new RegExp(`^npx --yes --package \\./tools/poa-lint-${manifest.version}\\.tgz poa-lint `));
  });

  it("each poa-lint command's options exist and give the format it names: annotations, or a SARIF log", () => {
    const repo = draftsRepository();
    for (const command of commands.filter((c) => / poa-lint /.test(c))) {
      const [line, output] = command.split(' > ');
      const args = line.split(' poa-lint ')[1].split(' ');
      const result = spawnSync(process.execPath, [cli, ...args], { cwd: repo, encoding: 'utf8' });
      assert.ok(result.status === 0 || result.status === 1, `${command}: exit ${result.status}: ${result.stderr}`);
      assert.equal(result.stderr, '', command);
      if (args.includes('github')) {
        for (const annotation of result.stdout.trim().split('\n')) assert.match(annotation, /^::(error|warning|notice) file=drafts\//);
      } else {
        assert.ok(output, `${command} writes its SARIF to a file for the upload step`);
        assert.equal(JSON.parse(result.stdout).version, '2.1.0');
      }
    }
  });

  it('the pre-commit configuration names the hook the repository declares, with options the CLI takes', () => {
    const config = blocks.find((block) => 'repos' in block) as { repos: { hooks: { id: string; args?: string[] }[] }[] };
    const hooks = load(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
    for (const { id } of config.repos[0].hooks)
      assert.ok(
        hooks.some((hook) => hook.id === id),
        id,
      );
    const commented =
      /# args: \[(.*)\]/
        .exec(doc)?.[1]
        .split(', ')
        .map((arg) => arg.replace(/'/g, '')) ?? [];
    assert.deepEqual(commented, ['--max-warnings', '0']);
    const repo = draftsRepository();
    const result = spawnSync(process.execPath, [cli, ...commented, 'drafts/seller-central.poa.txt'], { cwd: repo, encoding: 'utf8' });
    assert.notEqual(result.status, 2, result.stderr);
  });
});
