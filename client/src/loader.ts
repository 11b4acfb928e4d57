/**
 * The extension's entry point (dist/extension.js). It loads the client bundle
 * (dist/client.js) through V8 with a code cache kept in the extension's global
 * storage, so that every activation after the first skips compiling the
 * language client: about half of the activation time. The cache is named
 * after the bundle (its path, size and time stamp) and the V8 version, and V8
 * checks it again; if anything about it fails, the bundle is simply required.
 */
import { createHash } from 'node:crypto';
import { promises as fs, readFileSync, statSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import type { ExtensionContext } from 'vscode';

type Client = typeof import('./extension');

let client: Client | undefined;

export function activate(context: ExtensionContext): ReturnType<Client['activate']> {
  const bundle = join(__dirname, 'client.js');
  let saveCodeCache: (() => Promise<void>) | undefined;
  try {
    ({ client, saveCodeCache } = loadWithCodeCache(bundle, context.globalStorageUri.fsPath));
  } catch {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file beside this bundle, found at run time, not bundled
    client = require(bundle) as Client;
  }
  const activated = client.activate(context);
  // Written once activation has compiled what it runs, so the cache holds that too.
  if (saveCodeCache) void activated.finally(() => saveCodeCache?.().catch(() => undefined)).catch(() => undefined);
  return activated;
}

export function deactivate(): Promise<void> | undefined {
  return client?.deactivate();
}

function loadWithCodeCache(file: string, cacheDirectory: string): { client: Client; saveCodeCache?: () => Promise<void> } {
  const source = readFileSync(file, 'utf8');
  // Hashing the bundle itself would cost as much as the cache saves: each installed version has its own path and time stamp.
  const { size, mtimeMs } = statSync(file);
  const name = createHash('sha1').update(`${process.versions.v8}\0${file}\0${size}\0${mtimeMs}`).digest('hex').slice(0, 24);
  const cacheFile = join(cacheDirectory, `client-${name}.codecache`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // No cache yet: this activation compiles and writes it.
  }
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  const module = new Module(file);
  module.filename = file;
  module.paths = (Module as unknown as { _nodeModulePaths(from: string): string[] })._nodeModulePaths(dirname(file));
  // Resolved from the bundle's own path, so that VS Code hands it this extension's `vscode` API.
  const load = Module.createRequire(file);
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, load, module, file, dirname(file));
  module.loaded = true;
  const saveCodeCache =
    cachedData && !script.cachedDataRejected
      ? undefined
      : async () => {
          await fs.mkdir(cacheDirectory, { recursive: true });
          for (const old of await fs.readdir(cacheDirectory)) {
            if (/^client-[0-9a-f]+\.codecache$/.test(old)) await fs.rm(join(cacheDirectory, old), { force: true });
          }
          await fs.writeFile(cacheFile, script.createCachedData());
        };
  return { client: module.exports as Client, saveCodeCache };
}
