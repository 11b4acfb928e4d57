import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const source = join(__dirname, '..', 'server', 'src');

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** The top folder (or file) of server/src that an import of `file` lands in. */
function importedLayers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const layers: string[] = [];
  for (const match of text.matchAll(/^import[^'"]*['"](\.[^'"]+)['"]/gm)) {
    const target = relative(source, join(file, '..', match[1]));
    layers.push(target.split('/')[0]);
  }
  return layers;
}

describe('architecture', () => {
  // Entry points → editor layer (lsp/) and cli/ → registry → rules → rule-kit → engine → words; common/ is shared by all.
  const allowed: Record<string, string[]> = {
    words: ['words'],
    engine: ['engine', 'words', 'common'],
    'rule-kit': ['rule-kit', 'engine', 'words', 'common'],
    rules: ['rules', 'rule-kit', 'engine', 'words', 'common'],
    config: ['config', 'common'],
  };

  for (const [layer, mayImport] of Object.entries(allowed)) {
    it(`${layer}/ imports only from ${mayImport.join(', ')}`, () => {
      for (const file of filesUnder(join(source, layer))) {
        for (const target of importedLayers(file)) {
          assert.ok(mayImport.includes(target), `${relative(source, file)} imports from ${target}/`);
        }
      }
    });
  }

  it('the editor layer and the CLI do not import each other', () => {
    for (const file of filesUnder(join(source, 'lsp'))) assert.ok(!importedLayers(file).includes('cli'), relative(source, file));
    for (const file of filesUnder(join(source, 'cli'))) assert.ok(!importedLayers(file).includes('lsp'), relative(source, file));
  });

  it('the engine, the rules and the word lists keep no mutable state at module level: a linter owns it', () => {
    for (const layer of ['engine', 'rules', 'rule-kit', 'words']) {
      for (const file of filesUnder(join(source, layer))) {
        const text = readFileSync(file, 'utf8');
        const mutable = /^(?:export )?(?:let |var |const \w+(?:: [^=]+)? = new (?:Map|WeakMap|LruCache|Array)\b)/m.exec(text);
        assert.equal(mutable, null, `${relative(source, file)}: ${mutable?.[0]}`);
      }
    }
  });
});
