// npm runs this on `npm pack` and when it installs the package from git (as
// pre-commit installs the hook): it builds the minified bundles. Installing
// from git with -g, npm's global setting leaks into the install it runs in the
// clone, which then leaves out the devDependencies the build needs: they are
// installed here first, without scripts (so this does not run again).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key.toLowerCase() !== 'npm_config_global'));
const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];

function run(args) {
  const result = spawnSync(npm[0], [...npm.slice(1), ...args], { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync('node_modules/esbuild')) {
  run(['install', '--global=false', '--no-save', '--no-audit', '--no-fund', '--include=dev', '--ignore-scripts']);
}
run(['run', 'build:production']);
