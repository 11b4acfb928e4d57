import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/**
 * The extension host calls run() and waits for its promise (the contract of
 * `extensionTestsPath`). The same entry serves test/editor/run.mjs, which
 * bundles each file of this folder beside this one, and @vscode/test-electron
 * on machines that can download VS Code.
 */
export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    // The extension host's console is relayed as plain text.
    color: false,
    // Each wait inside a test has its own, shorter limit that names what it waited for.
    timeout: 30_000,
    ...(process.env.POA_E2E_GREP && { grep: process.env.POA_E2E_GREP }),
  });
  // The compiled test files sit beside this file: esbuild's or tsc's output.
  for (const file of fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      // run.mjs reads this line: a run that never reaches it did not finish.
      console.log(`editor: ${runner.stats?.passes ?? 0} passed, ${failures} failed, ${runner.stats?.pending ?? 0} skipped`);
      if (failures > 0) reject(new Error(`${failures} editor test${failures === 1 ? '' : 's'} failed.`));
      else resolve();
    });
  });
}
