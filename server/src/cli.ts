import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './cli/main';

declare const POA_LINT_VERSION: string | undefined;

const version = typeof POA_LINT_VERSION === 'string' ? POA_LINT_VERSION : '0.0.0';
const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
const io = {
  stdout: (t: string) => process.stdout.write(`${t}\n`),
  stderr: (t: string) => process.stderr.write(`${t}\n`),
  color,
  readStdin: () => readFileSync(0),
};
if (process.argv.includes('--stdio')) {
  // `poa-lint --stdio` is the language server, for any editor's LSP client; it lives beside this bundle.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file beside this bundle, found at run time, not bundled
  require(join(__dirname, 'server.js'));
} else {
  process.exitCode = runCli(process.argv.slice(2), io, version);
}
