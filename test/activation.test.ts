import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Activates dist/extension.js with a stub vscode module, as bench/activation.cjs does, in a fresh process. */
function activate(storage: string): { problem?: string } {
  return JSON.parse(execFileSync(process.execPath, [join(__dirname, '..', 'bench', 'activation.cjs'), storage], { encoding: 'utf8' }));
}

describe('extension activation', () => {
  let storage: string;
  beforeEach(() => (storage = mkdtempSync(join(tmpdir(), 'poa-activation-'))));
  afterEach(() => rmSync(storage, { recursive: true, force: true }));

  it('loads the client and gets as far as starting the language client, then writes a code cache the next activation uses', () => {
    assert.equal(activate(storage).problem, undefined);
    const caches = readdirSync(storage).filter((name) => name.endsWith('.codecache'));
    assert.equal(caches.length, 1, `one code cache in ${readdirSync(storage).join(', ')}`);
    assert.equal(activate(storage).problem, undefined);
    assert.deepEqual(
      readdirSync(storage).filter((name) => name.endsWith('.codecache')),
      caches,
      'the cache is read, not written again',
    );
  });

  it('still activates when the code cache cannot be read or written', () => {
    writeFileSync(join(storage, 'a-file'), '');
    assert.equal(activate(join(storage, 'a-file', 'storage')).problem, undefined);
  });
});
