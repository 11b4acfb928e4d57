import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './cli/main';
import { isLintWorker, serveLintWorker } from './cli/parallel';

declare const POA_LINT_VERSION: string | undefined;

const version = typeof POA_LINT_VERSION === 'string' ? POA_LINT_VERSION : '0.0.0';
// Colour on a terminal, as most CLIs decide it: NO_COLOR turns it off, FORCE_COLOR (other than 0) on.
const force = process.env.FORCE_COLOR;
const color =
  force !== undefined && force !== '' ? force !== '0' && force !== 'false' : process.stdout.isTTY === true && !process.env.NO_COLOR;
const io = {
  stdout: (t: string) => process.stdout.write(`${t}\n`),
  stderr: (t: string) => process.stderr.write(`${t}\n`),
  color,
  // Messages wrap to the terminal's width; 80 when the output is not a terminal.
  columns: process.stdout.isTTY === true && process.stdout.columns ? process.stdout.columns : 80,
  readStdin: () => readFileSync(0),
  // The bundle itself: a lint worker thread runs this same file.
  workerEntry: __filename,
};
// A reader that stops early (`poa-lint … | head`) closes the pipe: stop quietly, as other command-line tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.stderr.write(`poa-lint: cannot write the report: ${error.message}\n`);
  process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 2);
});
const argv = process.argv.slice(2);
if (isLintWorker()) {
  serveLintWorker();
} else if (argv.includes('--stdio')) {
  // `poa-lint --stdio` is the language server, for any editor's LSP client; it lives beside this bundle.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file beside this bundle, found at run time, not bundled
  require(join(__dirname, 'server.js'));
} else if (argv[0] === 'mcp' && argv.length === 1) {
  // Loaded only here: the protocol's SDK would add a tenth of a second to every lint.
  import('./cli/mcp')
    .then(({ runMcpServer }) => runMcpServer(version))
    .catch((error: unknown) => {
      io.stderr(`poa-lint mcp: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    });
} else {
  void runCli(argv, io, version).then((code) => (process.exitCode = code));
}
