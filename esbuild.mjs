// Bundles the client, the server and the CLI as CommonJS for Node.
// unified and remark are ESM-only; esbuild bundles them into the CommonJS output.
import * as esbuild from 'esbuild';
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';

const { version, repository } = JSON.parse(readFileSync('package.json', 'utf8'));
// SARIF's informationUri: the repository's web address.
const homepage = repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // The rules' docs are bundled as text: the hover and the doc command need no file system.
  loader: { '.md': 'text' },
  // jsonc-parser's UMD build requires its parts at run time, which a bundle cannot resolve: take its ES modules.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  // ESM dependencies read import.meta.url; give them the bundle's own URL.
  define: { POA_LINT_VERSION: JSON.stringify(version), POA_LINT_HOMEPAGE: JSON.stringify(homepage), 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const entries = [
  // dist/extension.js only loads dist/client.js with a V8 code cache: activation skips compiling the client.
  { entryPoints: ['client/src/loader.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // Also the poa-lint-server command: run by hand, it speaks LSP on standard input and output.
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: { js: `#!/usr/bin/env node\n${common.banner.js}` } },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${common.banner.js}` } },
];

// vscode.dev and github.dev: the client for the web extension host, the server for a web worker.
const web = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  define: { ...common.define },
  banner: { js: "var importMetaUrl = typeof location === 'undefined' ? '' : location.href;" },
  loader: { ...common.loader, '.code-snippets': 'json' },
};
entries.push(
  { ...web, entryPoints: ['client/src/web-extension.ts'], outfile: 'dist/web/extension.js', format: 'cjs', external: ['vscode'] },
  // A web worker has no DOM: packages' "worker" builds (decode-named-character-reference's would use document).
  { ...web, entryPoints: ['server/src/web-server.ts'], outfile: 'dist/web/server.js', format: 'iife', conditions: ['worker'] },
);

// The rules' docs ship beside the bundles: diagnostics link to them.
mkdirSync('dist/rules', { recursive: true });
for (const file of readdirSync('server/src/rules').filter((f) => f.endsWith('.md'))) {
  cpSync(`server/src/rules/${file}`, `dist/rules/${file}`);
}

if (watch) {
  const contexts = await Promise.all(entries.map((entry) => esbuild.context({ ...common, ...entry })));
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(entries.map((entry) => esbuild.build({ ...common, ...entry })));
  // The two commands run by their own name, as npm's bin links (or a pre-commit hook) call them.
  for (const file of ['dist/cli.js', 'dist/server.js']) chmodSync(file, 0o755);
}
